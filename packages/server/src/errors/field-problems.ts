import type { FieldProblem } from "@orrery/core/errors/domain-error";
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/**
 * Field-by-field problems from zod issues, worded for people: a missing field "is required",
 * each unknown field of a strict object is named on its own.
 */
export function fieldProblemsOf(issues: readonly Issue[], input: unknown): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: "is not a known field",
      }));
    }
    if (issue.code === "invalid_type" && path !== "" && valueAt(input, issue.path) === undefined) {
      return [{ path, message: "is required" }];
    }
    return [{ path, message: issue.message }];
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = Reflect.get(here, key);
  }
  return here;
}

/** True when `value` looks like a zod issue (fastify-type-provider-zod passes them along). */
export function isZodIssue(value: unknown): value is Issue {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    typeof value.code === "string" &&
    "path" in value &&
    Array.isArray(value.path) &&
    "message" in value
  );
}
