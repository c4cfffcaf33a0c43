/** Nuki answers errors in two shapes; the simulator uses both, as the live service does. */
export function detailError(status: number, message: string): Response {
  return Response.json({ detailMessage: message, stackTrace: [], suppressedExceptions: [] }, { status });
}

const PHRASES: Record<number, string> = { 409: "Conflict", 422: "Unprocessable Entity", 423: "Locked", 429: "Too Many Requests" };

export function describedError(status: number, description: string, uri = ""): Response {
  return Response.json(
    { code: status, description, reasonPhrase: PHRASES[status] ?? "Error", uri, homeRef: "/" },
    { status },
  );
}

export const noContent = () => new Response(null, { status: 204 });
export const notFound = () => detailError(404, "Not found");
