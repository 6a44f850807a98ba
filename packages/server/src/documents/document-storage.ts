import type { DocumentConfig } from "../config.js";
import type { Store } from "../store/store.js";
import type { BlobStore } from "./blob-store.js";
import { fileBlobStore } from "./file-blob-store.js";
import { postgresBlobStore } from "./postgres-blob-store.js";
import { s3BlobStore } from "./s3-blob-store.js";

/** What the document services need besides the database: the blob store and the upload rules. */
export interface DocumentStorage {
  readonly blobs: BlobStore;
  readonly maxBytes: number;
  readonly scanCommand: string | null;
}

export function openDocumentStorage(config: DocumentConfig, store: Store): DocumentStorage {
  const storage = config.storage;
  const blobs =
    storage.kind === "file"
      ? fileBlobStore(storage.dir)
      : storage.kind === "postgres"
        ? postgresBlobStore(store.db)
        : s3BlobStore(storage);
  return { blobs, maxBytes: config.maxBytes, scanCommand: config.scanCommand };
}

/** `25 MiB (26214400 bytes)`: a limit as people read it, and exactly. */
export function describeBytes(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value} ${units[unit]} (${bytes} bytes)`;
}
