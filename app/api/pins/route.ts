import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { parsePinSearch, searchPins } from "@/lib/server/pins/search";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute(async (route) => searchPins(await pinContext(route), parsePinSearch(new URL(route.request.url).searchParams)));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
