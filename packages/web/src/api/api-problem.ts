import { Problem } from "@orrery/contracts/common";
import { z } from "zod";

/**
 * A failed API call, always as RFC 9457 problem details so every view handles one shape:
 * server problems as sent, network failures and unexpected answers translated into it.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: Problem;
  /**
   * better-auth's own error code (`INVALID_PASSWORD`), which the server keeps beside the problem
   * fields for the sign-in endpoints; null elsewhere.
   */
  readonly authCode: string | null;

  constructor(problem: Problem, options?: ErrorOptions & { authCode?: string | null }) {
    super(problem.detail ?? problem.title, options);
    this.name = "ApiProblem";
    this.status = problem.status;
    this.problem = problem;
    this.authCode = options?.authCode ?? null;
  }
}

/** The problem status of an error, or null when the error is not an API problem. */
export function problemStatus(error: unknown): number | null {
  return error instanceof ApiProblem ? error.status : null;
}

/** A bare better-auth error (`{ code, message }`), in case one reaches us unwrapped. */
const AuthError = z.object({ message: z.string().min(1), code: z.string().optional() });
const AuthCode = z.object({ code: z.string() });

/** Reads whatever error body the server sent and returns it as a problem. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const authCode = AuthCode.safeParse(body);
  const options = { authCode: authCode.success ? authCode.data.code : null };
  const problem = Problem.safeParse(body);
  if (problem.success) return new ApiProblem(problem.data, options);
  const authError = AuthError.safeParse(body);
  if (authError.success) {
    return new ApiProblem(
      { type: "about:blank", title: authError.data.message, status: response.status },
      options,
    );
  }
  return new ApiProblem({
    type: "about:blank",
    title: response.statusText || `The server answered ${response.status}`,
    status: response.status,
  });
}

/** fetch rejected: the server is unreachable or the connection dropped. */
export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem(
    {
      type: "urn:orrery:network",
      title: "Cannot reach the Orrery server",
      detail: "Check your connection and try again.",
      status: 0,
    },
    { cause },
  );
}

/** A 2xx response whose body does not match the contract: a server/web version mismatch. */
export function unexpectedResponseProblem(status: number, cause: unknown): ApiProblem {
  return new ApiProblem(
    {
      type: "urn:orrery:unexpected-response",
      title: "The server sent a response this page does not understand",
      detail: "Reload the page; if it persists, the server and web app may be different versions.",
      status,
    },
    { cause },
  );
}
