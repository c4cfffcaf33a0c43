import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";

/** The explicit second step before a message whose code may not work goes to a guest. */
export function ConfirmNotReady({ action, onConfirm, onCancel, busy = false }: { action: "send" | "share"; onConfirm: () => void; onCancel: () => void; busy?: boolean }) {
  const t = useTranslations("guestMessages.confirm");
  return (
    <Callout tone="warn" role="alert" title={t("title", { action })}>
      <p>{t("body")}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="danger" onClick={onConfirm} disabled={busy}>{t("anyway", { action })}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>{t("cancel")}</Button>
      </div>
    </Callout>
  );
}
