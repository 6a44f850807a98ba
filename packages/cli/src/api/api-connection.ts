import { usageError } from "../cli-error.js";

/** Where the CLI talks to and with which credentials; the token never leaves this object. */
export interface ApiConnection {
  /** The server's base address; it may have a path when behind a proxy (`https://pmo.example/orrery`). */
  readonly baseUrl: URL;
  readonly token: string;
}

export const DEFAULT_SERVER_URL = "http://localhost:4280";

/** The global flags that choose the server; a flag wins over its environment variable. */
export interface ConnectionFlags {
  readonly url?: string | undefined;
  readonly token?: string | undefined;
}

/**
 * Resolves `--url`/`ORRERY_URL` and `--token`/`ORRERY_TOKEN` before any request, so a missing
 * token or a mistyped address is a usage error (exit 2), not a network failure.
 */
export function resolveConnection(
  flags: ConnectionFlags,
  env: Readonly<Record<string, string | undefined>>,
): ApiConnection {
  const urlText = nonEmpty(flags.url) ?? nonEmpty(env.ORRERY_URL) ?? DEFAULT_SERVER_URL;
  const source = nonEmpty(flags.url) ? "--url" : nonEmpty(env.ORRERY_URL) ? "ORRERY_URL" : null;
  const baseUrl = parseServerUrl(urlText, source ?? "the default address");
  const token = nonEmpty(flags.token) ?? nonEmpty(env.ORRERY_TOKEN);
  if (token === undefined) {
    throw usageError(
      "no API token: set ORRERY_TOKEN (or pass --token); create one in the web app or with `orrery tokens create`",
    );
  }
  // A token with spaces or line breaks would corrupt the Authorization header; its text is never
  // repeated in the message.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    throw usageError("the API token contains spaces or characters a token never has");
  }
  return { baseUrl, token };
}

function parseServerUrl(text: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usageError(`${source}: must be an http(s) address such as ${DEFAULT_SERVER_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw usageError(`${source}: must be an http(s) address such as ${DEFAULT_SERVER_URL}`);
  }
  // Credentials in the address would be echoed in messages and are refused by fetch anyway;
  // the API token is the only credential.
  if (url.username !== "" || url.password !== "") {
    throw usageError(`${source}: must not contain a user name or password; use ORRERY_TOKEN`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw usageError(`${source}: must not contain a query or fragment`);
  }
  // A server behind a reverse proxy may live under a path (`https://pmo.example/orrery`).
  return url;
}

/** A flag's or variable's value, or undefined when it is absent or blank (`ORRERY_ORG=`). */
export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/** The address for messages: scheme, host and path, never credentials. */
export function describeServer(connection: ApiConnection): string {
  return `${connection.baseUrl.origin}${connection.baseUrl.pathname.replace(/\/+$/, "")}`;
}
