import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobMissing, type BlobRef, type BlobStore, blobPath } from "./blob-store.js";

/**
 * Blobs as files under a folder of the data directory (`<dataDir>/documents/<org>/<key>`).
 * A blob is written to a temporary file beside the others, flushed to disk, then renamed into
 * place: a crash leaves either no blob or the whole one, never half a file under its name.
 */
export function fileBlobStore(root: string): BlobStore {
  const pathOf = (ref: BlobRef) => join(root, blobPath(ref));
  const temporary = join(root, ".incoming");
  return {
    description: `files in ${root}`,
    async put(ref, content) {
      const target = pathOf(ref);
      await mkdir(dirname(target), { recursive: true });
      await mkdir(temporary, { recursive: true });
      const draft = join(temporary, randomUUID());
      try {
        await pipeline(content.body, createWriteStream(draft, { flags: "wx" }));
        const handle = await open(draft, "r+");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(draft, target);
      } catch (error) {
        await rm(draft, { force: true });
        throw error;
      }
    },
    async get(ref) {
      const stream = createReadStream(pathOf(ref));
      // Opening fails asynchronously; wait for it so a missing blob rejects here, not mid-reply.
      return new Promise<Readable>((resolve, reject) => {
        stream.once("open", () => resolve(stream));
        stream.once("error", (error: NodeJS.ErrnoException) =>
          reject(error.code === "ENOENT" ? new BlobMissing(ref) : error),
        );
      });
    },
    async delete(ref) {
      await rm(pathOf(ref), { force: true });
    },
  };
}
