import { randomUUID } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import { startPgliteThread } from "./pglite-thread.js";
import type { Store } from "./store.js";

const CLUSTER = "pgdata";
const CREATING = `${CLUSTER}.creating-`;

/**
 * Locks `dataDir` for this process, at once, so a second process fails before it does anything
 * else. The store is opened afterwards with `open()`; `onError` hears about a broken
 * connection to the database thread.
 */
export function lockEmbeddedStore(
  dataDir: string,
  onError: (error: Error) => void = () => {},
): { open(): Promise<Store>; release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(join(dataDir, "orrery.lock"));
  return {
    async open() {
      try {
        return await openLocked(dataDir, lock, onError);
      } catch (error) {
        lock.release();
        throw error;
      }
    },
    release: () => lock.release(),
  };
}

/** Locks and opens in one step. */
export function openEmbeddedStore(dataDir: string): Promise<Store> {
  return lockEmbeddedStore(dataDir).open();
}

/**
 * Opens the locked store, creating it on first start. A new cluster is built and migrated in a
 * sibling folder and renamed into place, so a crash at any moment leaves no cluster or a whole
 * one; leftovers of an interrupted creation are swept first.
 */
async function openLocked(
  dataDir: string,
  lock: DataDirLock,
  onError: (error: Error) => void,
): Promise<Store> {
  sweepUnfinishedCreations(dataDir);
  const cluster = join(dataDir, CLUSTER);
  if (!existsSync(join(cluster, "PG_VERSION"))) await createCluster(dataDir, cluster);
  return openThread(cluster, `embedded store in ${dataDir}`, onError, () => lock.release());
}

/**
 * A throwaway store for tests: a copy of the migrated template in a temporary folder, deleted
 * again on close.
 */
export async function openThrowawayStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "orrery-store-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    const { ensureStoreTemplate } = await import("./pglite-template.js");
    await cp(await ensureStoreTemplate(), join(dir, CLUSTER), { recursive: true });
    return await openThread(join(dir, CLUSTER), "throwaway store", () => {}, removeDir);
  } catch (error) {
    removeDir();
    throw error;
  }
}

/**
 * Starts the database thread first, then loads the driver while it starts up: the thread is
 * what takes long, and it runs on another core.
 */
async function openThread(
  cluster: string,
  description: string,
  onError: (error: Error) => void,
  afterClose: () => void,
): Promise<Store> {
  const starting = startPgliteThread(cluster);
  starting.catch(() => {});
  const { pgliteStore } = await import("./pglite-store.js");
  return pgliteStore(await starting, description, onError, afterClose);
}

async function createCluster(dataDir: string, cluster: string): Promise<void> {
  const draft = join(dataDir, `${CREATING}${process.pid}-${randomUUID()}`);
  // Only a first start needs these (and in-process PGlite with them): loaded on demand.
  const { buildMigratedCluster, ensureStoreTemplate } = await import("./pglite-template.js");
  let template: string | null = null;
  try {
    template = await ensureStoreTemplate();
  } catch {
    // No writable template cache (a read-only install): build this one cluster from scratch.
  }
  // Copied off the main thread, which meanwhile loads the rest of the server.
  if (template) await cp(template, draft, { recursive: true });
  else await buildMigratedCluster(draft);
  renameSync(draft, cluster);
  syncDirectory(dataDir);
}

function sweepUnfinishedCreations(dataDir: string): void {
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith(CREATING)) rmSync(join(dataDir, entry), { recursive: true, force: true });
  }
}

/** Makes the rename itself durable: the directory entry is flushed, not only the files. */
function syncDirectory(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
