import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syncDirectory } from "./cluster-copy.js";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.js";
import { builtTemplate } from "./pglite-template-path.js";
import { type ClusterCreation, startPgliteThread } from "./pglite-thread.js";
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
): { readonly isNew: boolean; open(): Promise<Store>; release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(join(dataDir, "orrery.lock"));
  const isNew = !hasCluster(dataDir);
  return {
    isNew,
    async open() {
      try {
        return await openLocked(dataDir, lock, onError, isNew);
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
 * Opens the locked store, creating it on first start: the database thread copies the migrated
 * template into a sibling folder and renames it into place, so a crash at any moment leaves no
 * cluster or a whole one; leftovers of an interrupted creation are swept first.
 */
async function openLocked(
  dataDir: string,
  lock: DataDirLock,
  onError: (error: Error) => void,
  isNew: boolean,
): Promise<Store> {
  sweepUnfinishedCreations(dataDir);
  const cluster = join(dataDir, CLUSTER);
  const createFrom = isNew ? await prepareCreation(dataDir, cluster) : null;
  return openThread(
    cluster,
    `embedded store in ${dataDir}`,
    onError,
    () => lock.release(),
    createFrom,
  );
}

/**
 * A throwaway store for tests: a copy of the migrated template in a temporary folder, deleted
 * again on close.
 */
export async function openThrowawayStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "orrery-store-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  try {
    const template = builtTemplate() ?? (await buildTemplate());
    const createFrom = { template, draft: join(dir, draftName()) };
    return await openThread(join(dir, CLUSTER), "throwaway store", () => {}, removeDir, createFrom);
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
  createFrom: ClusterCreation | null,
): Promise<Store> {
  const starting = startPgliteThread(cluster, createFrom);
  starting.catch(() => {});
  const { pgliteStore } = await import("./pglite-store.js");
  return pgliteStore(await starting, description, onError, afterClose);
}

/**
 * How a new cluster is made: copied from the template by the database thread, or, where no
 * template can be kept (a read-only install), built here from scratch and renamed into place.
 */
async function prepareCreation(dataDir: string, cluster: string): Promise<ClusterCreation | null> {
  const draft = join(dataDir, draftName());
  let template = builtTemplate();
  if (template === null) {
    try {
      template = await buildTemplate();
    } catch {
      // No writable template cache: this one cluster is built without it.
    }
  }
  if (template !== null) return { template, draft };
  // Only a first start without a template needs PGlite in this thread: loaded on demand.
  const { buildMigratedCluster } = await import("./pglite-template.js");
  await buildMigratedCluster(draft);
  renameSync(draft, cluster);
  syncDirectory(dataDir);
  return null;
}

async function buildTemplate(): Promise<string> {
  const { ensureStoreTemplate } = await import("./pglite-template.js");
  return ensureStoreTemplate();
}

function hasCluster(dataDir: string): boolean {
  return existsSync(join(dataDir, CLUSTER, "PG_VERSION"));
}

function draftName(): string {
  return `${CREATING}${process.pid}-${randomUUID()}`;
}

function sweepUnfinishedCreations(dataDir: string): void {
  for (const entry of readdirSync(dataDir)) {
    if (entry.startsWith(CREATING)) rmSync(join(dataDir, entry), { recursive: true, force: true });
  }
}
