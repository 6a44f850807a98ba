import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { copyClusterSync } from "./cluster-copy.js";
import { type FromPglite, isToPglite } from "./pglite-messages.js";
import { PLAN_ONCE } from "./plan-once.js";

/**
 * The embedded PostgreSQL in a thread of its own (started by `pglite-thread.ts`). The server's
 * thread sends it PostgreSQL wire-protocol bytes, as node-postgres writes them, and gets the
 * answer bytes back. PGlite runs PostgreSQL in WebAssembly on whichever thread calls it; here
 * that is not the thread serving HTTP, so the two use both cores, and PGlite's start (about a
 * second) overlaps the server loading its modules.
 */
async function serve(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error("pglite-worker runs as a worker thread");
  const { cluster, createFrom } = readWorkerData(workerData);
  const send = (message: FromPglite, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);

  let db: PGlite;
  try {
    if (createFrom) copyClusterSync(createFrom.template, createFrom.draft, cluster);
    db = await PGlite.create(cluster, {
      // PostgreSQL's 128 MB of shared buffers is sized for a server of its own; an embedded
      // store's working set is far smaller (the OS caches the files underneath anyway), and
      // clearing 128 MB of WebAssembly memory took a fifth of a second of every start.
      // The session default survives the `discard all` of each new connection; see PLAN_ONCE.
      startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB", ...PLAN_ONCE],
    });
  } catch (error) {
    send({ kind: "failed", message: messageOf(error) });
    port.close();
    return;
  }
  send({ kind: "ready" });

  // One request at a time, in order: PostgreSQL has a single session here.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (message: unknown) => {
    if (!isToPglite(message)) return;
    queue = queue.then(async () => {
      try {
        switch (message.kind) {
          case "exec": {
            const answer = await execute(db, message.bytes);
            send({ kind: "done", id: message.id, bytes: answer }, [answer.buffer]);
            return;
          }
          case "reset":
            // A new connection must not inherit an open transaction or the last one's state.
            await db.exec("rollback");
            await db.exec("discard all");
            send({ kind: "done", id: message.id, bytes: null });
            return;
          case "close":
            await db.close();
            send({ kind: "done", id: message.id, bytes: null });
            port.close();
            return;
        }
      } catch (error) {
        send({ kind: "error", id: message.id, message: messageOf(error) });
      }
    });
  });
}

/**
 * Runs wire-protocol messages and answers PostgreSQL's bytes. Not `execProtocolRaw`: PGlite
 * 0.5 also parses every answer it returns that way and keeps the parsed messages for good
 * (about 10 kB per project list, hundreds of MiB under load), which the streaming form does not.
 */
async function execute(db: PGlite, bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  // Copies: each chunk is a view into PGlite's memory, which the next query reuses.
  await db.execProtocolRawStream(bytes, { onRawData: (chunk) => chunks.push(chunk.slice()) });
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const answer = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    answer.set(chunk, offset);
    offset += chunk.length;
  }
  return answer;
}

/** What `pglite-thread.ts` passes: the cluster, and the template to copy it from if it is new. */
function readWorkerData(data: unknown): {
  cluster: string;
  createFrom: { template: string; draft: string } | null;
} {
  const cluster: unknown = Reflect.get(Object(data), "cluster");
  const createFrom: unknown = Reflect.get(Object(data), "createFrom");
  if (typeof cluster !== "string") throw new Error("pglite-worker needs workerData.cluster");
  if (createFrom === null) return { cluster, createFrom };
  const template: unknown = Reflect.get(Object(createFrom), "template");
  const draft: unknown = Reflect.get(Object(createFrom), "draft");
  if (typeof template !== "string" || typeof draft !== "string") {
    throw new Error("pglite-worker needs workerData.createFrom to name a template and a draft");
  }
  return { cluster, createFrom: { template, draft } };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await serve();
