import { describe, expect, it } from "vitest";
import { createPropertyStore } from "@/lib/server/properties/store";
import { PROPERTY_DEFAULTS } from "@/lib/properties/types";
import { DATABASES, freshDatabaseForTest } from "@/test/databases";
import { createStayStore } from "./store";

const FRONT = 17923456781;
const BUILDING = 17923456799;

describe.each(DATABASES)("property and stay stores on %s", (kind) => {
  it("keeps properties with their doors in order, per account", async () => {
    const { db } = await freshDatabaseForTest(kind);
    const properties = createPropertyStore(db);
    const flat = await properties.create("a", { ...PROPERTY_DEFAULTS, name: "Flat", lockIds: [BUILDING, FRONT], lateMinutes: 30 });
    await properties.create("b", { ...PROPERTY_DEFAULTS, name: "Other", lockIds: [FRONT] });
    expect(await properties.list("a")).toEqual([flat]);
    expect(await properties.get("b", flat.id)).toBeNull();
    expect(await properties.get("a", flat.id)).toMatchObject({ lockIds: [BUILDING, FRONT], checkInTime: "15:00", checkOutTime: "11:00", lateMinutes: 30, messageTemplate: null });

    await properties.save("a", { ...flat, name: "Flat 2", lockIds: [FRONT], messageTemplate: "Hi {guest}" });
    expect(await properties.get("a", flat.id)).toMatchObject({ name: "Flat 2", lockIds: [FRONT], messageTemplate: "Hi {guest}" });
    await properties.remove("b", flat.id);
    expect(await properties.get("a", flat.id)).not.toBeNull();
    await properties.remove("a", flat.id);
    expect(await properties.list("a")).toEqual([]);
  });

  it("keeps stays with one PIN per door, listed by arrival, cancelled ones included", async () => {
    const { db } = await freshDatabaseForTest(kind);
    const stays = createStayStore(db);
    const later = await stays.create("a", { propertyId: "p", guestName: "Ben", arrival: "2027-02-01", departure: "2027-02-03", code: "583926" });
    const first = await stays.create("a", { propertyId: "p", guestName: "Anna", arrival: "2027-01-08", departure: "2027-01-10", code: "642917" });
    await stays.create("a", { propertyId: "q", guestName: "Cy", arrival: "2027-01-01", departure: "2027-01-02", code: "735291" });
    expect((await stays.list("a", "p")).map((s) => s.guestName)).toEqual(["Anna", "Ben"]);
    expect(await stays.list("b")).toEqual([]);
    expect(await stays.get("b", first.id)).toBeNull();

    await stays.setDoor(first.id, { lockId: FRONT, pinId: null, problem: "refused" });
    await stays.setDoor(first.id, { lockId: FRONT, pinId: "pin-1", problem: null });
    await stays.setDoor(first.id, { lockId: BUILDING, pinId: "pin-2", problem: null });
    expect((await stays.doors(first.id)).sort((x, y) => x.lockId - y.lockId)).toEqual([
      { lockId: FRONT, pinId: "pin-1", problem: null },
      { lockId: BUILDING, pinId: "pin-2", problem: null },
    ]);

    await stays.update("a", first.id, { arrival: "2027-01-09", status: "cancelled" });
    expect(await stays.get("a", first.id)).toMatchObject({ arrival: "2027-01-09", departure: "2027-01-10", status: "cancelled", code: "642917" });
    expect(await stays.activeCount("a", "p")).toBe(1);
    await stays.remove("a", later.id);
    expect(await stays.activeCount("a", "p")).toBe(0);
  });
});
