// `npm run bench [area ...]`: runs every benchmark area (a folder here with a `bench.mjs`), one
// after another in child processes so one area's heap and JIT state never colours the next.
// Each area prints its own markdown table (median of several runs); this header notes the machine.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const areas = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "bench.mjs")))
  .map((d) => d.name)
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`# Orrery benchmarks — ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${os.type()} ${os.release()}, Node ${process.version}\n`,
);
if (areas.length === 0) {
  console.error(`no benchmark area matches ${wanted.join(", ") || "(any)"}`);
  process.exit(2);
}
let failed = 0;
for (const area of areas) {
  console.log(`## ${area}\n`);
  const run = spawnSync(process.execPath, ["--expose-gc", join(here, area, "bench.mjs")], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed++;
  console.log();
}
process.exit(failed === 0 ? 0 : 1);
