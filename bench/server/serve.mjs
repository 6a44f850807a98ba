// The server alone, as `orrery start` runs it but without the CLI around it (commander and the
// other commands' modules): lets the bench tell the server's own start-up from the CLI's.
import { readConfig } from "@orrery/server/config";
import { startServer } from "@orrery/server/server";

const server = await startServer(readConfig(process.env, process.cwd()));
await server.ready;
const stop = () => server.close().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
