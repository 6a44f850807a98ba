import { Duplex } from "node:stream";
import type { PgliteThread } from "./pglite-thread.js";

/** Message types (the first byte) that end what PostgreSQL answers as one exchange. */
const SYNC = 0x53; // 'S': end of an extended-protocol query
const QUERY = 0x51; // 'Q': a simple query, answered whole
const FLUSH = 0x48; // 'H': send what you have
const TERMINATE = 0x58; // 'X': the client leaves

/** What node-postgres sent, cut where PostgreSQL would answer. */
export interface Batches {
  /** The startup message, if it was complete at the front (it has no type byte). */
  readonly startup: boolean;
  /** Runs of whole messages, each ending in Sync, Query or Flush. */
  readonly batches: Buffer[];
  readonly terminate: boolean;
  /** Bytes of messages not yet complete or not yet ended by one of those. */
  readonly rest: Buffer;
}

/**
 * Cuts a client's byte stream into batches PGlite can execute. The wire protocol frames every
 * message as a type byte and a big-endian length (which counts itself but not the type); the
 * first message of a connection, the startup message, has only the length.
 */
export function cutBatches(buffer: Buffer, started: boolean): Batches {
  let offset = 0;
  let startup = false;
  if (!started) {
    if (buffer.length < 4 || buffer.length < buffer.readInt32BE(0)) {
      return { startup, batches: [], terminate: false, rest: buffer };
    }
    offset = buffer.readInt32BE(0);
    startup = true;
  }
  const batches: Buffer[] = [];
  let batchStart = offset;
  let terminate = false;
  while (buffer.length - offset >= 5) {
    const type = buffer[offset];
    const end = offset + 1 + buffer.readInt32BE(offset + 1);
    if (end > buffer.length) break;
    if (type === TERMINATE) {
      terminate = true;
      batchStart = end;
    } else if (type === SYNC || type === QUERY || type === FLUSH) {
      batches.push(buffer.subarray(batchStart, end));
      batchStart = end;
    }
    offset = end;
  }
  return { startup, batches, terminate, rest: buffer.subarray(batchStart) };
}

/**
 * A connection for node-postgres (its `stream` option) that talks to PGlite in its worker
 * thread instead of a socket: the embedded store then uses the same driver, Drizzle dialect
 * and named statements as PostgreSQL does. PGlite has one session, so the pool over this has
 * one connection, and each new connection starts from a clean session.
 */
export class PgliteWire extends Duplex {
  readonly #thread: PgliteThread;
  #pending: Buffer = Buffer.alloc(0);
  #started = false;
  /** Answers in the order their requests arrived. */
  #answering: Promise<void> = Promise.resolve();

  constructor(thread: PgliteThread) {
    super();
    this.#thread = thread;
  }

  /** node-postgres "connects" its stream; there is nothing to connect to. */
  connect(): this {
    process.nextTick(() => this.emit("connect"));
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    const cut = cutBatches(
      this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]),
      this.#started,
    );
    this.#pending = cut.rest;
    if (cut.startup) {
      this.#started = true;
      this.#answer(async () => {
        await this.#thread.reset();
        return AUTHENTICATED;
      });
    }
    for (const batch of cut.batches) this.#answer(() => this.#thread.exec(batch));
    if (cut.terminate) {
      this.#answering = this.#answering.then(() => {
        this.push(null);
      });
    }
    callback();
  }

  #answer(run: () => Promise<Uint8Array>): void {
    this.#answering = this.#answering.then(async () => {
      if (this.destroyed) return;
      try {
        const bytes = await run();
        this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      } catch (error) {
        this.destroy(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }
}

/** AuthenticationOk and ReadyForQuery (idle): PGlite needs no password. */
const AUTHENTICATED = Uint8Array.from([
  0x52,
  0,
  0,
  0,
  8,
  0,
  0,
  0,
  0, // 'R', length 8, AuthenticationOk
  0x5a,
  0,
  0,
  0,
  5,
  0x49, // 'Z', length 5, 'I' (idle)
]);
