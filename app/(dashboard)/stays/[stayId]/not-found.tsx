import { NotFoundNotice } from "@/components/layout/not-found-notice";

export default function NotFound() {
  return <NotFoundNotice title="No such stay" text="This stay is not in your account." href="/properties" linkLabel="Your properties" />;
}
