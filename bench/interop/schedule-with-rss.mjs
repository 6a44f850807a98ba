// Fallback for machines without GNU time: runs `orrery schedule FILE --json` in this process,
// sends its output to /dev/null, and reports the peak resident set size on stderr as
// `maxrss <KB>` (the figure /usr/bin/time -f %M gives).
//   node bench/interop/schedule-with-rss.mjs FILE
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { main } = await import(join(root, "packages", "cli", "dist", "main.js"));
const file = process.argv[2];
const code = await main([process.argv[0], "orrery", "schedule", file, "--json"]);
process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
