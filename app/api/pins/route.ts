import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/pins/context";
import { parsePinSearch, searchPins } from "@/lib/pins/search";

export const GET = apiRoute(async (route) => searchPins(await pinContext(route), parsePinSearch(new URL(route.request.url).searchParams)));
