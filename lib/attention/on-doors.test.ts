import { describe, expect, it } from "vitest";
import { problemsOnDoors } from "./on-doors";
import type { AttentionItem } from "./types";

const item = (id: string, lockId: number, severity: AttentionItem["severity"] = "warning"): AttentionItem => ({
  id, kind: "failed", severity, lockId, lockName: `Lock ${lockId}`, title: id, detail: id, fixes: [],
});

describe("problemsOnDoors", () => {
  it("keeps only the given doors' problems, door by door in the host's order, critical first", () => {
    const items = [item("a", 1), item("b", 2), item("c", 3), item("d", 1, "critical")];
    expect(problemsOnDoors(items, [2, 1]).map((i) => i.id)).toEqual(["b", "d", "a"]);
  });

  it("is empty for doors without problems", () => {
    expect(problemsOnDoors([item("a", 1)], [5])).toEqual([]);
  });
});
