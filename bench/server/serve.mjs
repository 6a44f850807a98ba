// The server alone, as `orrery start` runs it but without the CLI around it (commander and the
// start command): lets the bench tell the server's own start-up from the CLI's. From the same
// bundle `orrery start` runs (packages/cli/dist/bundle, made by `npm run build`).
import { readConfig } from "../../packages/cli/dist/bundle/config.js";
import { startServer } from "../../packages/cli/dist/bundle/server.js";

const server = await startServer(readConfig(process.env, process.cwd()));
await server.ready;
const stop = () => server.close().then(() => process.exit(0));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
