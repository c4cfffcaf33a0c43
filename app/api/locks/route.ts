import { apiRoute } from "@/lib/api/route";
import { listLocks } from "@/lib/locks/service";

export const GET = apiRoute(({ nuki }) => listLocks(nuki));
