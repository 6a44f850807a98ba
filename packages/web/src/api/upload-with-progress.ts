import type { z } from "zod";
import { entityTag } from "./api-client.js";
import { networkProblem, problemFromResponse, unexpectedResponseProblem } from "./api-problem.js";

export interface UploadRequest {
  readonly form: FormData;
  /** Optimistic concurrency, as `fetchJson`'s `ifMatch`. */
  readonly ifMatch?: number;
  /** Called as the body goes out, with the share sent so far (0–1). */
  readonly onProgress?: (sent: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * POSTs a multipart upload and parses the JSON answer with its contract schema, reporting
 * progress as it goes: fetch cannot report upload progress, XMLHttpRequest can. Failures throw
 * `ApiProblem`, as `fetchJson`'s do.
 */
export function uploadWithProgress<S extends z.ZodType>(
  schema: S,
  path: string,
  request: UploadRequest,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept", "application/json, application/problem+json");
    if (request.ifMatch !== undefined) xhr.setRequestHeader("If-Match", entityTag(request.ifMatch));
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0)
        request.onProgress?.(event.loaded / event.total);
    });
    xhr.addEventListener("error", () => reject(networkProblem(new Error("upload failed"))));
    xhr.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
    xhr.addEventListener("load", () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { "content-type": xhr.getResponseHeader("content-type") ?? "" },
      });
      if (!response.ok) {
        void problemFromResponse(response).then(reject, reject);
        return;
      }
      void response
        .json()
        .catch(() => null)
        .then((body: unknown) => {
          const parsed = schema.safeParse(body);
          if (parsed.success) resolve(parsed.data);
          else reject(unexpectedResponseProblem(xhr.status, parsed.error));
        });
    });
    request.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(request.form);
  });
}
