import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env/index.mjs";
import { ApiError } from "@/lib/api/errors";
import type { NukiClient } from "@/lib/nuki/client";
import { isAuthId } from "@/lib/nuki/ids";
import { loadLockPins, type LockPins } from "./load";
import { pinFromNukiAuth, nukiPayloadFromPin, mergePinPatch } from "./nuki-mapping";
import { pendingStore } from "./pending-store";
import { PENDING_ID_PREFIX, expectedFields, type PendingWrite, type ExpectedPin } from "./pending-write";
import { reconcile } from "./reconcile";
import { type PinState, validatePinState, findCodeConflict } from "./schema";
import { generatePinCode } from "./generate-code";
import { sendWrite } from "./send-write";
import type { Pin } from "./types";

/** The lock's PINs as the host should see them: Nuki's listing with unconfirmed writes laid over it. */
export async function listPins(nuki: NukiClient, accountId: string, lockId: number): Promise<Pin[]> {
  return view(await loadLockPins(nuki, lockId), accountId);
}

function view(data: LockPins, accountId: string): Pin[] {
  const result = reconcile(data.listed, pendingStore.list(accountId, data.lockId), Date.now());
  pendingStore.remove(accountId, data.lockId, result.confirmed);
  pendingStore.fail(accountId, data.lockId, result.failed);
  return result.pins;
}

function expectedAfterWrite(state: PinState, data: LockPins, now: Date): { expected: ExpectedPin; payload: ReturnType<typeof toPayload> } {
  const payload = toPayload(state, data, now);
  // What Nuki will list once the write lands: the payload read back the way listings are read.
  const listed = pinFromNukiAuth(
    { ...payload, id: "0".repeat(24), smartlockId: data.lockId, type: 13, enabled: payload.enabled ?? true },
    data.zone,
  );
  return { expected: expectedFields(listed), payload };
}

function toPayload(state: PinState, data: LockPins, now: Date) {
  const problems = validatePinState(state);
  const first = problems[0];
  if (first) throw new ApiError(422, "invalid_input", first.message, first.field);
  const result = nukiPayloadFromPin(state, data.zone, now);
  if (!result.ok) throw new ApiError(422, "invalid_input", result.message, result.field);
  return result.payload;
}

function assertCodeFree(code: string, data: LockPins, accountId: string, exceptId?: string) {
  const pins = view(data, accountId);
  if (findCodeConflict(code, pins, exceptId)) {
    throw new ApiError(422, "code_taken", "This code is already used by another PIN on this lock.", "code");
  }
}

function record(accountId: string, lockId: number, write: Omit<PendingWrite, "opId" | "requestedAt" | "deadline">): PendingWrite {
  const now = Date.now();
  const full = { ...write, opId: randomUUID(), requestedAt: now, deadline: now + env.pinConfirmTimeoutMs };
  pendingStore.add(accountId, lockId, full);
  return full;
}

export async function createPin(nuki: NukiClient, accountId: string, lockId: number, input: Partial<PinState> & { name: string }): Promise<Pin> {
  const data = await loadLockPins(nuki, lockId);
  if (!data.keypadPaired) {
    throw new ApiError(422, "keypad_not_paired", "This lock has no paired keypad, so it cannot get PINs. Pair one, then use “Sync with lock”.");
  }
  const taken = view(data, accountId).map((p) => p.code);
  const state: PinState = {
    name: input.name,
    code: input.code ?? generatePinCode(taken),
    enabled: input.enabled ?? true,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    weekdays: input.weekdays ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    dailyFrom: input.dailyFrom ?? null,
    dailyUntil: input.dailyUntil ?? null,
  };
  assertCodeFree(state.code, data, accountId);
  const { expected, payload } = expectedAfterWrite(state, data, new Date());
  await sendWrite(() => nuki.createAuth(lockId, payload));
  const write = record(accountId, lockId, { kind: "create", authId: null, expected });
  return { id: `${PENDING_ID_PREFIX}${write.opId}`, ...expected, lastUsedAt: null, status: "pending" };
}

export async function updatePin(nuki: NukiClient, accountId: string, lockId: number, pinId: string, patch: Partial<PinState>): Promise<Pin> {
  const data = await loadLockPins(nuki, lockId);
  const current = findEditable(view(data, accountId), pinId);
  const merged = mergePinPatch(current, patch);
  if (patch.code !== undefined) assertCodeFree(merged.code, data, accountId, pinId);
  const { expected, payload } = expectedAfterWrite(merged, data, new Date());
  await sendWrite(() => nuki.updateAuth(lockId, pinId, payload));
  record(accountId, lockId, { kind: "update", authId: pinId, expected });
  return { ...current, ...expected, status: "pending", statusReason: undefined };
}

export async function deletePin(nuki: NukiClient, accountId: string, lockId: number, pinId: string): Promise<void> {
  if (pinId.startsWith(PENDING_ID_PREFIX)) {
    return dismissPendingCreate(nuki, accountId, lockId, pinId);
  }
  const data = await loadLockPins(nuki, lockId);
  findEditable(view(data, accountId), pinId, { allowPending: true });
  await sendWrite(() => nuki.deleteAuth(lockId, pinId));
  record(accountId, lockId, { kind: "delete", authId: pinId, expected: null });
}

/** A create that never showed up can be dropped, after one more look so a late arrival is not orphaned. */
async function dismissPendingCreate(nuki: NukiClient, accountId: string, lockId: number, pinId: string) {
  const opId = pinId.slice(PENDING_ID_PREFIX.length);
  const pins = await listPins(nuki, accountId, lockId);
  const pin = pins.find((p) => p.id === pinId);
  if (!pin) throw new ApiError(409, "already_saved", "This PIN has reached the lock in the meantime. Reload and delete it from the list.");
  if (pin.status !== "failed") throw new ApiError(409, "still_saving", "This PIN is still being saved to the lock. Wait a moment, then try again.");
  pendingStore.remove(accountId, lockId, [opId]);
}

function findEditable(pins: Pin[], pinId: string, { allowPending = false } = {}): Pin {
  const pin = pins.find((p) => p.id === pinId);
  if (!pin || (!isAuthId(pinId) && !pinId.startsWith(PENDING_ID_PREFIX))) {
    throw new ApiError(404, "not_found", "No such PIN on this lock.");
  }
  if (!isAuthId(pinId) || (pin.status === "pending" && !allowPending)) {
    throw new ApiError(409, "still_saving", "This PIN is still being saved to the lock. Wait until it shows as saved, then edit it.");
  }
  return pin;
}

/**
 * Sends a failed write again with the desired state it was meant to reach; answers with the PIN
 * as it now stands, or null when a retried delete turns out to have landed.
 */
export async function retryPin(nuki: NukiClient, accountId: string, lockId: number, pinId: string): Promise<Pin | null> {
  const write = pendingStore.list(accountId, lockId).find((w) => w.authId === pinId || `${PENDING_ID_PREFIX}${w.opId}` === pinId);
  if (!write) throw new ApiError(404, "not_found", "No such PIN waiting for a retry on this lock.");
  const data = await loadLockPins(nuki, lockId);
  const pins = view(data, accountId);
  if (!pendingStore.list(accountId, lockId).some((w) => w.opId === write.opId)) {
    // It landed in the meantime: nothing to send again.
    const expected = write.expected;
    const landed = write.kind === "create" ? pins.find((p) => p.name === expected?.name && p.code === expected?.code) : pins.find((p) => p.id === write.authId);
    return landed ?? null;
  }
  const pin = pins.find((p) => p.id === pinId);
  if (!pin || pin.status !== "failed") throw new ApiError(409, "not_failed", "This PIN is not waiting for a retry.");
  pendingStore.remove(accountId, lockId, [write.opId]);
  if (write.kind === "delete") {
    await deletePin(nuki, accountId, lockId, pinId);
    return { ...pin, status: "pending", statusReason: "Deleting from the lock…" };
  }
  const state: PinState = expectedFields(pin);
  if (write.kind === "update") return updatePin(nuki, accountId, lockId, pinId, state);
  // The listing was just checked: a create that is still absent is safe to send again.
  try {
    return await createPin(nuki, accountId, lockId, state);
  } catch (error) {
    // Nuki already holds this code: the first create is still on its way. Wait for it, never duplicate.
    if (!(error instanceof ApiError && error.code === "code_taken")) throw error;
    const now = Date.now();
    pendingStore.add(accountId, lockId, { ...write, failedReason: undefined, requestedAt: now, deadline: now + env.pinConfirmTimeoutMs });
    return { ...pin, status: "pending", statusReason: undefined };
  }
}

