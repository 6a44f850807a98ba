import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/**
 * The built `orrery` entry; tests run it as users do (`npx tsc -b packages/cli` first, and for
 * `orrery start`, which runs from the bundle, `npm run bundle -w @orrery/cli`).
 */
const BIN = join(PACKAGE_ROOT, "bin", "orrery.js");

/** Fails with a clear message when the CLI has not been built. */
export function assertCliBuilt(): void {
  if (!existsSync(join(PACKAGE_ROOT, "dist", "main.js"))) {
    throw new Error(
      "packages/cli/dist is missing: run `npx tsc -b packages/cli` (npm test builds first)",
    );
  }
}

/** Fails with a clear message when the bundle `orrery start` runs has not been made. */
export function assertStartBundled(): void {
  if (!existsSync(join(PACKAGE_ROOT, "dist", "bundle", "orrery.js"))) {
    throw new Error(
      "packages/cli/dist/bundle is missing: run `npm run bundle -w @orrery/cli` after " +
        "`npx tsc -b` (npm test builds both first)",
    );
  }
}

/** What one run of the CLI did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `orrery ARGS` in a child process with `env` on top of this process's environment minus
 * every `ORRERY_*` variable (so a developer's own settings never leak into a test). Stdin is
 * not a terminal, as in scripts and CI.
 */
export function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  timeoutMs = 60_000,
): Promise<CliRun> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("ORRERY_")),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...base, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
