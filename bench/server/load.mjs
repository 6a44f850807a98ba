// One autocannon run in its own process, so the load generator never shares the server's event
// loop (it still shares the machine's cores). `node load.mjs '<json options>'` prints a JSON
// summary. With `uniqueKeys: true` every POST gets a fresh project key.
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2] ?? "{}");
const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const prefix = [...randomBytes(3)].map((b) => letters[b % 26]).join("");
let serial = 0;
const setupRequest = (request) => ({
  ...request,
  body: JSON.stringify({
    key: `${prefix}${(++serial).toString(36).toUpperCase()}`,
    name: `Bench ${serial}`,
  }),
});
const result = await autocannon({
  url: options.url,
  method: options.method ?? "GET",
  headers: options.headers ?? {},
  connections: options.connections ?? 10,
  duration: options.duration ?? 10,
  ...(options.uniqueKeys ? { requests: [{ setupRequest }] } : {}),
});
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
