import { Invalid } from "@orrery/core/errors/domain-error";
import type { z } from "zod";
import { fieldProblemsOf } from "../errors/field-problems.js";

/** Parses raw input with a contracts schema; failures become `Invalid` naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Invalid(fieldProblemsOf(result.error.issues, raw));
  return result.data;
}
