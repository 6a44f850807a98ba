import { randomUUID } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { z } from "zod";

/**
 * The embedded store is a set of files that only one process may open: a second PGlite on the
 * same folder would corrupt it. The lock is a small JSON file naming its holder. It is created
 * with link(2), which fails atomically when the file exists, so the file is never seen half
 * written. A lock left by a dead process on this host is taken over.
 */
const Holder = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  nonce: z.string(),
});
export type LockHolder = z.infer<typeof Holder>;

export class DataDirLocked extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    const sameHost = holder.host === hostname();
    super(
      `the data directory is in use by process ${holder.pid} on ${holder.host} since ${holder.since}` +
        (sameHost
          ? "; stop that process first, or point ORRERY_DATA_DIR elsewhere"
          : `; if no Orrery process runs on ${holder.host} any more, delete ${lockPath}`),
    );
    this.name = "DataDirLocked";
  }
}

export interface DataDirLock {
  readonly holder: LockHolder;
  release(): void;
}

/** Locks this process holds: a second store on the same folder in one process is refused too. */
const heldHere = new Map<string, LockHolder>();

export function acquireDataDirLock(lockPath: string): DataDirLock {
  const ours = heldHere.get(lockPath);
  if (ours) throw new DataDirLocked(lockPath, ours);
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    nonce: randomUUID(),
  };
  const draft = `${lockPath}.${holder.nonce}.new`;
  writeFileSync(draft, JSON.stringify(holder), { mode: 0o600 });
  try {
    // Each round either takes the lock, takes over a stale one and retries, or throws.
    for (let round = 0; round < 5; round++) {
      try {
        linkSync(draft, lockPath);
        heldHere.set(lockPath, holder);
        return {
          holder,
          release: () => {
            heldHere.delete(lockPath);
            releaseIfOurs(lockPath, holder.nonce);
          },
        };
      } catch (error) {
        if (!isCode(error, "EEXIST")) throw error;
      }
      const current = readHolder(lockPath);
      if (current === "missing") continue;
      if (current !== "unreadable" && !isStale(current)) throw new DataDirLocked(lockPath, current);
      takeOver(lockPath, current === "unreadable" ? null : current.nonce);
    }
    throw new Error(`could not take the lock ${lockPath}: it changed hands repeatedly`);
  } finally {
    unlinkSync(draft);
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  // In a container the new process often has the pid of the dead one (pid 1): a lock naming our
  // own pid cannot be ours, as we have not taken it yet.
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return isCode(error, "ESRCH");
  }
}

/**
 * Moves the stale lock aside under a private name, then checks that what moved is the lock we
 * judged stale. If another process replaced it in between, its lock is put back.
 */
function takeOver(lockPath: string, staleNonce: string | null): void {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (isCode(error, "ENOENT")) return;
    throw error;
  }
  const moved = readHolder(aside);
  const wasStale =
    moved === "unreadable"
      ? staleNonce === null
      : moved !== "missing" && moved.nonce === staleNonce;
  if (!wasStale) {
    try {
      linkSync(aside, lockPath);
    } catch (error) {
      if (!isCode(error, "EEXIST")) throw error;
    }
  }
  unlinkSync(aside);
}

function readHolder(path: string): LockHolder | "missing" | "unreadable" {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT")) return "missing";
    throw error;
  }
  try {
    const parsed = Holder.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}

function releaseIfOurs(lockPath: string, nonce: string): void {
  const current = readHolder(lockPath);
  if (current !== "missing" && current !== "unreadable" && current.nonce === nonce) {
    unlinkSync(lockPath);
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}
