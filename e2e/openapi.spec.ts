import { expect, test, type APIResponse } from "@playwright/test";
import { loadApiContract } from "./support/openapi";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment, online, with keypad
const BUILDING = 17923456799; // Berlin Building Door
const MISSING_LOCK = 17900000001;
const MISSING_UUID = "00000000-0000-4000-8000-000000000000";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("/api/openapi.json needs no session and describes itself", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const api = await loadApiContract(anonymous);
  const doc = await api.check<{ openapi: string }>("GET", "/api/openapi.json", await anonymous.get("/api/openapi.json"));
  expect(doc.openapi).toBe("3.1.0");
  // Without a session every other route answers 401 in the documented shape.
  await api.check("GET", "/api/locks", await anonymous.get("/api/locks"));
  expect((await anonymous.get("/api/locks")).status()).toBe(401);
  // A method a route does not have: 405 with Allow, in the same error shape.
  const wrong = await anonymous.post("/api/openapi.json");
  expect(wrong.status()).toBe(405);
  expect(wrong.headers().allow).toBe("GET");
  await api.checkError("POST", wrong);
  await anonymous.dispose();
});

test("every answer of the GET routes and of a PIN's, property's and stay's life validates against /api/openapi.json", async ({ page }) => {
  await signIn(page);
  const http = page.request;
  const origin = new URL(page.url()).origin;
  const write = { headers: { Origin: origin } };
  const api = await loadApiContract(http);
  /** A write; when the per-sign-in write limit answers 429 (validated too), waits Retry-After and sends again. */
  const send = async (make: () => Promise<APIResponse>, template: string, method: string): Promise<APIResponse> => {
    for (;;) {
      const answer = await make();
      if (answer.status() !== 429) return answer;
      await api.check(method, template, answer);
      await new Promise((resolve) => setTimeout(resolve, Number(answer.headers()["retry-after"] ?? 1) * 1000));
    }
  };
  const lock = `/api/locks/${FRONT}`;

  // Reads of the account and of one lock.
  const locks = await api.check<{ id: number }[]>("GET", "/api/locks", await http.get("/api/locks"));
  expect(locks.map((l) => l.id)).toContain(FRONT);
  await api.check("GET", "/api/locks/{lockId}", await http.get(lock));
  await api.check("GET", "/api/locks/{lockId}/pins", await http.get(`${lock}/pins`));
  await api.check("GET", "/api/locks/{lockId}/settings", await http.get(`${lock}/settings`));
  await api.check("GET", "/api/locks/{lockId}/activity", await http.get(`${lock}/activity?limit=10`));
  await api.check("GET", "/api/locks/{lockId}/entries", await http.get(`${lock}/entries?limit=5`));
  await api.check("GET", "/api/pins", await http.get("/api/pins?filter=active"));
  await api.check("GET", "/api/properties", await http.get("/api/properties"));
  await api.check("GET", "/api/stays", await http.get("/api/stays"));
  await api.check("GET", "/api/stays/usage", await http.get("/api/stays/usage"));

  // Refusals, each in the one error shape.
  await api.check("GET", "/api/locks/{lockId}", await http.get(`/api/locks/${MISSING_LOCK}`));
  await api.check("GET", "/api/pins", await http.get("/api/pins?filter=someday"));
  await api.check("GET", "/api/stays", await http.get("/api/stays?propertyId=nope"));
  await api.check("POST", "/api/locks/{lockId}/pins", await send(() => http.post(`${lock}/pins`, { data: { name: "No origin" } }), "/api/locks/{lockId}/pins", "POST"), 403);
  await api.check("POST", "/api/locks/{lockId}/pins", await send(() => http.post(`${lock}/pins`, { ...write, data: { name: "Bad", code: "123456" } }), "/api/locks/{lockId}/pins", "POST"), 422);
  await api.check("POST", "/api/locks/{lockId}/pins", await send(() => http.post(`${lock}/pins`, { headers: { ...write.headers, "Content-Type": "application/json" }, data: Buffer.from("{not json") }), "/api/locks/{lockId}/pins", "POST"), 400);
  await api.check("PATCH", "/api/locks/{lockId}/settings", await send(() => http.patch(`${lock}/settings`, { ...write, data: { cleanupAfterDays: 9999 } }), "/api/locks/{lockId}/settings", "PATCH"), 422);

  // A PIN's life: create, (too early to edit), saved, edit, its views, delete.
  const created = await api.check<{ id: string; status: string }>("POST", "/api/locks/{lockId}/pins", await send(() => http.post(`${lock}/pins`, { ...write, data: { name: "Contract cleaner", code: "356789", weekdays: ["mon", "fri"], dailyFrom: "08:00", dailyUntil: "18:00" } }), "/api/locks/{lockId}/pins", "POST"), 202);
  expect(created.status).toBe("pending");
  const pin = `${lock}/pins/${created.id}`;
  const early = await http.patch(pin, { ...write, data: { name: "Too early" } });
  await api.check("PATCH", "/api/locks/{lockId}/pins/{pinId}", early);
  await expect
    .poll(async () => {
      const pins = await api.check<{ id: string; status: string }[]>("GET", "/api/locks/{lockId}/pins", await http.get(`${lock}/pins`));
      return pins.find((p) => p.id === created.id)?.status;
    }, { timeout: 20_000 })
    .toBe("saved");
  const edited = await api.check<{ name: string }>("PATCH", "/api/locks/{lockId}/pins/{pinId}", await send(() => http.patch(pin, { ...write, data: { name: "Contract cleaner 2", validUntil: "2030-01-01T10:00" } }), "/api/locks/{lockId}/pins/{pinId}", "PATCH"), 202);
  expect(edited.name).toBe("Contract cleaner 2");
  await api.check("PATCH", "/api/locks/{lockId}/pins/{pinId}", await send(() => http.patch(pin, { ...write, data: { code: "12" } }), "/api/locks/{lockId}/pins/{pinId}", "PATCH"), 422);
  await api.check("POST", "/api/locks/{lockId}/pins/{pinId}/repair", await send(() => http.post(`${pin}/repair`, write), "/api/locks/{lockId}/pins/{pinId}/repair", "POST"), 409);
  await api.check("GET", "/api/locks/{lockId}/pins/{pinId}/history", await http.get(`${pin}/history`));
  await api.check("GET", "/api/locks/{lockId}/pins/{pinId}/usage", await http.get(`${pin}/usage`));
  await api.check("GET", "/api/locks/{lockId}/pins/{pinId}/message", await http.get(`${pin}/message`));
  await api.check("POST", "/api/locks/{lockId}/pins/{pinId}/message", await send(() => http.post(`${pin}/message`, { ...write, data: { to: "not an address" } }), "/api/locks/{lockId}/pins/{pinId}/message", "POST"), 422);
  await api.check("GET", "/api/locks/{lockId}/entries", await http.get(`${lock}/entries?pinId=${created.id}`));
  await api.check("DELETE", "/api/locks/{lockId}/pins/{pinId}", await send(() => http.delete(pin, write), "/api/locks/{lockId}/pins/{pinId}", "DELETE"), 202);
  await api.check("GET", "/api/locks/{lockId}/pins", await http.get(`${lock}/pins`));

  // A property and a stay on it: create, read every view, change, cancel, delete.
  const property = await api.check<{ id: string }>("POST", "/api/properties", await send(() => http.post("/api/properties", { ...write, data: { name: "Contract Flat", lockIds: [FRONT, BUILDING] } }), "/api/properties", "POST"), 201);
  const propertyPath = `/api/properties/${property.id}`;
  await api.check("POST", "/api/properties", await send(() => http.post("/api/properties", { ...write, data: { name: "Stranger", lockIds: [MISSING_LOCK] } }), "/api/properties", "POST"), 422);
  await api.check("GET", "/api/properties/{propertyId}", await http.get(propertyPath));
  await api.check("PATCH", "/api/properties/{propertyId}", await send(() => http.patch(propertyPath, { ...write, data: { checkInTime: "16:00", messageTemplate: "Hello {guest}, your code is {code}." } }), "/api/properties/{propertyId}", "PATCH"), 200);
  await api.check("GET", "/api/properties/{propertyId}/entries", await http.get(`${propertyPath}/entries`));
  await api.check("GET", "/api/properties/{propertyId}", await http.get(`/api/properties/${MISSING_UUID}`));
  const stay = await api.check<{ id: string }>("POST", "/api/stays", await send(() => http.post("/api/stays", { ...write, data: { guestName: "Contract Guest", arrival: "2030-03-01", departure: "2030-03-04", propertyId: property.id } }), "/api/stays", "POST"), 202);
  const stayPath = `/api/stays/${stay.id}`;
  await api.check("GET", "/api/stays/{stayId}", await http.get(stayPath));
  await api.check("GET", "/api/stays", await http.get(`/api/stays?propertyId=${property.id}`));
  await api.check("GET", "/api/stays/{stayId}/usage", await http.get(`${stayPath}/usage`));
  await api.check("GET", "/api/stays/{stayId}/message", await http.get(`${stayPath}/message`));
  await api.check("POST", "/api/stays/{stayId}/message", await send(() => http.post(`${stayPath}/message`, { ...write, data: { to: "" } }), "/api/stays/{stayId}/message", "POST"), 422);
  await api.check("PATCH", "/api/stays/{stayId}", await send(() => http.patch(stayPath, { ...write, data: { departure: "2030-02-01" } }), "/api/stays/{stayId}", "PATCH"));
  await api.check("DELETE", "/api/properties/{propertyId}", await send(() => http.delete(propertyPath, write), "/api/properties/{propertyId}", "DELETE"), 409);
  await api.check("DELETE", "/api/stays/{stayId}", await send(() => http.delete(stayPath, write), "/api/stays/{stayId}", "DELETE"), 202);
  await api.check("GET", "/api/stays/{stayId}", await http.get(stayPath));
  await api.check("DELETE", "/api/properties/{propertyId}", await send(() => http.delete(propertyPath, write), "/api/properties/{propertyId}", "DELETE"), 204);

  // A method a route does not have.
  await api.checkError("PUT", await http.put("/api/locks", write));

  console.log(`answers checked against /api/openapi.json: ${api.checked.length}\n  ${[...new Set(api.checked)].join("\n  ")}`);
  const statuses = new Set(api.checked.map((c) => c.split(" ").at(-1)));
  for (const status of ["200", "201", "202", "204", "400", "403", "404", "405", "409", "422"]) {
    expect(statuses.has(status), `an answer with status ${status} was checked`).toBe(true);
  }
});
