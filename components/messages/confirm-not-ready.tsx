import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";

/** The explicit second step before a message whose code may not work goes to a guest. */
export function ConfirmNotReady({ action, onConfirm, onCancel, busy = false }: { action: "Send" | "Share"; onConfirm: () => void; onCancel: () => void; busy?: boolean }) {
  return (
    <Callout tone="warn" role="alert" title={`${action} a code that may not work?`}>
      <p>The guest could stand at the door with a code the lock does not accept. See the warning above.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="danger" onClick={onConfirm} disabled={busy}>{`${action} anyway`}</Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>Cancel</Button>
      </div>
    </Callout>
  );
}
