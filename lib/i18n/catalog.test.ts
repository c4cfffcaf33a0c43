import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";

const root = path.resolve(__dirname, "../..");
const catalogDir = (locale: string) => path.join(root, "messages", locale);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function catalog(locale: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(catalogDir(locale)).filter((f) => f.endsWith(".json")).sort()) {
    const tree = JSON.parse(readFileSync(path.join(catalogDir(locale), file), "utf8")) as Tree;
    for (const [k, v] of flatten(tree, file.replace(/\.json$/, ""))) all.set(k, v);
  }
  return all;
}

/** The arguments and tags a message uses: `{name}`, `{count, plural, …}`, `<strong>`. */
function argumentsOf(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!);
  const tags = [...message.matchAll(/<([A-Za-z0-9_]+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** What each source file spells out: its string literals, and the fixed starts of its template literals. */
const sources = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir))).map((file) => {
  const text = readFileSync(file, "utf8");
  const literals = new Set([...text.matchAll(/"([^"\n\\]*)"|'([^'\n\\]*)'|`([^`$\n\\]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? ""));
  const prefixes = [...text.matchAll(/`([^`$\n]*)\$\{/g)].map((m) => m[1]!).filter((p) => p.length > 0);
  return { literals, prefixes };
});

/** Namespaces whose keys are named without the namespace: an error's key is all a DomainError carries. */
const IMPLIED = new Set(["errors"]);

function isUsed(key: string): boolean {
  const parts = key.split(".");
  const starts = IMPLIED.has(parts[0]!) ? [0, 1] : [1];
  return sources.some(({ literals, prefixes }) => {
    if (literals.has(key) || prefixes.some((p) => p.endsWith(".") && key.startsWith(p))) return true;
    for (let cut = Math.max(1, starts[0]!); cut < parts.length; cut += 1) {
      const namespace = parts.slice(0, cut).join(".");
      const rest = parts.slice(cut).join(".");
      const inFile = literals.has(namespace) || (cut === 1 && IMPLIED.has(namespace));
      if (inFile && (literals.has(rest) || prefixes.some((p) => p.endsWith(".") && rest.startsWith(p)))) return true;
    }
    return false;
  });
}

describe("the message catalogs", () => {
  const [reference, ...others] = LOCALES;
  const english = catalog(reference);

  it("has the same files in every language", () => {
    for (const locale of others) expect(readdirSync(catalogDir(locale)).sort()).toEqual(readdirSync(catalogDir(reference)).sort());
  });

  it.each(others)("has every English key in %s and no other", (locale) => {
    const translated = catalog(locale);
    expect([...english.keys()].filter((k) => !translated.has(k)), "missing").toEqual([]);
    expect([...translated.keys()].filter((k) => !english.has(k)), "not in English").toEqual([]);
  });

  it.each(others)("keeps every argument and tag of a message in %s", (locale) => {
    const translated = catalog(locale);
    const wrong = [...english].filter(([k, v]) => translated.has(k) && argumentsOf(v).join() !== argumentsOf(translated.get(k)!).join());
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it.each(others)("translates every sentence into %s rather than copying the English", (locale) => {
    const translated = catalog(locale);
    const copied = [...english].filter(([k, v]) => v.trim().split(/\s+/).length >= 3 && translated.get(k) === v);
    expect(copied.map(([k]) => k)).toEqual([]);
  });

  it("uses every key somewhere in the code", () => {
    expect([...english.keys()].filter((k) => !isUsed(k))).toEqual([]);
  });
});
