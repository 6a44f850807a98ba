import { PROBLEM_TYPE_PREFIX, Problem, ProblemCode } from "@orrery/contracts/common";
import { CliError, EXIT_FAILURE, EXIT_USAGE } from "../cli-error.js";
import { printable } from "../terminal-text.js";

type ExitCode = typeof EXIT_FAILURE | typeof EXIT_USAGE;

/**
 * The exit code for each kind of problem the API reports. Exit 2 when the caller's input was
 * wrong and running the same command again cannot help (a bad value, a name that does not
 * exist, a key already taken); exit 1 when the input was fine but the operation failed (refused
 * credentials or permission, someone changed the resource meanwhile, the server is unwell).
 * A `Record` over the code union, so a new problem code does not compile until it is decided.
 */
export const EXIT_CODE_FOR_PROBLEM: Record<ProblemCode, ExitCode> = {
  "malformed-request": EXIT_USAGE,
  unauthenticated: EXIT_FAILURE,
  forbidden: EXIT_FAILURE,
  "not-found": EXIT_USAGE,
  conflict: EXIT_USAGE,
  "stale-write": EXIT_FAILURE,
  "payload-too-large": EXIT_USAGE,
  // We choose the media type, not the caller: a 415 is this CLI's fault.
  "unsupported-media-type": EXIT_FAILURE,
  invalid: EXIT_USAGE,
  "rate-limited": EXIT_FAILURE,
  internal: EXIT_FAILURE,
  unavailable: EXIT_FAILURE,
};

/** A failed API call: the CLI error to print, with the HTTP status and problem code kept. */
export class ApiError extends CliError {
  constructor(
    message: string,
    exitCode: ExitCode,
    readonly status: number,
    /** Null when the answer was not an Orrery problem document (a proxy, another server). */
    readonly code: ProblemCode | null,
    options?: ErrorOptions,
  ) {
    super(message, exitCode, options);
    this.name = "ApiError";
  }
}

/**
 * Turns an error answer into a one-line `ApiError`. Validation problems name each field
 * (`plannedFinish: must not be before the planned start`); others use the server's detail.
 * `what` names the request for answers that are not problem documents (`GET /api/v1/orgs`).
 */
export function apiErrorFromResponse(status: number, body: unknown, what: string): ApiError {
  const problem = Problem.safeParse(body);
  const code = problem.success ? problemCodeOf(problem.data.type) : null;
  if (!problem.success || code === null) {
    // Not one of ours: say what happened without guessing at the body's meaning.
    const exitCode =
      status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 429
        ? EXIT_USAGE
        : EXIT_FAILURE;
    return new ApiError(
      `the server answered ${status} to ${what}; is the address an Orrery server?`,
      exitCode,
      status,
      null,
    );
  }
  return new ApiError(messageOf(code, problem.data), EXIT_CODE_FOR_PROBLEM[code], status, code);
}

function problemCodeOf(type: string): ProblemCode | null {
  if (!type.startsWith(PROBLEM_TYPE_PREFIX)) return null;
  const code = ProblemCode.safeParse(type.slice(PROBLEM_TYPE_PREFIX.length));
  return code.success ? code.data : null;
}

function messageOf(code: ProblemCode, problem: Problem): string {
  const fields = (problem.errors ?? []).filter((e) => e.path !== "" || e.message !== "");
  if ((code === "invalid" || code === "conflict") && fields.length > 0) {
    return printable(
      fields.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; "),
    );
  }
  const text = printable(problem.detail ?? problem.title);
  if (code === "unauthenticated") return `${text} (check ORRERY_TOKEN or --token)`;
  return text;
}
