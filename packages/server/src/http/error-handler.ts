import {
  Conflict,
  DomainError,
  type FieldProblem,
  Invalid,
  StaleWrite,
} from "@orrery/core/errors/domain-error";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { fieldProblemsOf, isZodIssue } from "../errors/field-problems.js";
import { postgresErrorOf } from "../store/postgres-errors.js";
import { type ProblemCode, sendProblem, statusFor } from "./problem.js";

/**
 * One place turns every failure into `application/problem+json`: domain errors by their code,
 * request validation as 422 naming each field, framework errors by their status, and anything
 * else into a logged 500 that shows the request id and nothing of the stack.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
}

/**
 * Errors the router raises before any route runs (a bad URL, an over-long path parameter);
 * pass as Fastify's `frameworkErrors` option so they are problem documents too.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  return handleError(error, request, reply);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const errors =
      error instanceof Invalid || error instanceof Conflict || error instanceof StaleWrite
        ? error.errors
        : [];
    return sendProblem(reply, {
      code: error.code,
      title: error.title,
      status: statusFor[error.code],
      detail: error.message,
      ...(errors.length > 0 ? { errors } : {}),
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? "body";
    const input = inputOf(request, where);
    const errors = error.validation.flatMap((v) => fieldProblems(v, input));
    const listed = errors.map((e) => `${e.path || "(whole)"} ${e.message}`).join("; ");
    return sendProblem(reply, {
      code: "invalid",
      title: TITLES.invalid,
      status: 422,
      detail: `the ${where === "querystring" ? "query string" : where} is invalid: ${listed}`,
      errors,
    });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = EDGE_CODES[status] ?? "malformed-request";
    return sendProblem(reply, {
      code,
      title: TITLES[code],
      status: EDGE_CODES[status] ? status : 400,
      detail: edgeDetail(error),
    });
  }
  const database = postgresErrorOf(error);
  if (database?.code.startsWith("22")) {
    // A data exception (a NUL byte in text, a value out of range) is the caller's value.
    return sendProblem(reply, {
      code: "invalid",
      title: TITLES.invalid,
      status: 422,
      detail: "a value in the request cannot be stored (e.g. text with a NUL character)",
    });
  }
  if (database?.code.startsWith("23")) {
    // An integrity rule caught a race the service's own checks could not see.
    return sendProblem(reply, {
      code: "conflict",
      title: TITLES.conflict,
      status: 409,
      detail: "the change conflicts with another change made at the same time; try again",
    });
  }
  request.log.error({ err: error }, "request failed");
  return sendProblem(reply, {
    code: "internal",
    title: TITLES.internal,
    status: 500,
    detail: `something went wrong on our side; quote request id ${request.id} when reporting it`,
  });
}

/** Framework errors (body parser, static files, rate limit) keep their status when we name it. */
const EDGE_CODES: Partial<Record<number, ProblemCode>> = {
  400: "malformed-request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
  413: "payload-too-large",
  414: "malformed-request",
  415: "unsupported-media-type",
  429: "rate-limited",
};

const TITLES: Record<ProblemCode, string> = {
  "malformed-request": "Malformed request",
  unauthenticated: "Sign-in required",
  forbidden: "Not allowed",
  "not-found": "Not found",
  conflict: "Conflict",
  "stale-write": "Stale write",
  "payload-too-large": "Payload too large",
  "unsupported-media-type": "Unsupported media type",
  invalid: "Invalid request",
  "rate-limited": "Too many requests",
  internal: "Internal server error",
  unavailable: "Service unavailable",
};

function edgeDetail(error: FastifyError): string {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "the request body is larger than 1 MiB";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "send the body as application/json";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "the JSON body is empty";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return "the body is not valid JSON";
  }
  return error instanceof SyntaxError ? "the body is not valid JSON" : error.message;
}

function inputOf(request: FastifyRequest, where: string): unknown {
  if (where === "querystring") return request.query;
  if (where === "params") return request.params;
  if (where === "headers") return request.headers;
  return request.body;
}

interface ValidationEntry {
  readonly keyword: string;
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: unknown;
}

/**
 * fastify-type-provider-zod flattens each zod issue into an Ajv-style entry (code as
 * `keyword`, the rest as `params`); this puts the issue back together for `fieldProblemsOf`.
 */
function fieldProblems(entry: ValidationEntry, input: unknown): FieldProblem[] {
  const path = entry.instancePath.split("/").filter(Boolean);
  const issue = {
    ...(isObject(entry.params) ? entry.params : {}),
    code: entry.keyword,
    path,
    message: entry.message ?? "is invalid",
  };
  if (isZodIssue(issue)) return fieldProblemsOf([issue], input);
  return [{ path: path.join("."), message: issue.message }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
