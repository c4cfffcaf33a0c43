import { DEMO_ACCOUNT } from "./seed";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Nuki's sign-in and consent step, reduced to one question: may Keyhost act for Demo Host? */
export function consentPage(action: string, params: Record<string, string>): Response {
  const hidden = Object.entries(params)
    .map(([k, v]) => `<input type="hidden" name="${escape(k)}" value="${escape(v)}">`)
    .join("");
  const scopes = (params.scope ?? "").split(/\s+/).filter(Boolean).map((s) => `<li>${escape(s)}</li>`).join("");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nuki simulator · Sign in</title><style>
body{font-family:system-ui,sans-serif;background:#f1f5f9;color:#0f172a;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;max-width:24rem;width:100%;margin:1rem;padding:1.5rem;border-radius:.75rem;box-shadow:0 1px 3px #0002}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:.5rem 0}ul{padding-left:1.25rem;color:#475569}
.row{display:flex;gap:.5rem;margin-top:1rem}button{flex:1;min-height:44px;border-radius:.5rem;font-size:1rem;font-weight:600;border:0;cursor:pointer}
.allow{background:#4f46e5;color:#fff}.deny{background:#e2e8f0;color:#0f172a}button:focus-visible{outline:3px solid #6366f1;outline-offset:2px}
</style></head><body><main><h1>Nuki simulator</h1>
<p>Sign in as <strong>${escape(DEMO_ACCOUNT.name)}</strong> (${escape(DEMO_ACCOUNT.email)}) and let Keyhost use:</p><ul>${scopes}</ul>
<form method="post" action="${escape(action)}">${hidden}<div class="row">
<button class="deny" type="submit" name="decision" value="deny">Deny</button>
<button class="allow" type="submit" name="decision" value="allow">Allow</button></div></form></main></body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
