import "server-only";
/** The simulator's stand-in for Nuki's sign-in and consent screen: plain HTML, no scripts. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;color:#1b1f24}
main{max-width:28rem;margin:0 auto;padding:2rem 1rem}
.card{background:#fff;border:1px solid #d6d9de;border-radius:12px;padding:1.5rem}
.badge{display:inline-block;margin:0 0 .75rem;padding:.125rem .5rem;border-radius:999px;background:#fff4d6;color:#5c4300;font-size:.875rem;font-weight:600}
h1{font-size:1.375rem;line-height:1.3;margin:0 0 .75rem}
ul{padding-left:1.25rem;margin:.5rem 0 1.25rem}
li{margin:.25rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem}
button{flex:1 1 8rem;min-height:48px;min-width:44px;padding:.75rem 1rem;border-radius:8px;font:inherit;font-weight:600;cursor:pointer;border:2px solid #1b1f24;background:#fff;color:#1b1f24}
button.primary{background:#1b1f24;color:#fff}
button:focus-visible{outline:3px solid #2f6fde;outline-offset:2px}
.note{font-size:.875rem;color:#4a515b;margin-top:1.25rem}
@media (prefers-color-scheme:dark){body{background:#111418;color:#e8eaed}.card{background:#1b1f24;border-color:#3a4048}
button{background:#1b1f24;color:#e8eaed;border-color:#e8eaed}button.primary{background:#e8eaed;color:#111418}.note{color:#b3b9c2}}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="card">
${body}
</div>
</main>
</body>
</html>`;
}

export interface ConsentPageInput {
  action: string;
  accountName: string;
  accountEmail: string;
  clientId: string;
  scopes: { name: string; description: string }[];
  hidden: Record<string, string>;
}

export function consentPage(input: ConsentPageInput): string {
  const scopes = input.scopes.length
    ? `<ul aria-label="Requested access">${input.scopes
        .map((s) => `<li>${escapeHtml(s.description)} <span class="note">(${escapeHtml(s.name)})</span></li>`)
        .join("")}</ul>`
    : "<p>No specific access was requested.</p>";
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("\n");
  return page(
    "Sign in with Nuki (simulator)",
    `<p class="badge">Nuki simulator</p>
<h1 id="consent-title">Nuki simulator — sign in as ${escapeHtml(input.accountName)} (${escapeHtml(input.accountEmail)})?</h1>
<p id="consent-detail">The app <strong>${escapeHtml(input.clientId)}</strong> asks to:</p>
${scopes}
<form method="post" action="${escapeHtml(input.action)}" aria-labelledby="consent-title">
${hidden}
<div class="actions">
<button type="submit" name="decision" value="allow" class="primary" aria-describedby="consent-detail">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>
<p class="note">This is Keyhost's built-in stand-in for Nuki Web. No real Nuki account or lock is involved.</p>`,
  );
}

export function errorPage(message: string): string {
  return page(
    "Sign-in request not valid (Nuki simulator)",
    `<p class="badge">Nuki simulator</p>
<h1>This sign-in request is not valid</h1>
<p>${escapeHtml(message)}</p>
<p class="note">Go back to the app and start signing in again.</p>`,
  );
}
