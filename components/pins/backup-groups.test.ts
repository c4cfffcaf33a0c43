import { describe, expect, it } from "vitest";
import { OPEN_GUEST_PIN, savedPin } from "@/test/pin-fixtures";
import type { Pin } from "@/lib/pins/types";
import { backupGroups } from "./backup-groups";

const pin = (id: string, backup?: Pin["backup"]): Pin => ({ ...savedPin(id, OPEN_GUEST_PIN), ...(backup ? { backup } : {}) });
const flat = (slot: number) => ({ propertyId: "flat", propertyName: "Seaside Flat", slot });

describe("backupGroups", () => {
  it("groups a lock's backup codes by property in slot order, leaving guests' codes out", () => {
    const pins = [pin("a", flat(2)), pin("guest"), pin("b", { propertyId: "loft", propertyName: "Dune Loft", slot: 1 }), pin("c", flat(1))];
    expect(backupGroups(pins).map((g) => [g.property.propertyName, g.pins.map((p) => p.id)])).toEqual([
      ["Seaside Flat", ["c", "a"]],
      ["Dune Loft", ["b"]],
    ]);
    expect(backupGroups([pin("guest")])).toEqual([]);
  });
});
