import type { ApiResponse } from "./api-client.js";

export interface UploadFile {
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

/**
 * Uploads a document (multipart field `file` after the text fields), as the web app does, to
 * `path` (a documents collection, or a document's `/versions`).
 */
export async function uploadDocument(
  server: { readonly url: string },
  token: string,
  path: string,
  file: UploadFile,
  fields: Readonly<Record<string, string>> = {},
  headers: Readonly<Record<string, string>> = {},
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : file.bytes;
  form.append("file", new Blob([bytes]), file.name);
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...headers },
    body: form,
  });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    headers: response.headers,
    body: type.includes("json") && text !== "" ? JSON.parse(text) : text,
  };
}
