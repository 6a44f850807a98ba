import type { z } from "zod";
import { type CliError, usageError } from "./cli-error.js";

/**
 * A usage error (exit 2) for the first zod issue of a flag set, naming the flag rather than the
 * API field: `--status: must be one of proposed, active, on_hold, completed, cancelled`.
 * `flagFor` maps the issue's first path segment (the API field) to the flag that feeds it.
 */
export function flagProblem(
  issues: readonly z.core.$ZodIssue[],
  flagFor: (field: string) => string,
): CliError {
  const issue = issues[0];
  if (issue === undefined) return usageError("the flags are invalid");
  const field = String(issue.path[0] ?? "");
  return usageError(`${flagFor(field)}: ${wordingOf(issue)}`);
}

function wordingOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") {
    return `must be one of ${issue.values.map(String).join(", ")}`;
  }
  if (issue.code === "invalid_format" && issue.format === "date") {
    return "must be a real date written YYYY-MM-DD";
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  if (issue.code === "too_big" && issue.origin === "number")
    return `must be at most ${issue.maximum}`;
  if (issue.code === "too_small" && issue.origin === "number")
    return `must be at least ${issue.minimum}`;
  return issue.message;
}
