import { methodNotAllowed } from "@/lib/api/method";
import { buildOpenApiDocument } from "@/lib/openapi/document";

/** The API's own description holds nothing of any account, so it needs no session. */
const document = buildOpenApiDocument();

export async function GET(): Promise<Response> {
  return Response.json(document, { headers: { "Cache-Control": "no-cache" } });
}

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
