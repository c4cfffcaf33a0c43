import type { z } from "zod";
import { ApiClientError } from "@/lib/api/client";
import { clientErrorText } from "@/lib/api/client-errors";
import { firstIssue } from "@/lib/validation/zod-issue";

export interface FormError {
  /** The top-level form field to mark (`lockIds.1` marks `lockIds`), or null for the form as a whole. */
  field: string | null;
  message: string;
}

const topField = (path: string | undefined) => (path ? path.split(".")[0] ?? null : null);

/** The first thing to fix before sending, checked by the same schema as the server's. */
export function checkForm<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; error: FormError } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const { field, message } = firstIssue(result.error);
  return { ok: false, error: { field: topField(field), message: message ?? "validation.checkForm" } };
}

/** The server's refusal, pinned to the field it names so the host fixes it where they typed it. */
export function formErrorFrom(error: unknown): FormError {
  if (error instanceof ApiClientError) return { field: topField(error.field), message: error.message };
  return { field: null, message: error instanceof Error ? error.message : clientErrorText("somethingWrong") };
}

/** Every field's first problem by top-level field; the form's own (no field) under "". */
export type FieldErrors = Record<string, string>;

/** All the fields to fix before sending, not just the first, checked by the same schema as the server's. */
export function fieldErrors(schema: z.ZodType, input: unknown): FieldErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = topField(issue.path.map(String).join(".")) ?? "";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** A refusal (the browser's check or the server's) as the errors a form shows. */
export function errorsFrom(error: FormError): FieldErrors {
  return { [error.field ?? ""]: error.message };
}
