import type { Readable } from "node:stream";

/**
 * Where document bytes live: the data directory (embedded store), PostgreSQL, or an
 * S3-compatible bucket. Blobs are written once under a fresh key and never changed, so a
 * store needs no locking; each is named by its organisation and a key.
 */
export interface BlobRef {
  readonly orgId: string;
  /** Letters, digits, `-`, `_` and `/` only (checked by `blobPath`). */
  readonly key: string;
}

/** The bytes to store, with what the caller already knows of them. */
export interface BlobContent {
  readonly body: Readable;
  readonly sizeBytes: number;
  /** Hex SHA-256 of the bytes; S3 signs with it, and it is checked on the way in. */
  readonly sha256: string;
}

export interface BlobStore {
  /** For logs and the operations page; never contains a secret. */
  readonly description: string;
  put(ref: BlobRef, content: BlobContent): Promise<void>;
  /** The bytes as a stream; rejects when the blob does not exist. */
  get(ref: BlobRef): Promise<Readable>;
  /** Removes the blob; removing one that does not exist is not an error. */
  delete(ref: BlobRef): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/**
 * `<orgId>/<key>`: the relative path or object name of a blob. Refuses keys that could climb
 * out of the store's folder or prefix; keys are made by the server, so this is a guard.
 */
export function blobPath(ref: BlobRef): string {
  if (!SAFE_KEY.test(ref.orgId) || !SAFE_KEY.test(ref.key))
    throw new Error(`unsafe blob key ${JSON.stringify(ref)}`);
  return `${ref.orgId}/${ref.key}`;
}

/** A blob that is not in the store (a key without bytes: data lost outside Orrery). */
export class BlobMissing extends Error {
  constructor(ref: BlobRef) {
    super(`document blob ${blobPath(ref)} is missing from the store`);
    this.name = "BlobMissing";
  }
}
