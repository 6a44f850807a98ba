/** A minimal HTTP client for tests: JSON in, parsed JSON (or text) out, nothing hidden. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the response is JSON (incl. problem+json), else the text. */
  readonly body: unknown;
}

export interface ApiClient {
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  get(path: string, options?: RequestOptions): Promise<ApiResponse>;
  post(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  patch(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  delete(path: string, options?: RequestOptions): Promise<ApiResponse>;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A client for `baseUrl`, sending `credentials` (an API token, or a Cookie header) if given. */
export function apiClient(
  baseUrl: string,
  credentials: { token: string } | { cookie: string; origin?: string } | null = null,
): ApiClient {
  const auth: Record<string, string> =
    credentials === null
      ? {}
      : "token" in credentials
        ? { authorization: `Bearer ${credentials.token}` }
        : { cookie: credentials.cookie, origin: credentials.origin ?? baseUrl };
  const request = async (method: string, path: string, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { ...auth, ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers["content-type"] ??= "application/json";
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    const parsed: unknown = type.includes("json") && text !== "" ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    request,
    get: (path, options) => request("GET", path, options),
    post: (path, body, options) => request("POST", path, { ...options, body }),
    patch: (path, body, options) => request("PATCH", path, { ...options, body }),
    delete: (path, options) => request("DELETE", path, options),
  };
}
