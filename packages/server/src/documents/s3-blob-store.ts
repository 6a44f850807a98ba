import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { BlobMissing, type BlobRef, type BlobStore, blobPath } from "./blob-store.js";
import { amzDate, authorizationFor, EMPTY_PAYLOAD_SHA256, uriEncode } from "./sigv4.js";

export interface S3Settings {
  /** `https://s3.eu-west-1.amazonaws.com`, `http://minio:9000`… */
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Put before every object name, e.g. `orrery/`; empty for none. */
  readonly prefix: string;
  /** `endpoint/bucket/key` (MinIO and most self-hosted stores) rather than `bucket.endpoint/key`. */
  readonly pathStyle: boolean;
}

/**
 * Blobs as objects of an S3-compatible bucket, signed with SigV4 over plain node:http(s):
 * a PUT streams the file with its length and SHA-256 (which S3 checks), a GET streams it back.
 */
export function s3BlobStore(settings: S3Settings, now: () => Date = () => new Date()): BlobStore {
  const endpoint = new URL(settings.endpoint);
  const keys = {
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: "s3",
  };
  const urlOf = (ref: BlobRef) => {
    const object = uriEncode(`${settings.prefix}${blobPath(ref)}`, true);
    const base = endpoint.pathname.replace(/\/$/, "");
    const url = new URL(endpoint.origin);
    if (settings.pathStyle) url.pathname = `${base}/${uriEncode(settings.bucket, false)}/${object}`;
    else {
      url.hostname = `${settings.bucket}.${endpoint.hostname}`;
      url.pathname = `${base}/${object}`;
    }
    return url;
  };

  function send(
    method: "PUT" | "GET" | "DELETE",
    url: URL,
    payload: { body: Readable; sizeBytes: number; sha256: string } | null,
  ): Promise<IncomingMessage> {
    const at = now();
    const headers: Record<string, string> = {
      host: url.host,
      "x-amz-content-sha256": payload?.sha256 ?? EMPTY_PAYLOAD_SHA256,
      "x-amz-date": amzDate(at),
      ...(payload
        ? {
            "content-length": String(payload.sizeBytes),
            "content-type": "application/octet-stream",
          }
        : {}),
    };
    const authorization = authorizationFor(
      { method, url, headers, payloadHash: headers["x-amz-content-sha256"] ?? "" },
      keys,
      at,
    );
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { method, headers: { ...headers, authorization } }, resolve);
      outgoing.once("error", reject);
      if (payload) {
        payload.body.once("error", (error) => outgoing.destroy(error));
        payload.body.pipe(outgoing);
      } else outgoing.end();
    });
  }

  async function failure(response: IncomingMessage, what: string): Promise<Error> {
    let text = "";
    for await (const chunk of response) text += String(chunk);
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? "no error code";
    return new Error(`S3 ${what} answered ${response.statusCode} (${code})`);
  }

  return {
    description: `S3 bucket ${settings.bucket} at ${endpoint.origin}`,
    async put(ref, content) {
      const response = await send("PUT", urlOf(ref), content);
      if (response.statusCode !== 200) throw await failure(response, `PUT ${blobPath(ref)}`);
      response.resume();
    },
    async get(ref) {
      const response = await send("GET", urlOf(ref), null);
      if (response.statusCode === 404) {
        response.resume();
        throw new BlobMissing(ref);
      }
      if (response.statusCode !== 200) throw await failure(response, `GET ${blobPath(ref)}`);
      return response;
    },
    async delete(ref) {
      const response = await send("DELETE", urlOf(ref), null);
      const status = response.statusCode ?? 0;
      if (status !== 204 && status !== 200 && status !== 404)
        throw await failure(response, `DELETE ${blobPath(ref)}`);
      response.resume();
    },
  };
}
