import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { countUnmanaged, needsFollowUp, rowActions, statusView } from "./view-status";
import type { Pin, PinStatus } from "./types";

const UUID = "3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b";
const NUKI = "5f1e2d3c4b5a69788796a5b4";

const pin = (status: PinStatus, managed = status !== "unmanaged", id = managed ? UUID : NUKI): Pick<Pin, "id" | "status" | "managed"> => ({ id, status, managed });

describe("statusView", () => {
  // The badge reads the "pins" catalog's `status.<status>`.
  const label = (status: PinStatus, locale: "en" | "de" = "en") => translateIn(locale, "pins")(`status.${status}`);

  it("names every status in a host's words", () => {
    expect(label("pending")).toBe("Saving to lock…");
    expect(label("saved")).toBe("Saved");
    expect(label("deleting")).toBe("Deleting…");
    expect(label("failed")).toBe("Not saved");
    expect(label("drifted")).toBe("Changed in the Nuki app");
    expect(label("unmanaged")).toBe("Made outside Keyhost");
    expect(statusView("pending")).toEqual({ tone: "info", busy: true });
  });

  it("names them in German", () => {
    expect(label("drifted", "de")).toBe("In der Nuki-App geändert");
    expect(label("failed", "de")).toBe("Nicht gespeichert");
  });
});

describe("needsFollowUp", () => {
  it("keeps looking while a write or a delete is on its way", () => {
    expect(needsFollowUp([pin("saved"), pin("pending")])).toBe(true);
    expect(needsFollowUp([pin("deleting")])).toBe(true);
  });

  it("rests when nothing will change by itself", () => {
    expect(needsFollowUp(undefined)).toBe(false);
    expect(needsFollowUp([pin("saved"), pin("drifted"), pin("failed"), pin("unmanaged")])).toBe(false);
  });
});

describe("rowActions", () => {
  it("offers repair for drift and retry for a write that did not land", () => {
    expect(rowActions(pin("drifted")).repair).toBe("repair");
    expect(rowActions(pin("failed")).repair).toBe("retry");
    expect(rowActions(pin("saved")).repair).toBeNull();
  });

  it("lets an unmanaged PIN be adopted, edited and deleted, but not toggled or traced", () => {
    expect(rowActions(pin("unmanaged"))).toEqual({ repair: null, adopt: true, edit: true, toggle: false, delete: true, history: false });
  });

  it("offers nothing but history while a delete is on its way", () => {
    expect(rowActions(pin("deleting"))).toEqual({ repair: null, adopt: false, edit: false, toggle: false, delete: false, history: true });
  });

  it("allows edits while a write is pending", () => {
    expect(rowActions(pin("pending"))).toMatchObject({ edit: true, toggle: true, delete: true, history: true });
  });

  it("offers nothing for a create the server has not answered yet", () => {
    expect(Object.values(rowActions(pin("pending", true, "optimistic-345678"))).some(Boolean)).toBe(false);
  });

  it("shows history only once the PIN has its Keyhost id", () => {
    expect(rowActions(pin("saved", true, NUKI)).history).toBe(false);
  });
});

describe("countUnmanaged", () => {
  it("counts PINs Keyhost does not look after, leaving out those being deleted", () => {
    expect(countUnmanaged([pin("unmanaged"), pin("saved"), pin("unmanaged"), { ...pin("deleting"), managed: false }])).toBe(2);
  });
});
