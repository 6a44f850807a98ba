import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Versioned resources carry `ETag: "<version>"`; writers send it back as `If-Match` and a stale
 * one is refused with 412 by the service (the version is checked in the UPDATE itself).
 */
export function setETag(reply: FastifyReply, version: number): void {
  reply.header("etag", `"${version}"`);
}

/**
 * The version an `If-Match` header asks for, or null when absent or `*` (no precondition).
 * A tag that is not one of ours gives 0: no version is 0, so the write is refused as stale.
 */
export function expectedVersion(request: FastifyRequest): number | null {
  const header = request.headers["if-match"];
  if (header === undefined || header.trim() === "*") return null;
  // Several tags are allowed by RFC 9110; ours are single versions, so the first decides.
  const first = header.split(",")[0] ?? "";
  const version = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(first)?.[1];
  return version === undefined ? 0 : Number(version);
}
