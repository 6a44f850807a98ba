import { PROBLEM_TYPE_PREFIX, type Problem, type ProblemCode } from "@orrery/contracts/common";
import type { DomainErrorCode, FieldProblem } from "@orrery/core/errors/domain-error";
import type { FastifyReply } from "fastify";

/** Each domain error code has one HTTP status; a new code does not compile until it has one. */
export const statusFor: Record<DomainErrorCode & ProblemCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "stale-write": 412,
  invalid: 422,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  unavailable: 503,
};

export type { ProblemCode };

/** `type` of every problem: a stable URN per code (RFC 9457 allows non-resolvable URIs). */
export function problemType(code: ProblemCode): string {
  return `${PROBLEM_TYPE_PREFIX}${code}`;
}

export interface ProblemInput {
  readonly code: ProblemCode;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldProblem[];
}

export function sendProblem(reply: FastifyReply, input: ProblemInput): FastifyReply {
  const body: Problem = {
    type: problemType(input.code),
    title: input.title,
    status: input.status,
    ...(input.detail ? { detail: input.detail } : {}),
    instance: reply.request.url.split("?")[0],
    requestId: String(reply.request.id),
    ...(input.errors ? { errors: [...input.errors] } : {}),
  };
  return reply
    .code(input.status)
    .header("content-type", "application/problem+json; charset=utf-8")
    .send(JSON.stringify(body));
}
