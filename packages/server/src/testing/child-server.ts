import { readConfig } from "../config.js";
import { startServer } from "../server.js";

/**
 * `orrery start` without the CLI, for tests that must kill a real server process: configured
 * by the environment, prints `ready <url>` once ready, stops on SIGTERM.
 * Run with `node --conditions=source --import tsx packages/server/src/testing/child-server.ts`.
 */
const server = await startServer(readConfig(process.env, process.cwd()));
await server.ready;
process.stdout.write(`ready ${server.url}\n`);
process.once("SIGTERM", () => {
  void server.close();
});
