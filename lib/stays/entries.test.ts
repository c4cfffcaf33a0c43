import { describe, expect, it } from "vitest";
import type { DoorEntry } from "@/lib/activity/types";
import { tieEntriesToStays } from "./entries";

const entry = (id: string, over: Partial<DoorEntry> = {}): DoorEntry => ({
  id, lockId: 17923456781, lockName: "Berlin Apartment", at: "2026-11-23T15:02:00", instant: "2026-11-23T14:02:00.000Z", zone: "Europe/Berlin",
  kind: "entry", action: "unlock", trigger: "keypad", ...over,
});
const MARTA = { pinId: "6f1c0a52-3e0b-4a8e-9a57-2b1f0c9d4e11", stayId: "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11", guestName: "Marta Kowalska" };
const MARTA_BUILDING = { ...MARTA, pinId: "7a2d1b63-4f1c-4b9f-8b68-3c2a1d0e5f22" };

describe("tieEntriesToStays", () => {
  it("names the stay and guest on entries made with any of the stay's door PINs, and leaves others alone", () => {
    const page = {
      entries: [
        entry("a", { pinId: MARTA.pinId, pinName: "Marta Kowalsk 27 Nov" }),
        entry("b", { lockId: 17923456799, lockName: "Berlin Building Door", pinId: MARTA_BUILDING.pinId }),
        entry("c", { pinId: "5f3a1b2c3d4e5f6a7b8c9d0e", pinName: "Anna Schmidt" }),
        entry("d", { kind: "wrong_code" }),
      ],
      nextCursor: "abc",
    };
    const tied = tieEntriesToStays(page, [MARTA, MARTA_BUILDING]);
    expect(tied.nextCursor).toBe("abc");
    expect(tied.entries.map((e) => e.stay ?? null)).toEqual([
      { id: MARTA.stayId, guestName: "Marta Kowalska" },
      { id: MARTA.stayId, guestName: "Marta Kowalska" },
      null,
      null,
    ]);
    expect(tied.entries[0]).toMatchObject({ pinName: "Marta Kowalsk 27 Nov", lockName: "Berlin Apartment" });
    expect(tied.entries[2]).toEqual(page.entries[2]);
  });
});
