import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { documentBlobChunk } from "../store/schema/document-tables.js";
import { BlobMissing, type BlobRef, type BlobStore, blobPath } from "./blob-store.js";

/** Rows of at most this many bytes: a download holds one chunk in memory at a time. */
export const BLOB_CHUNK_BYTES = 1024 * 1024;

/**
 * Blobs in the database itself (`document_blob_chunk`), the default with PostgreSQL: one
 * backup holds everything and every app node sees every blob. A blob is written in one
 * transaction, so it is either whole or absent.
 */
export function postgresBlobStore(db: Db): BlobStore {
  const where = (ref: BlobRef) =>
    and(eq(documentBlobChunk.orgId, ref.orgId), eq(documentBlobChunk.blobKey, ref.key));
  return {
    description: "PostgreSQL table document_blob_chunk",
    async put(ref, content) {
      blobPath(ref);
      await db.transaction(async (tx) => {
        await tx.delete(documentBlobChunk).where(where(ref));
        let chunk = 0;
        for await (const piece of chunksOf(content.body)) {
          await tx
            .insert(documentBlobChunk)
            .values({ orgId: ref.orgId, blobKey: ref.key, chunk: chunk++, bytes: piece });
        }
      });
    },
    async get(ref) {
      const first = await readChunk(db, ref, 0);
      if (first === null) throw new BlobMissing(ref);
      async function* rest() {
        yield first;
        for (let chunk = 1; ; chunk++) {
          const bytes = await readChunk(db, ref, chunk);
          if (bytes === null) return;
          yield bytes;
        }
      }
      return Readable.from(rest(), { objectMode: false });
    },
    async delete(ref) {
      await db.delete(documentBlobChunk).where(where(ref));
    },
  };
}

async function readChunk(db: Db, ref: BlobRef, chunk: number): Promise<Buffer | null> {
  const [row] = await db
    .select({ bytes: documentBlobChunk.bytes })
    .from(documentBlobChunk)
    .where(
      and(
        eq(documentBlobChunk.orgId, ref.orgId),
        eq(documentBlobChunk.blobKey, ref.key),
        eq(documentBlobChunk.chunk, chunk),
      ),
    );
  return row ? Buffer.from(row.bytes) : null;
}

/** The stream regrouped into chunks of exactly `BLOB_CHUNK_BYTES` (the last shorter, maybe empty). */
async function* chunksOf(body: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  let yielded = 0;
  for await (const data of body) {
    let piece = Buffer.isBuffer(data) ? data : Buffer.from(data);
    while (size + piece.length >= BLOB_CHUNK_BYTES) {
      const take = BLOB_CHUNK_BYTES - size;
      yield Buffer.concat([...pending, piece.subarray(0, take)]);
      yielded++;
      piece = piece.subarray(take);
      pending = [];
      size = 0;
    }
    if (piece.length > 0) {
      pending.push(piece);
      size += piece.length;
    }
  }
  // An empty blob still has its one (empty) chunk, so it exists.
  if (size > 0 || yielded === 0) yield Buffer.concat(pending);
}
