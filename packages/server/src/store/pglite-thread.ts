import { Worker } from "node:worker_threads";
import { type FromPglite, isFromPglite, type ToPglite } from "./pglite-messages.js";

/** The embedded database running in its own thread; see `pglite-worker.ts`. */
export interface PgliteThread {
  /** Runs wire-protocol messages (ending in Sync or a simple Query) and answers their bytes. */
  exec(bytes: Uint8Array): Promise<Uint8Array>;
  /** Ends any transaction and forgets session state, for a new connection. */
  reset(): Promise<void>;
  /** Shuts PostgreSQL down cleanly (a checkpoint) and ends the thread. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(bytes: Uint8Array | null): void;
  reject(error: Error): void;
}

/** A new cluster's origin: the migrated template, copied through `draft` (see `copyClusterSync`). */
export interface ClusterCreation {
  readonly template: string;
  readonly draft: string;
}

/**
 * Starts PGlite on `cluster` in a worker thread; resolves once it accepts queries. With
 * `createFrom`, the thread first makes the cluster as a copy of the template, while the
 * server's thread loads the rest of the server. Compiled, the
 * worker is `pglite-worker.js` beside this file; when the tests run the TypeScript sources, it is
 * the `.ts` source behind tsx's loader, registered inside the worker because Node 20 ignores
 * `--import` in a worker's `execArgv`.
 */
export function startPgliteThread(
  cluster: string,
  createFrom: ClusterCreation | null = null,
): Promise<PgliteThread> {
  const worker = spawnWorker({ cluster, createFrom });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let stopped: Error | null = null;

  const ask = (message: ToPglite, transfer: ArrayBuffer[] = []) =>
    new Promise<Uint8Array | null>((resolve, reject) => {
      if (stopped) return reject(stopped);
      waiting.set(message.id, { resolve, reject });
      worker.postMessage(message, transfer);
    });

  const thread: PgliteThread = {
    async exec(bytes) {
      // Copied to a buffer of its own, which is then handed over: node-postgres writes from
      // Buffers that may share one pooled ArrayBuffer, which must be neither sent whole nor
      // taken away.
      const own = Uint8Array.from(bytes);
      const answer = await ask({ kind: "exec", id: nextId++, bytes: own }, [own.buffer]);
      if (answer === null) throw new Error("the embedded database answered nothing");
      return answer;
    },
    async reset() {
      await ask({ kind: "reset", id: nextId++ });
    },
    async close() {
      if (stopped) return;
      await ask({ kind: "close", id: nextId++ });
      await worker.terminate();
    },
  };

  return new Promise((resolve, reject) => {
    const stop = (error: Error) => {
      stopped ??= error;
      for (const entry of waiting.values()) entry.reject(stopped);
      waiting.clear();
      reject(stopped);
    };
    worker.on("error", stop);
    worker.on("exit", () => stop(new Error("the embedded database thread has stopped")));
    worker.on("message", (message: unknown) => {
      if (!isFromPglite(message)) return;
      handle(message);
    });
    const handle = (message: FromPglite) => {
      switch (message.kind) {
        case "ready":
          resolve(thread);
          return;
        case "failed":
          stop(new Error(`cannot open the embedded database: ${message.message}`));
          return;
        case "done":
        case "error": {
          const entry = waiting.get(message.id);
          waiting.delete(message.id);
          if (message.kind === "done") entry?.resolve(message.bytes);
          else entry?.reject(new Error(message.message));
        }
      }
    };
  });
}

function spawnWorker(workerData: { cluster: string; createFrom: ClusterCreation | null }): Worker {
  if (!import.meta.url.endsWith(".ts")) {
    return new Worker(new URL("./pglite-worker.js", import.meta.url), { workerData });
  }
  const source = JSON.stringify(new URL("./pglite-worker.ts", import.meta.url).href);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${source}); });`;
  return new Worker(boot, { eval: true, workerData });
}
