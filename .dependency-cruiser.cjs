/**
 * Import rules for Keyhost's layers; `npm run deps` checks them (and `npm run lint` runs it).
 * Violations that predate a rule are listed in .dependency-cruiser-known-violations.json: they are
 * tolerated until fixed, and any new one fails. Fixing one means removing it from that list
 * (`npm run deps:baseline`).
 */
const SERVER = "^lib/(?:server/|shared/|engine/|ledger/|db/|auth/(?:grants|grant-store|options|refresh|session|nuki-provider)|webhooks/|mail/|simulator/|nuki/(?:client|read-cache)|api/(?:route|rate-limit|body|raw-body|origin|method))";

module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "Folders depend one way: a folder never reaches back into one that depends on it.",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "components-are-client-safe",
      comment: "Components run in the browser too; server modules are reached through the API or from pages.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: SERVER },
    },
    {
      name: "shared-code-is-client-safe",
      comment: "lib/<domain> holds what form and server share; its server half lives in lib/server/<domain>.",
      severity: "error",
      from: { path: "^lib/(?:pins|stays|activity|properties|messages|locks|time|query)/" },
      to: { path: SERVER },
    },
    {
      name: "simulator-only-from-its-route-and-tests",
      comment: "The Nuki simulator is served at /sim and used by tests; the product never calls it directly.",
      severity: "error",
      from: { path: "^(lib|app|components)/", pathNot: ["^lib/simulator/", "^app/sim/"] },
      to: { path: "^lib/simulator/" },
    },
    {
      name: "domain-code-does-not-speak-http",
      comment: "Domain modules raise domain errors; only lib/api turns them into HTTP answers.",
      severity: "error",
      // lib/openapi describes the HTTP API itself, from the domain's schemas and lib/api's limits.
      from: { path: "^lib/", pathNot: ["^lib/api/", "^lib/openapi/"] },
      // lib/api/client is the browser's side of the JSON API, which react-query options call; client-errors words its failures.
      to: { path: "^lib/api/", pathNot: ["^lib/api/client\\.ts$", "^lib/api/client-errors\\.ts$"] },
    },
  ],
  required: [
    {
      name: "server-modules-say-so",
      severity: "error",
      comment: "A server module imports server-only, so a client bundle that reaches it fails the build instead of shipping it.",
      module: { path: SERVER, pathNot: ["^lib/simulator/"] },
      to: { path: "node_modules/server-only/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Tests may reach anywhere to set up a world; the rules are about the product's own modules.
    exclude: { path: ["(^|/)\\.next/", "\\.test\\.ts$", "^test/", "^e2e/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
