/**
 * The `error` option of a request body's `z.strictObject`: an unknown field is named, so a
 * typo reads as one, and anything that is not an object gets `notObject`, the key of a sentence in
 * messages/<language>/validation.json ("validation.pinObject"). The unknown field's sentence keeps the
 * field's name, so it stays as written: no Keyhost form sends a field the API does not know.
 */
export const objectError = (notObject: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}` : notObject,
});
