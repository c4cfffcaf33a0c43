import { NotFoundNotice } from "@/components/layout/not-found-notice";

export default function NotFound() {
  return <NotFoundNotice title="No such property" text="This property is not in your account." href="/properties" linkLabel="Your properties" />;
}
