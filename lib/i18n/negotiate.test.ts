import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("takes the host's choice over the browser's", () => {
    expect(negotiateLocale("de", "en-US,en;q=0.9")).toBe("de");
    expect(negotiateLocale("en", "de-DE,de;q=0.9")).toBe("en");
  });

  it("ignores a cookie naming a language Keyhost does not speak", () => {
    expect(negotiateLocale("fr", "de-CH")).toBe("de");
  });

  it("matches regional variants and honours q-values", () => {
    expect(negotiateLocale(undefined, "de-AT")).toBe("de");
    expect(negotiateLocale(undefined, "fr-FR,de;q=0.8,en;q=0.5")).toBe("de");
    expect(negotiateLocale(undefined, "fr-FR,en;q=0.8,de;q=0.5")).toBe("en");
  });

  it("falls back to English", () => {
    expect(negotiateLocale(undefined, undefined)).toBe("en");
    expect(negotiateLocale(null, "it-IT,fr;q=0.8")).toBe("en");
    expect(negotiateLocale(undefined, "")).toBe("en");
  });
});
