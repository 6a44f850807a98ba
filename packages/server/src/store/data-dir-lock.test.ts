import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLocked } from "./data-dir-lock.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "orrery-lock-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("the data directory lock", () => {
  it("refuses a second holder and names the first", () => {
    const path = join(dir, "orrery.lock");
    const first = acquireDataDirLock(path);
    try {
      expect(() => acquireDataDirLock(path)).toThrow(DataDirLocked);
      expect(() => acquireDataDirLock(path)).toThrow(
        new RegExp(`process ${process.pid} on ${hostname()} since`),
      );
    } finally {
      first.release();
    }
    acquireDataDirLock(path).release();
  });

  it("takes over a lock left by a process that died", () => {
    const path = join(dir, "orrery.lock");
    writeFileSync(
      path,
      JSON.stringify({
        pid: deadPid(),
        host: hostname(),
        since: "2026-01-01T00:00:00Z",
        nonce: "old",
      }),
    );
    const lock = acquireDataDirLock(path);
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it("leaves a lock of another host alone and says how to clear it", () => {
    const path = join(dir, "orrery.lock");
    writeFileSync(
      path,
      JSON.stringify({ pid: 1, host: "elsewhere", since: "2026-01-01T00:00:00Z", nonce: "x" }),
    );
    expect(() => acquireDataDirLock(path)).toThrow(/on elsewhere .*delete/);
  });
});
