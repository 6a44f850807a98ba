import type { Db } from "./database.js";
import type { StatementRunner } from "./statements.js";

/**
 * An open database, embedded or PostgreSQL, as the rest of the server sees it. Only PostgreSQL
 * can carry notifications between processes; the embedded store has one process by design.
 */
export interface Store {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  /** The hot paths' named statements, outside any transaction. */
  readonly statements: StatementRunner;
  /** Where the data lives, for logs and errors; never contains a password. */
  readonly description: string;
  readonly notifications: NotificationChannel | null;
  close(): Promise<void>;
}

/** PostgreSQL LISTEN/NOTIFY on one dedicated connection that reconnects by itself. */
export interface NotificationChannel {
  /**
   * Calls `onPayload` with each notification on `channel`. `onListening` hears `false` when
   * the connection drops (notifications sent meanwhile are lost) and `true` once it listens
   * again.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onListening?: (listening: boolean) => void,
  ): Promise<() => Promise<void>>;
}
