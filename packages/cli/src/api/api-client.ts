import type { z } from "zod";
import { failure, usageError } from "../cli-error.js";
import { printable } from "../terminal-text.js";
import { type ApiConnection, describeServer } from "./api-connection.js";
import { apiErrorFromResponse } from "./api-error.js";

/** How long one request may take before the CLI gives up (exit 1). */
const REQUEST_TIMEOUT_MS = 60_000;

/** One call to `/api/v1`. Path segments are encoded here, so a key or id is never spliced raw. */
export interface ApiRequest {
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Segments after `/api/v1`: `["orgs", slug, "projects"]`. */
  readonly path: readonly string[];
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  /** The version the change is based on, sent as `If-Match`; the server answers 412 if stale. */
  readonly ifMatch?: number;
}

/** The CLI's typed access to the API: every answer is parsed with a contracts schema. */
export interface ApiClient {
  /** Sends the request and returns its JSON answer parsed by `schema`; throws `CliError`. */
  call<S extends z.ZodType>(request: ApiRequest, schema: S): Promise<z.output<S>>;
  /** Sends a request whose success has no body (`204 No Content`); throws `CliError`. */
  callForNoContent(request: ApiRequest): Promise<void>;
}

/**
 * A client for one server and token. Failures become `CliError`s carrying the exit code:
 * problems by their code (see `EXIT_CODE_FOR_PROBLEM`), network trouble and answers this CLI
 * cannot read as exit 1. The token is sent only in the Authorization header, never in a message.
 */
export function createApiClient(connection: ApiConnection): ApiClient {
  const send = async (request: ApiRequest): Promise<unknown> => {
    const url = urlOf(connection, request);
    const what = `${request.method} ${url.pathname}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${connection.token}`,
      accept: "application/json, application/problem+json",
    };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    if (request.ifMatch !== undefined) headers["if-match"] = `"${request.ifMatch}"`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        // A redirect would resend the token to wherever it points; say where instead.
        redirect: "manual",
      });
      text = await response.text();
    } catch (error) {
      throw failure(`cannot reach ${describeServer(connection)}: ${networkReason(error)}`, {
        cause: error,
      });
    }
    if (response.status >= 300 && response.status < 400) {
      const location = printable(response.headers.get("location") ?? "another address");
      throw usageError(
        `${describeServer(connection)} redirects to ${location}; use that address as --url or ORRERY_URL`,
      );
    }
    const body = parseJson(text);
    if (!response.ok) throw apiErrorFromResponse(response.status, body, what);
    return body;
  };

  return {
    async call(request, schema) {
      const url = urlOf(connection, request);
      const body = await send(request);
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue ? `${issue.path.join(".") || "(body)"}: ${issue.message}` : "";
        throw failure(
          `the answer to ${request.method} ${url.pathname} is not what this CLI expects (${printable(where)}); is the address an Orrery server of the same version?`,
        );
      }
      return parsed.data;
    },
    async callForNoContent(request) {
      await send(request);
    },
  };
}

function urlOf(connection: ApiConnection, request: ApiRequest): URL {
  const path = ["api", "v1", ...request.path].map(encodeURIComponent).join("/");
  const prefix = connection.baseUrl.pathname.replace(/\/+$/, "");
  const url = new URL(`${prefix}/${path}`, connection.baseUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}

/** Why a request never got an answer, in words, from undici's error and its cause. */
function networkReason(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  const code =
    typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const reasons: Record<string, string> = {
    ECONNREFUSED: "connection refused (is the server running?)",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host name lookup failed",
    ECONNRESET: "the connection was reset",
    ETIMEDOUT: "the connection timed out",
    EHOSTUNREACH: "host unreachable",
    UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
    UND_ERR_SOCKET: "the connection was closed",
  };
  const known = reasons[code];
  if (known !== undefined) return known;
  const message =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return printable(message);
}
