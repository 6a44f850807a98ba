import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { Project } from "@orrery/contracts/projects";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readConfig } from "../config.js";
import { startServer } from "../server.js";
import { apiClient } from "../testing/api-client.js";
import { spawnServer, whenExited, whenReady } from "../testing/child-process.js";
import { freePort } from "../testing/test-server.js";
import { DataDirLocked } from "./data-dir-lock.js";
import { openEmbeddedStore } from "./embedded-store.js";
import { isMigrated } from "./migrator.js";
import { queryRows } from "./raw-query.js";

const TOKEN = `orr_${"k".repeat(40)}`;
const admin = {
  ORRERY_ADMIN_EMAIL: "crash@example.test",
  ORRERY_ADMIN_PASSWORD: "crash test password",
  ORRERY_BOOTSTRAP_TOKEN: TOKEN,
};

function hasDraft(dir: string): boolean {
  return readdirSync(dir).some((entry) => entry.startsWith("pgdata.creating-"));
}

/** Polls `condition`; once true, waits `delayMs` and sends SIGKILL (unless the child is gone). */
async function killWhen(
  child: ChildProcess,
  condition: () => boolean,
  delayMs: number,
  exited: Promise<void>,
): Promise<void> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (!gone && !condition()) await new Promise((resolve) => setTimeout(resolve, 10));
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill("SIGKILL");
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "orrery-crash-"));
}

describe("the embedded store and kill -9", () => {
  it("is absent or whole after a crash at any moment of the first start, and the next start succeeds", async () => {
    // Kill moments pinned to what the child is doing: starting up, just begun building the
    // cluster in its draft folder, deep in the build, and just renamed it into place.
    const moments: { label: string; when: (dir: string) => boolean; delayMs: number }[] = [
      { label: "starting", when: () => true, delayMs: 200 },
      { label: "draft begun", when: hasDraft, delayMs: 0 },
      { label: "draft under way", when: hasDraft, delayMs: 700 },
      { label: "cluster in place", when: (dir) => existsSync(join(dir, "pgdata")), delayMs: 0 },
    ];
    for (const moment of moments) {
      const dir = tempDir();
      try {
        const child = spawnServer({
          ORRERY_DATA_DIR: dir,
          ORRERY_PORT: String(await freePort()),
          ...admin,
        });
        const exited = whenExited(child);
        await killWhen(child, () => moment.when(dir), moment.delayMs, exited);
        await exited;
        const hadCluster = existsSync(join(dir, "pgdata"));
        const store = await openEmbeddedStore(dir);
        try {
          const why = `killed when ${moment.label}; cluster existed: ${hadCluster}`;
          expect(await isMigrated(store.db), why).toBe(true);
        } finally {
          await store.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 120_000);

  it("loses no acknowledged write when killed during steady writes", async () => {
    const dir = tempDir();
    try {
      const child = spawnServer({
        ORRERY_DATA_DIR: dir,
        ORRERY_PORT: String(await freePort()),
        ...admin,
      });
      const url = await whenReady(child);
      const client = apiClient(url, { token: TOKEN });
      const acknowledged: string[] = [];
      let serial = 0;
      const writer = async () => {
        for (;;) {
          try {
            const response = await client.post("/api/v1/orgs/my-organisation/projects", {
              key: `K${++serial}`,
              name: "Durable",
            });
            if (response.status === 201) acknowledged.push(Project.parse(response.body).id);
          } catch {
            return; // the server is gone
          }
        }
      };
      const writers = Promise.all([writer(), writer(), writer(), writer()]);
      // Killed while four writers keep requests in flight.
      await killWhen(child, () => acknowledged.length >= 40, 0, whenExited(child));
      await writers;
      await whenExited(child);
      expect(acknowledged.length).toBeGreaterThan(10);

      const store = await openEmbeddedStore(dir);
      try {
        const rows = await queryRows(
          store.db,
          sql`select id::text as id from project`,
          z.object({ id: z.string() }),
        );
        const stored = new Set(rows.map((r) => r.id));
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses a second process on the same data directory at once, naming the holder", async () => {
    const dir = tempDir();
    const child = spawnServer({
      ORRERY_DATA_DIR: dir,
      ORRERY_PORT: String(await freePort()),
      ...admin,
    });
    try {
      await whenReady(child);
      const config = readConfig(
        { ORRERY_DATA_DIR: dir, ORRERY_PORT: "0", ORRERY_LOG_LEVEL: "silent" },
        dir,
      );
      const attempt = startServer(config);
      await expect(attempt).rejects.toThrow(DataDirLocked);
      await expect(attempt).rejects.toThrow(`process ${child.pid} on ${hostname()} since`);
    } finally {
      child.kill("SIGTERM");
      await whenExited(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
