import { ConfigError, readConfig } from "@orrery/server/config";
import type { RunningServer } from "@orrery/server/server";
import type { Command } from "commander";
import { failure, usageError } from "../cli-error.js";

/**
 * `orrery start`: runs the server (web app and API) until SIGINT or SIGTERM. Configured by
 * environment variables (docs/operations.md); prints the address and, on a new installation,
 * the one-time setup link.
 */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("run the Orrery server: web app and API (configured by ORRERY_* variables)")
    .action(async () => {
      const config = configFromEnvironment();
      // The server is loaded only when asked for: every other command starts a second sooner.
      const [{ startServer }, { DataDirLocked }] = await Promise.all([
        import("@orrery/server/server"),
        import("@orrery/server/store/data-dir-lock"),
      ]);
      let server: RunningServer;
      try {
        server = await startServer(config);
      } catch (error) {
        if (error instanceof DataDirLocked) throw failure(error.message, { cause: error });
        throw failure(`cannot start: ${messageOf(error)}`, { cause: error });
      }
      const stopped = stopOnSignal(server);
      let setupUrl: string | null;
      let store: string;
      try {
        const state = await server.ready;
        setupUrl = state.setupUrl;
        store = state.store.description;
      } catch (error) {
        await server.close();
        throw failure(`cannot open the store: ${messageOf(error)}`, { cause: error });
      }
      process.stdout.write(
        `\nOrrery is running at ${config.publicUrl.origin} (listening on ${server.url}, ${store})\n`,
      );
      if (setupUrl) {
        process.stdout.write(
          `\nNo one has an account yet. Open this one-time link to create the first administrator:\n\n    ${setupUrl}\n\n`,
        );
      }
      await stopped;
    });
}

/** Resolves once the server has shut down after SIGINT/SIGTERM. */
function stopOnSignal(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\n${signal}: stopping Orrery…\n`);
      server.close().then(resolve, (error: unknown) => {
        process.stderr.write(`orrery: error while stopping: ${messageOf(error)}\n`);
        resolve();
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

export function configFromEnvironment() {
  try {
    return readConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) throw usageError(error.message, { cause: error });
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
