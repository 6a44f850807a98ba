import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase } from "@orrery/server/testing/test-database";
import { freePort } from "@orrery/server/testing/test-server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, assertStartBundled, runCli } from "../testing/cli-process.js";

// `orrery start` and `orrery migrate` run as users run them: the built CLI (for `start`, its
// bundle) in its own process, configured only by environment variables.

const folders: string[] = [];
const children: ChildProcess[] = [];

beforeAll(() => {
  assertCliBuilt();
  assertStartBundled();
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), "orrery-cli-"));
  folders.push(folder);
  return join(folder, "data");
}

describe("orrery migrate", () => {
  it("migrates a new embedded store, then finds it up to date", async () => {
    const env = { ORRERY_DATA_DIR: dataDir() };
    const first = await runCli(["migrate"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/up to date|applied \d+ migration/);
    const second = await runCli(["migrate"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/is up to date/);
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL with exit 2, naming the variable", async () => {
    const run = await runCli(["migrate"], { DATABASE_URL: "mysql://localhost/db" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DATABASE_URL/);
    expect(run.stderr.trim().split("\n").length).toBeLessThanOrEqual(3);
  });

  it("fails with exit 1 when the PostgreSQL server cannot be reached", async () => {
    const port = await freePort();
    const run = await runCli(["migrate"], { DATABASE_URL: `postgres://127.0.0.1:${port}/none` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^orrery: cannot open the store/);
  });

  it.skipIf(!process.env.ORRERY_TEST_DATABASE_URL)(
    "migrates an empty PostgreSQL database once",
    async () => {
      const database = await createTestDatabase(process.env.ORRERY_TEST_DATABASE_URL ?? "");
      try {
        const first = await runCli(["migrate"], { DATABASE_URL: database.url });
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toMatch(/applied \d+ migration/);
        const second = await runCli(["migrate"], { DATABASE_URL: database.url });
        expect(second.stdout).toMatch(/is up to date/);
      } finally {
        await database.drop();
      }
    },
  );
});

describe("orrery start", () => {
  it("prints the setup link on a new store, answers /readyz, and stops on SIGTERM", async () => {
    const port = await freePort();
    const child = startCli({ ORRERY_DATA_DIR: dataDir(), ORRERY_PORT: String(port) });
    const output = await outputUntil(child, /\/setup\?token=\S+/);
    const setupUrl = /(http\S+\/setup\?token=\S+)/.exec(output)?.[1];
    expect(setupUrl).toMatch(new RegExp(`^http://localhost:${port}/setup\\?token=`));
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    child.kill("SIGTERM");
    const code = await exitCodeOf(child);
    expect(code).toBe(0);
  });

  it("prints no setup link when the first administrator comes from the environment", async () => {
    const port = await freePort();
    const child = startCli({
      ORRERY_DATA_DIR: dataDir(),
      ORRERY_PORT: String(port),
      ORRERY_ADMIN_EMAIL: "ops@example.test",
      ORRERY_ADMIN_PASSWORD: "a-long-enough-password",
    });
    const output = await outputUntil(child, /Orrery is running at/);
    expect(output).not.toMatch(/setup\?token=/);
    child.kill("SIGTERM");
    expect(await exitCodeOf(child)).toBe(0);
  });

  it("refuses a bad port with exit 2, naming the variable", async () => {
    const run = await runCli(["start"], { ORRERY_PORT: "eighty", ORRERY_DATA_DIR: dataDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ORRERY_PORT/);
  });
});

function startCli(env: Record<string, string>): ChildProcess {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("ORRERY_")),
  );
  const child = spawn(process.execPath, [join("packages", "cli", "bin", "orrery.js"), "start"], {
    env: { ...base, ORRERY_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

/** Everything the process printed, once its standard output matches `pattern`. */
function outputUntil(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
      if (pattern.test(output)) resolve(output);
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.once("exit", (code) => reject(new Error(`orrery start exited (${code}):\n${output}`)));
  });
}

function exitCodeOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}
