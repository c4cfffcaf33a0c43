/**
 * The `error` option of a request body's `z.strictObject`: an unknown field is named, so a
 * typo reads as one, and anything that is not an object gets one sentence about `what`.
 */
export const objectError = (what: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}` : `${what} must be a JSON object`,
});
