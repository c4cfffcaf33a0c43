import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { parseDelivery } from "./delivery";

const AUTH = {
  id: "5f8a1b2c3d4e5f6a7b8c9d0e",
  smartlockId: 17,
  accountUserId: 4,
  name: "Guest Miller",
  type: 13,
  enabled: true,
  remoteAllowed: false,
  lockCount: 0,
  code: 482913,
  allowedFromDate: "2026-12-01T14:00:00.000Z",
  allowedUntilDate: "2026-12-05T10:00:00.000Z",
  allowedWeekDays: 127,
  allowedFromTime: 0,
  allowedUntilTime: 0,
  creationDate: "2026-11-20T09:00:00.000Z",
  updateDate: "2026-11-21T09:00:00.000Z",
};

function failure(json: unknown): DomainError {
  try {
    parseDelivery(json);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected parseDelivery to throw");
}

describe("parseDelivery: DEVICE_AUTHS", () => {
  it("parses a changed auth with the fields the app uses", () => {
    expect(parseDelivery({ feature: "DEVICE_AUTHS", smartlockAuth: AUTH })).toEqual({
      kind: "auths",
      smartlockId: 17,
      authId: "5f8a1b2c3d4e5f6a7b8c9d0e",
      deleted: false,
      auth: {
        name: "Guest Miller",
        type: 13,
        enabled: true,
        code: 482913,
        remoteAllowed: false,
        accountUserId: 4,
        lockCount: 0,
        allowedFromDate: "2026-12-01T14:00:00.000Z",
        allowedUntilDate: "2026-12-05T10:00:00.000Z",
        allowedWeekDays: 127,
        allowedFromTime: 0,
        allowedUntilTime: 0,
        creationDate: "2026-11-20T09:00:00.000Z",
        updateDate: "2026-11-21T09:00:00.000Z",
      },
    });
  });

  it("tolerates unknown fields and leaves them out of the result", () => {
    const parsed = parseDelivery({
      feature: "DEVICE_AUTHS",
      brandNewTopLevel: { x: 1 },
      smartlockAuth: { ...AUTH, fingerprints: { a: "b" }, somethingNew: [1, 2] },
    });
    expect(parsed.kind).toBe("auths");
    if (parsed.kind !== "auths") return;
    expect(parsed.auth).not.toHaveProperty("somethingNew");
    expect(parsed.auth).not.toHaveProperty("fingerprints");
  });

  it("treats null and missing optional fields as not set", () => {
    const parsed = parseDelivery({
      feature: "DEVICE_AUTHS",
      deleted: null,
      smartlockAuth: { id: AUTH.id, smartlockId: 17, name: "App", type: 0, enabled: true, code: null, allowedFromDate: null },
    });
    expect(parsed).toMatchObject({ kind: "auths", deleted: false, auth: { name: "App", type: 0, enabled: true } });
    if (parsed.kind !== "auths") return;
    expect(parsed.auth.code).toBeUndefined();
    expect(parsed.auth.allowedFromDate).toBeUndefined();
  });

  it("normalises a numeric auth id to a string", () => {
    const parsed = parseDelivery({ feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, id: 123456 } });
    expect(parsed).toMatchObject({ kind: "auths", authId: "123456" });
  });

  it("parses a deletion, which needs only the auth's key", () => {
    expect(
      parseDelivery({ feature: "DEVICE_AUTHS", deleted: true, smartlockAuth: { id: AUTH.id, smartlockId: 17 } }),
    ).toEqual({ kind: "auths", smartlockId: 17, authId: AUTH.id, deleted: true, auth: {} });
  });

  it("keeps what a deletion does carry, still type-checked", () => {
    const parsed = parseDelivery({ feature: "DEVICE_AUTHS", deleted: true, smartlockAuth: AUTH });
    expect(parsed).toMatchObject({ deleted: true, auth: { name: "Guest Miller", code: 482913 } });
    expect(failure({ feature: "DEVICE_AUTHS", deleted: true, smartlockAuth: { ...AUTH, code: "482913" } }).field).toBe(
      "smartlockAuth.code",
    );
  });

  it.each([
    ["smartlockAuth", { feature: "DEVICE_AUTHS" }],
    ["smartlockAuth", { feature: "DEVICE_AUTHS", smartlockAuth: "x" }],
    ["smartlockAuth.id", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, id: undefined } }],
    ["smartlockAuth.id", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, id: "" } }],
    ["smartlockAuth.id", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, id: { $oid: "x" } } }],
    ["smartlockAuth.smartlockId", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, smartlockId: "17" } }],
    ["smartlockAuth.smartlockId", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, smartlockId: 1.5 } }],
    ["smartlockAuth.code", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, code: "482913" } }],
    ["smartlockAuth.enabled", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, enabled: "yes" } }],
    ["smartlockAuth.name", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, name: undefined } }],
    ["smartlockAuth.type", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, type: "13" } }],
    ["smartlockAuth.allowedFromDate", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, allowedFromDate: 5 } }],
    ["smartlockAuth.allowedUntilTime", { feature: "DEVICE_AUTHS", smartlockAuth: { ...AUTH, allowedUntilTime: "08:00" } }],
    ["deleted", { feature: "DEVICE_AUTHS", deleted: "true", smartlockAuth: AUTH }],
  ])("rejects a bad %s as 400 invalid_delivery naming the field", (field, json) => {
    const error = failure(json);
    expect(error.code).toBe("invalid_delivery");
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });
});

describe("parseDelivery: DEVICE_STATUS", () => {
  it("parses the lock id and server state, ignoring the rest", () => {
    expect(
      parseDelivery({ feature: "DEVICE_STATUS", smartlockId: 17, serverState: 4, state: { state: 1, batteryCharge: 80 } }),
    ).toEqual({ kind: "status", smartlockId: 17, serverState: 4 });
  });

  it("leaves out a server state Nuki did not send", () => {
    expect(parseDelivery({ feature: "DEVICE_STATUS", smartlockId: 17 })).toEqual({ kind: "status", smartlockId: 17 });
  });

  it.each([
    ["smartlockId", { feature: "DEVICE_STATUS" }],
    ["smartlockId", { feature: "DEVICE_STATUS", smartlockId: "17" }],
    ["serverState", { feature: "DEVICE_STATUS", smartlockId: 17, serverState: "ok" }],
  ])("rejects a bad %s", (field, json) => {
    expect(failure(json).field).toBe(field);
  });
});

describe("parseDelivery: other features and bad envelopes", () => {
  it.each(["DEVICE_CONFIG", "DEVICE_LOGS", "DEVICE_MASTERDATA", "ACCOUNT_USER", "SOMETHING_NEW"])(
    "ignores %s without checking its shape",
    (feature) => {
      expect(parseDelivery({ feature, smartlockId: "anything", whatever: [1] })).toEqual({ kind: "ignored", feature });
    },
  );

  it.each([
    ["a missing feature", { smartlockId: 17 }, "feature"],
    ["a numeric feature", { feature: 3 }, "feature"],
    ["an empty feature", { feature: "" }, "feature"],
    ["an array", [{ feature: "DEVICE_STATUS" }], undefined],
    ["null", null, undefined],
    ["a string", "DEVICE_STATUS", undefined],
  ])("rejects %s", (_label, json, field) => {
    const error = failure(json);
    expect(error.code).toBe("invalid_delivery");
    expect(error.field).toBe(field);
  });
});
