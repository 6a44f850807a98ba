import type { z } from "zod";
import { type FieldErrors, type FormFields, placeIssues } from "./field-errors.js";

/**
 * A Mantine `validate` function from a contract schema: the form refuses what the server would,
 * in the same words, before any request. Use where the form's values are the request's shape.
 */
export function validateWith<Values>(
  schema: z.ZodType,
  fields: FormFields,
): (values: Values) => FieldErrors {
  return (values) => {
    const parsed = schema.safeParse(values);
    return parsed.success ? {} : placeIssues(parsed.error.issues, fields).fields;
  };
}
