import type { z } from "zod";
import { networkProblem, problemFromResponse, unexpectedResponseProblem } from "./api-problem.js";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface ApiRequest {
  readonly method?: HttpMethod;
  /** Sent as JSON, or as multipart when it is `FormData` (a file upload). */
  readonly body?: unknown;
  /** Optimistic concurrency: the version the caller last saw; the server answers 412 if stale. */
  readonly ifMatch?: number;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal;
}

/** The strong entity tag the server gives a resource at `version`. */
export function entityTag(version: number): string {
  return `"${version}"`;
}

/** Builds `path?query`, leaving out parameters that are unset or empty. */
export function withQuery(path: string, query: ApiRequest["query"]): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const headers = new Headers({ Accept: "application/json, application/problem+json" });
  const multipart = request.body instanceof FormData;
  // The browser sets a multipart body's content type itself, with its boundary.
  if (request.body !== undefined && !multipart) headers.set("Content-Type", "application/json");
  if (request.ifMatch !== undefined) headers.set("If-Match", entityTag(request.ifMatch));
  let response: Response;
  try {
    response = await fetch(withQuery(path, request.query), {
      method: request.method ?? "GET",
      headers,
      body: multipart
        ? (request.body as FormData)
        : request.body === undefined
          ? undefined
          : JSON.stringify(request.body),
      credentials: "same-origin",
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw networkProblem(error);
  }
  if (!response.ok) throw await problemFromResponse(response);
  return response;
}

/** Calls the API and parses the JSON answer with its contract schema; failures throw `ApiProblem`. */
export async function fetchJson<S extends z.ZodType>(
  schema: S,
  path: string,
  request: ApiRequest = {},
): Promise<z.output<S>> {
  const response = await send(path, request);
  const body: unknown = await response.json().catch(() => null);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpectedResponseProblem(response.status, parsed.error);
  return parsed.data;
}

/** Calls the API for its effect only (204 answers, sign-out); failures throw `ApiProblem`. */
export async function fetchNoContent(path: string, request: ApiRequest = {}): Promise<void> {
  await send(path, request);
}
