import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { org } from "../store/schema/org-tables.js";
import type { Store } from "../store/store.js";
import { testDrivers } from "../testing/test-database.js";
import { BlobMissing, type BlobRef, type BlobStore } from "./blob-store.js";
import { fileBlobStore } from "./file-blob-store.js";
import { BLOB_CHUNK_BYTES, postgresBlobStore } from "./postgres-blob-store.js";
import { s3BlobStore } from "./s3-blob-store.js";

// One suite for every blob store, as Hono's router tests cover every router: the data
// directory, PostgreSQL (on PGlite, and on PostgreSQL when ORRERY_TEST_DATABASE_URL is set)
// and S3 (a real local S3-compatible server, s3rver; it does not verify SigV4 signatures,
// which sigv4.test.ts checks against AWS's published examples).

interface Subject {
  readonly name: string;
  open(): Promise<{ blobs: BlobStore; close(): Promise<void> }>;
}

const subjects: Subject[] = [
  {
    name: "file",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "orrery-blobs-"));
      return {
        blobs: fileBlobStore(join(dir, "documents")),
        async close() {
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  ...testDrivers().map(
    (driver): Subject => ({
      name: `postgres on ${driver.name}`,
      async open() {
        const store: Store = await driver.open();
        // Chunks belong to an organisation (and go with it).
        await store.db.insert(org).values({ id: ORG, slug: "blobs", name: "Blobs" });
        return { blobs: postgresBlobStore(store.db), close: () => store.close() };
      },
    }),
  ),
  {
    name: "s3",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "orrery-s3-"));
      const s3 = new S3rver({
        address: "127.0.0.1",
        port: 0,
        silent: true,
        directory: dir,
        configureBuckets: [{ name: "orrery-docs", configs: [] }],
      });
      const { port } = await s3.run();
      return {
        blobs: s3BlobStore({
          endpoint: `http://127.0.0.1:${port}`,
          bucket: "orrery-docs",
          region: "us-east-1",
          accessKeyId: "S3RVER",
          secretAccessKey: "S3RVER",
          prefix: "orrery/",
          pathStyle: true,
        }),
        async close() {
          await s3.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

const ORG = "0b6f6a52-6a9e-4c55-a8b4-3f2f1e0d9c11";

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function contentOf(bytes: Buffer) {
  return {
    body: Readable.from([bytes]),
    sizeBytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

describe.each(subjects)("$name blob store", (subject) => {
  let blobs: BlobStore;
  let close: () => Promise<void>;
  const ref = (): BlobRef => ({ orgId: ORG, key: `documents/${randomUUID()}` });

  beforeAll(async () => {
    ({ blobs, close } = await subject.open());
  }, 60_000);
  afterAll(async () => {
    await close?.();
  });

  it("gives back the bytes it was given, across several chunks", async () => {
    const bytes = randomBytes(2 * BLOB_CHUNK_BYTES + 12_345);
    const at = ref();
    await blobs.put(at, contentOf(bytes));
    expect((await bytesOf(await blobs.get(at))).equals(bytes)).toBe(true);
  });

  it("keeps an empty file", async () => {
    const at = ref();
    await blobs.put(at, contentOf(Buffer.alloc(0)));
    expect(await bytesOf(await blobs.get(at))).toHaveLength(0);
  });

  it("forgets a deleted blob, and deleting it again is no error", async () => {
    const at = ref();
    await blobs.put(at, contentOf(Buffer.from("doomed")));
    await blobs.delete(at);
    await expect(blobs.get(at)).rejects.toBeInstanceOf(BlobMissing);
    await expect(blobs.delete(at)).resolves.toBeUndefined();
  });

  it("keeps organisations apart under the same key", async () => {
    const key = `documents/${randomUUID()}`;
    await blobs.put({ orgId: ORG, key }, contentOf(Buffer.from("ours")));
    await expect(
      blobs.get({ orgId: "7d0c2b4e-1111-4a2b-9c3d-000000000000", key }),
    ).rejects.toBeInstanceOf(BlobMissing);
  });

  it("refuses keys that could leave the store's folder", async () => {
    await expect(
      blobs.put({ orgId: ORG, key: "../escape" }, contentOf(Buffer.from("x"))),
    ).rejects.toThrow(/unsafe blob key/);
  });
});

describe("file blob store", () => {
  it("leaves no half-written file behind when the upload stream fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "orrery-blobs-"));
    try {
      const blobs = fileBlobStore(dir);
      const at = { orgId: ORG, key: "documents/broken" };
      const failing = new Readable({
        read() {
          this.push(Buffer.from("partial"));
          this.destroy(new Error("connection reset"));
        },
      });
      await expect(blobs.put(at, { body: failing, sizeBytes: 100, sha256: "" })).rejects.toThrow(
        "connection reset",
      );
      await expect(blobs.get(at)).rejects.toBeInstanceOf(BlobMissing);
      expect(readdirSync(join(dir, ".incoming"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
