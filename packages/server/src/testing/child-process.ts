import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CHILD_SERVER = join(dirname(fileURLToPath(import.meta.url)), "child-server.ts");

/** A server in its own process (from source, via tsx), for crash and locking tests. */
export function spawnServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--conditions=source", "--import", "tsx", CHILD_SERVER], {
    env: { ...process.env, ORRERY_LOG_LEVEL: "silent", ORRERY_HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves with the URL once the child prints `ready <url>`; rejects if it exits first. */
export function whenReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\S+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off("data", onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

/** Waits for the child to be gone (after a kill). */
export function whenExited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
