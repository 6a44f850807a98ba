import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Db } from "./database.js";
import { createPool, poolStatements } from "./pg-pool.js";
import { planOnceConnection } from "./plan-once.js";
import type { NotificationChannel, Store } from "./store.js";

export interface PostgresOptions {
  readonly url: string;
  readonly poolSize: number;
  readonly onError: (error: Error) => void;
}

/** Connects to PostgreSQL with a pool for queries and one extra connection for LISTEN. */
export async function openPostgresStore(options: PostgresOptions): Promise<Store> {
  const pool = createPool(
    { ...planOnceConnection(options.url), max: options.poolSize },
    options.onError,
  );
  const probe = await pool.connect();
  probe.release();
  const db: Db = drizzle({ client: pool });
  const notifications = listenConnection(options);
  return {
    kind: "postgres",
    db,
    statements: poolStatements(pool),
    description: `PostgreSQL at ${describeUrl(options.url)}`,
    notifications,
    async close() {
      await notifications.close();
      await pool.end();
    },
  };
}

/** `host:port/database` of a connection URL, without user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

interface ClosableChannel extends NotificationChannel {
  close(): Promise<void>;
}

/**
 * A dedicated connection for LISTEN, opened on first use. When it drops it reconnects with
 * backoff and listens again on every channel, so a database restart does not silence events.
 */
function listenConnection(options: PostgresOptions): ClosableChannel {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  const watchers = new Set<(listening: boolean) => void>();
  let current: pg.Client | null = null;
  let opening: Promise<void> | null = null;
  let closed = false;
  let retryDelay = 250;

  const open = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: options.url });
    c.on("notification", (message) => {
      const set = handlers.get(message.channel);
      if (set && message.payload !== undefined) for (const handler of set) handler(message.payload);
    });
    c.on("error", (error) => {
      options.onError(error);
      lost(c);
    });
    c.on("end", () => lost(c));
    try {
      await c.connect();
      for (const channel of handlers.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      c.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await c.end();
      return;
    }
    current = c;
    retryDelay = 250;
    for (const watcher of watchers) watcher(true);
  };

  const ensureOpen = (): Promise<void> => {
    if (current) return Promise.resolve();
    opening ??= open().finally(() => {
      opening = null;
    });
    return opening;
  };

  const lost = (c: pg.Client) => {
    if (current !== c) return;
    current = null;
    for (const watcher of watchers) watcher(false);
    c.end().catch(() => {});
    retrySoon();
  };

  const retrySoon = () => {
    if (closed) return;
    const delay = retryDelay;
    retryDelay = Math.min(retryDelay * 2, 10_000);
    setTimeout(() => {
      ensureOpen().catch((error: unknown) => {
        options.onError(error instanceof Error ? error : new Error(String(error)));
        retrySoon();
      });
    }, delay).unref();
  };

  return {
    async listen(channel, onPayload, onListening) {
      const set = handlers.get(channel) ?? new Set();
      handlers.set(channel, set);
      set.add(onPayload);
      await ensureOpen();
      // Listening twice on a channel is harmless; this covers a channel added mid-connect.
      await current?.query(`LISTEN ${quoteIdent(channel)}`);
      if (onListening) {
        watchers.add(onListening);
        onListening(current !== null);
      }
      return async () => {
        set.delete(onPayload);
        if (onListening) watchers.delete(onListening);
      };
    },
    async close() {
      closed = true;
      const c = current;
      current = null;
      if (c) await c.end().catch(() => {});
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
