import { createHash, createHmac } from "node:crypto";

/**
 * AWS Signature Version 4 for header-signed requests, as S3-compatible stores (AWS S3, MinIO,
 * Ceph, R2, Garage) take it: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * A few dozen lines on node:crypto instead of an SDK of megabytes. Checked against AWS's
 * published examples in sigv4.test.ts.
 */
export interface SigningKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
}

export interface RequestToSign {
  readonly method: string;
  readonly url: URL;
  /** Every header sent besides `authorization` (`host` included); all are signed. */
  readonly headers: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body (S3 also takes the literal `UNSIGNED-PAYLOAD`). */
  readonly payloadHash: string;
}

export const EMPTY_PAYLOAD_SHA256 = createHash("sha256").update("").digest("hex");

/** `20150830T123600Z`: the form `x-amz-date` takes. */
export function amzDate(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, the rest as %XX (upper case). */
export function uriEncode(text: string, keepSlash: boolean): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || (keepSlash && c === "/")) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function canonicalQuery(url: URL): string {
  return [...url.searchParams.entries()]
    .map(([k, v]) => [uriEncode(k, false), uriEncode(v, false)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

const hmac = (key: Buffer | string, data: string) =>
  createHmac("sha256", key).update(data).digest();
const sha256 = (data: string) => createHash("sha256").update(data).digest("hex");

/**
 * The `authorization` header for the request at `at`. The request's headers must already hold
 * `x-amz-date` (see `amzDate`) and, for S3, `x-amz-content-sha256`. The path is taken as sent,
 * already encoded once (S3 does not normalise or encode it twice).
 */
export function authorizationFor(request: RequestToSign, keys: SigningKeys, at: Date): string {
  const stamp = amzDate(at);
  const day = stamp.slice(0, 8);
  const headers = Object.entries(request.headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = headers.map(([name]) => name).join(";");
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname || "/",
    canonicalQuery(request.url),
    ...headers.map(([name, value]) => `${name}:${value}`),
    "",
    signedHeaders,
    request.payloadHash,
  ].join("\n");
  const scope = `${day}/${keys.region}/${keys.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, sha256(canonicalRequest)].join("\n");
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${keys.secretAccessKey}`, day), keys.region), keys.service),
    "aws4_request",
  );
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${keys.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
