import type { ZodError } from "zod";

/** The first thing zod found wrong, with the dotted path of the field it names (`lockIds.1`), if any. */
export function firstIssue(error: ZodError): { field?: string; message?: string } {
  const issue = error.issues[0];
  return { field: issue?.path.map(String).join(".") || undefined, message: issue?.message };
}
