import type { Store } from "@orrery/server/store/store";
import type { Command } from "commander";
import { failure } from "../cli-error.js";
import { configFromEnvironment } from "./start.js";

/**
 * `orrery migrate`: brings the store (DATABASE_URL, or the embedded one in ORRERY_DATA_DIR) up
 * to this version's schema and exits. Safe while other nodes run or migrate: the migrator takes
 * an advisory lock. The server also migrates at start; this is for deploy pipelines.
 */
export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (DATABASE_URL or the embedded store) and exit")
    .action(async () => {
      const config = configFromEnvironment();
      // Loaded on demand so that commands other than migrate/start never pay for the server.
      const [{ openEmbeddedStore }, { migrate }, { openPostgresStore }] = await Promise.all([
        import("@orrery/server/store/embedded-store"),
        import("@orrery/server/store/migrator"),
        import("@orrery/server/store/postgres-store"),
      ]);
      let store: Store;
      try {
        store =
          config.store.kind === "postgres"
            ? await openPostgresStore({ url: config.store.url, poolSize: 1, onError: () => {} })
            : await openEmbeddedStore(config.store.dataDir);
      } catch (error) {
        throw failure(
          `cannot open the store: ${error instanceof Error ? error.message : String(error)}`,
          {
            cause: error,
          },
        );
      }
      try {
        const report = await migrate(store.db);
        process.stdout.write(
          report.applied.length === 0
            ? `${store.description} is up to date\n`
            : `applied ${report.applied.length} migration(s) to ${store.description}: ${report.applied.join(", ")}\n`,
        );
        if (report.unknown.length > 0) {
          process.stdout.write(
            `note: the store also has migrations this version does not know: ${report.unknown.join(", ")}\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
