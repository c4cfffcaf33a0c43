import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { backupContext } from "@/lib/server/backup-codes/context";
import { addBackupCode, listBackupCodes, removeBackupCode } from "@/lib/server/backup-codes/service";

type Params = { propertyId: string };

export const GET = apiRoute<Params>(async (route) => listBackupCodes(await backupContext(route), uuidParam(route.params.propertyId, "property")));

/** Adds one backup code on every door (the first turns them on); no body. */
export const POST = apiRoute<Params>(async (route) => {
  const propertyId = uuidParam(route.params.propertyId, "property");
  return Response.json(await addBackupCode(await backupContext(route), propertyId), { status: 201 });
});

/** Removes the newest backup code from every door (the last turns them off). */
export const DELETE = apiRoute<Params>(async (route) => removeBackupCode(await backupContext(route), uuidParam(route.params.propertyId, "property")));

const notAllowed = methodNotAllowed("GET", "POST", "DELETE");
export const PUT = notAllowed;
export const PATCH = notAllowed;
