#!/usr/bin/env node
/**
 * First-load JavaScript per page, read from the production build in `.next` (no server, no browser):
 * `node scripts/first-load-js.mjs [--no-fail] [--json]` after `npm run build`; `npm run bench` runs it too.
 *
 * Budget (issue 13): a page's first-load JavaScript ≤ the runtime + 30 kB, gzip. So each page's own
 * share (every chunk it loads that is not the runtime) must stay within 30 kB.
 *
 * Where the numbers come from (Next 16, Turbopack):
 * - the runtime is what every page loads, as `next build` used to print it ("First Load JS shared by
 *   all"): `rootMainFiles` of `.next/build-manifest.json` (React, React DOM and Next's app router)
 *   and the chunks every page's manifest lists, i.e. the root layout's: the language runtime
 *   (next-intl) and the offline banner;
 * - a page's chunks are the `entryJSFiles` of its client reference manifest
 *   (`.next/server/app/<route>/page_client-reference-manifest.js`): the client chunks of every
 *   segment the page renders (root and group layouts, error and not-found boundaries, the page),
 *   which its HTML lists as scripts. Chunks loaded later with `next/dynamic` or `import()` are not
 *   in it, which is the point of loading them later;
 * - each chunk is gzipped at level 6, as `next start` sends it; the `nomodule` polyfills
 *   (`polyfillFiles`) are skipped by every browser Keyhost supports and are not counted.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What a page may add to the runtime, in kB (1000 bytes) gzip. */
export const OWN_BUDGET_KB = 30;

/** @typedef {{ route: string, chunks: number, ownKb: number, totalKb: number, pass: boolean }} PageShare */
/** @typedef {{ runtime: { chunks: number, kb: number }, budgetKb: number, pages: PageShare[] }} FirstLoadJs */

/** @param {string} file @returns {any} */
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/**
 * A client reference manifest is a script that assigns `globalThis.__RSC_MANIFEST[entry]`; it is
 * run in an empty context of its own, so nothing of it reaches this process's globals.
 * @param {string} file @returns {Record<string, string[]>} the entryJSFiles of its one entry
 */
function entryJsFiles(file) {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  const manifests = Object.values(/** @type {Record<string, { entryJSFiles?: Record<string, string[]> }>} */ (context.__RSC_MANIFEST ?? {}));
  if (manifests.length !== 1 || !manifests[0]?.entryJSFiles) throw new Error(`${file}: expected one manifest with entryJSFiles`);
  return manifests[0].entryJSFiles;
}

/** @param {string} dir the build (`.next`) @returns {FirstLoadJs} */
export function measureFirstLoadJs(dir = path.join(ROOT, ".next")) {
  if (!existsSync(path.join(dir, "BUILD_ID"))) throw new Error(`no production build in ${dir}: run \`npm run build\` first`);
  /** @type {Map<string, number>} */
  const sizes = new Map();
  /** @param {string} chunk e.g. static/chunks/abc.js */
  const gzipKb = (chunk) => {
    if (!sizes.has(chunk)) sizes.set(chunk, gzipSync(readFileSync(path.join(dir, chunk)), { level: 6 }).length / 1000);
    return /** @type {number} */ (sizes.get(chunk));
  };
  const sum = (/** @type {Iterable<string>} */ chunks) => [...chunks].reduce((total, chunk) => total + gzipKb(chunk), 0);

  const build = readJson(path.join(dir, "build-manifest.json"));
  /** @type {string[]} */
  const framework = build.rootMainFiles ?? [];
  if (!framework.length) throw new Error("build-manifest.json lists no rootMainFiles: is this an App Router build?");

  /** @type {Record<string, string>} entry (e.g. "/(dashboard)/locks/[lockId]/page") → route ("/locks/[lockId]") */
  const routes = readJson(path.join(dir, "app-path-routes-manifest.json"));
  /** @type {{ route: string, chunks: Set<string> }[]} */
  const loaded = [];
  for (const [entry, route] of Object.entries(routes)) {
    // Pages only (routes and metadata files load no JavaScript); Next's own error pages are not Keyhost's.
    if (!entry.endsWith("/page") || route.startsWith("/_")) continue;
    const manifest = path.join(dir, "server/app", `${entry}_client-reference-manifest.js`);
    loaded.push({ route, chunks: new Set(Object.values(entryJsFiles(manifest)).flat().map((chunk) => chunk.replace(/^\/?(_next\/)?/, ""))) });
  }
  const everyPage = [...(loaded[0]?.chunks ?? [])].filter((chunk) => loaded.every((page) => page.chunks.has(chunk)));
  const runtime = [...new Set([...framework, ...everyPage])];
  const runtimeSet = new Set(runtime);
  const runtimeKb = sum(runtime);
  /** @type {PageShare[]} */
  const pages = loaded.map(({ route, chunks }) => {
    const own = [...chunks].filter((chunk) => !runtimeSet.has(chunk));
    const ownKb = sum(own);
    return { route, chunks: runtime.length + own.length, ownKb, totalKb: runtimeKb + ownKb, pass: ownKb <= OWN_BUDGET_KB };
  });
  pages.sort((a, b) => a.route.localeCompare(b.route));
  return { runtime: { chunks: runtime.length, kb: runtimeKb }, budgetKb: runtimeKb + OWN_BUDGET_KB, pages };
}

/** @param {number} kb */
const kB = (kb) => `${kb.toFixed(1)} kB`;

/** The table `npm run bench` and this script print. @param {FirstLoadJs} result @returns {string} */
export function firstLoadJsTable({ runtime, budgetKb, pages }) {
  const rows = [
    ["runtime: Next.js, React, root layout (every page)", String(runtime.chunks), "–", kB(runtime.kb), "–"],
    ...pages.map((p) => [p.route, String(p.chunks), kB(p.ownKb), kB(p.totalKb), p.pass ? "pass" : `FAIL (+${kB(p.ownKb - OWN_BUDGET_KB)})`]),
  ];
  const header = ["page", "chunks", "own share", "first load", `≤ runtime + ${OWN_BUDGET_KB} kB = ${kB(budgetKb)}`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    `First-load JavaScript per page (gzip, from the build in .next)`,
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

// Run alone: print the table; exit 1 when a page is over budget (unless --no-fail).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const result = measureFirstLoadJs();
  console.log(args.has("--json") ? JSON.stringify(result, null, 2) : firstLoadJsTable(result));
  const over = result.pages.filter((p) => !p.pass);
  if (over.length && !args.has("--json")) console.log(`\n${over.length} page(s) over budget: ${over.map((p) => p.route).join(", ")}`);
  if (over.length && !args.has("--no-fail")) process.exitCode = 1;
}
