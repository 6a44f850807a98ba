import type { z } from "zod";
import { withQuery } from "./api-client.js";
import { networkProblem, problemFromResponse, unexpectedResponseProblem } from "./api-problem.js";

/**
 * Sends a file as the multipart field `file` and parses the JSON answer with its contract
 * schema; failures throw `ApiProblem` like every other call.
 */
export async function uploadFile<S extends z.ZodType>(
  schema: S,
  path: string,
  file: File,
  query: Readonly<Record<string, string>> = {},
): Promise<z.output<S>> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(withQuery(path, query), {
      method: "POST",
      headers: { Accept: "application/json, application/problem+json" },
      body: form,
      credentials: "same-origin",
    });
  } catch (error) {
    throw networkProblem(error);
  }
  if (!response.ok) throw await problemFromResponse(response);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw unexpectedResponseProblem(response.status, parsed.error);
  return parsed.data;
}
