import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { backupContext } from "@/lib/server/backup-codes/context";
import { offerBackupCode } from "@/lib/server/backup-codes/service";

/** Offers the property's backup code in this stay's guest message; no body. */
export const POST = apiRoute<{ stayId: string }>(async (route) => offerBackupCode(await backupContext(route), uuidParam(route.params.stayId, "stay")));

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
