import type { FastifyInstance } from "fastify";
import type { RouteEntry } from "./app.js";
import type { Config } from "./config.js";
import { lockEmbeddedStore } from "./store/embedded-store.js";
import type { Store } from "./store/store.js";

export interface RunningServer {
  /** Where this process listens, e.g. `http://127.0.0.1:4280`. */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly routes: readonly RouteEntry[];
  /** Resolves once the store is open, migrated and bootstrapped (when /readyz turns 200). */
  readonly ready: Promise<ReadyState>;
  close(): Promise<void>;
}

export interface ReadyState {
  readonly store: Store;
  /** The one-time setup link, while nobody has an account yet. Print it; never log it. */
  readonly setupUrl: string | null;
  readonly migrationsApplied: readonly string[];
}

export interface StartOptions {
  /** Where log lines go; standard output when absent. */
  readonly logStream?: NodeJS.WritableStream;
}

/** The embedded store, locked and on its way open while the server loads. */
export interface EmbeddedStoreOpening {
  readonly store: Promise<Store>;
  /** The store is being created, so nobody has an account in it yet. */
  readonly isNew: boolean;
  /** Where errors of the store's connection go once there is a log; dropped until then. */
  reportErrorsTo(report: (error: Error) => void): void;
  release(): void;
}

/**
 * Starts Orrery. With the embedded store it first takes the store's lock (failing at once if
 * another process holds it) and starts the database in its thread; only then does it load the
 * rest of the server (HTTP, routes, services: about half a second of modules), so the two
 * happen at the same time. Then see `startNode`.
 */
export async function startServer(
  config: Config,
  options: StartOptions = {},
): Promise<RunningServer> {
  let report: (error: Error) => void = () => {};
  const locked =
    config.store.kind === "pglite"
      ? lockEmbeddedStore(config.store.dataDir, (error) => report(error))
      : null;
  const embedded: EmbeddedStoreOpening | null = locked && {
    store: locked.open(),
    isNew: locked.isNew,
    reportErrorsTo(next) {
      report = next;
    },
    release: () => locked.release(),
  };
  // Callers hear of a failure through `ready`; this only keeps it from being unhandled meanwhile.
  embedded?.store.catch(() => {});
  try {
    const { startNode } = await import("./start-node.js");
    return await startNode(config, options, embedded);
  } catch (error) {
    await embedded?.store.then(
      (store) => store.close(),
      () => {},
    );
    throw error;
  }
}
