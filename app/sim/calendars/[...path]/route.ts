import { createHash } from "node:crypto";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env/index.mjs";
import { calendarNamed, calendarText, demoBookingSchema, demoCalendars, demoMoveSchema } from "@/lib/simulator/calendars";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const problem = (status: number, message: string) => Response.json({ error: { code: status === 404 ? "not_found" : "invalid_input", message } }, { status, headers: NO_STORE });

async function body(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

/**
 * Demo booking calendars: `GET {name}.ics` the feed (with an ETag), `GET {name}` its bookings;
 * `POST {name}/bookings` adds one, `PUT {name}/bookings/{uid}` moves it, `POST …/{uid}/cancel`
 * marks it cancelled, `DELETE …/{uid}` takes it out of the feed. Only in demo mode.
 */
async function handler(request: Request, context: { params: Promise<{ path: string[] }> }): Promise<Response> {
  if (!env.demoMode) return problem(404, "Demo calendars are only available in demo mode.");
  const [first = "", second, uid, action] = (await context.params).path;
  if (request.method === "GET" && first.endsWith(".ics") && !second) {
    const text = calendarText(calendarNamed(first.slice(0, -4)));
    const etag = `"${createHash("sha1").update(text.replace(/DTSTAMP:\S+/g, "")).digest("hex").slice(0, 16)}"`;
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response(text, { headers: { "Content-Type": "text/calendar; charset=utf-8", ETag: etag, ...NO_STORE } });
  }
  const calendar = demoCalendars().get(first) ?? (request.method === "POST" ? calendarNamed(first) : undefined);
  if (!calendar || !/^[a-z0-9-]{1,40}$/.test(first)) return problem(404, `No demo calendar ${first}`);
  if (request.method === "GET" && !second) return Response.json({ shape: calendar.shape, bookings: [...calendar.bookings.values()] }, { headers: NO_STORE });
  if (second !== "bookings") return problem(404, "Unknown demo calendar address");
  if (request.method === "POST" && !uid) {
    const parsed = demoBookingSchema.safeParse(await body(request));
    if (!parsed.success) return problem(422, parsed.error.issues[0]?.message ?? "Bad booking");
    const booking = { uid: parsed.data.uid ?? `${randomUUID()}@${calendar.shape}.demo`, arrival: parsed.data.arrival, departure: parsed.data.departure, guestName: parsed.data.guestName ?? null, phoneLast4: parsed.data.phoneLast4 ?? null, cancelled: false };
    calendar.bookings.set(booking.uid, booking);
    return Response.json(booking, { status: 201, headers: NO_STORE });
  }
  const booking = uid ? calendar.bookings.get(uid) : undefined;
  if (!uid || !booking) return problem(404, `No booking ${uid ?? ""}`);
  if (request.method === "PUT" && !action) {
    const parsed = demoMoveSchema.safeParse(await body(request));
    if (!parsed.success) return problem(422, parsed.error.issues[0]?.message ?? "Bad dates");
    Object.assign(booking, parsed.data);
    return Response.json(booking, { headers: NO_STORE });
  }
  if (request.method === "POST" && action === "cancel") {
    booking.cancelled = true;
    return Response.json(booking, { headers: NO_STORE });
  }
  if (request.method === "DELETE" && !action) {
    calendar.bookings.delete(uid);
    return new Response(null, { status: 204, headers: NO_STORE });
  }
  return problem(404, "Unknown demo calendar address");
}

export { handler as GET, handler as POST, handler as PUT, handler as DELETE };
