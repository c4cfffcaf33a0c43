import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { propertyCreateSchema } from "@/lib/properties/schema";
import { createProperty, listProperties } from "@/lib/server/properties/service";
import { stayContext } from "@/lib/server/stays/context";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute(async (route) => listProperties(await stayContext(route)));

export const POST = apiRoute(async (route) => {
  const input = await readJson(route.request, propertyCreateSchema);
  // A new property's guest messages start in the language of the host who creates it.
  const property = await createProperty(await stayContext(route), { ...input, messageLanguage: input.messageLanguage ?? requestLocale(route.request) });
  return Response.json(property, { status: 201 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
