// `npm run bench interop`: `orrery schedule FILE --json` end to end (process start, read, schedule,
// JSON out) on a 100,000-task MS Project XML file (about 45 MB) and a 100,000-activity Primavera
// XER file of the same network, then where the time goes inside one process.
//
// Inputs are generated into bench/.data/ (git-ignored) on first run: the network by bench-ref's
// gen.py (seed 42), the MSPDI file by its net2mspdi.py, the XER file by generate-xer.mjs here.
// bench-ref is found at $ORRERY_BENCH_REF or <repo>/../shared/bench-ref. Needs a build first
// (`npm run build`, or `npx tsc -b packages/cli`). Targets: <= 2.5 s and <= 1 GB peak RSS.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const data = join(root, "bench", ".data");
const cli = join(root, "packages", "cli", "bin", "orrery.js");
const benchRef = process.env.ORRERY_BENCH_REF ?? join(root, "..", "shared", "bench-ref");
const RUNS = Number(process.env.ORRERY_BENCH_RUNS ?? 5);
const TASKS = 100_000;
const EXPECTED_FINISH = "2030-09-25T17:00:00"; // bench-ref README: seed 42, 100,000 tasks

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}): ${result.stderr?.slice(0, 500)}`,
    );
  }
  return result;
}

function ensureInputs() {
  mkdirSync(data, { recursive: true });
  const prefix = join(data, `interop-${TASKS}`);
  const files = { net: `${prefix}.net`, xml: `${prefix}.xml`, xer: `${prefix}.xer` };
  if (!existsSync(files.net) || !existsSync(files.xml)) {
    if (!existsSync(join(benchRef, "gen.py"))) {
      console.error(
        `bench-ref not found at ${benchRef} (set ORRERY_BENCH_REF); cannot generate inputs`,
      );
      process.exit(1);
    }
    run("python3", [join(benchRef, "gen.py"), String(TASKS), prefix, "--seed", "42"]);
    run("python3", [join(benchRef, "net2mspdi.py"), files.net, files.xml]);
  }
  if (!existsSync(files.xer))
    run(process.execPath, [join(here, "generate-xer.mjs"), files.net, files.xer]);
  return files;
}

/** One end-to-end run: wall seconds and the child's peak RSS in MB (GNU time, else a wrapper). */
function scheduleOnce(file) {
  const hasGnuTime = existsSync("/usr/bin/time");
  const started = process.hrtime.bigint();
  const result = hasGnuTime
    ? spawnSync(
        "/usr/bin/time",
        ["-f", "maxrss %M", process.execPath, cli, "schedule", file, "--json"],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "pipe"],
          maxBuffer: 1024 * 1024 * 1024,
        },
      )
    : spawnSync(process.execPath, [join(here, "schedule-with-rss.mjs"), file], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 1024 * 1024 * 1024,
      });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`orrery schedule ${file} failed: ${result.stderr.slice(0, 500)}`);
  const rss = /maxrss (\d+)/.exec(result.stderr);
  const finish = /"finish":"([^"]+)"/.exec(result.stdout)?.[1];
  return { seconds, rssMb: rss === null ? Number.NaN : Number(rss[1]) / 1024, finish };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");

if (!existsSync(join(root, "packages", "cli", "dist", "main.js"))) {
  console.error(
    "packages/cli/dist is missing: run `npm run build` (or `npx tsc -b packages/cli`) first",
  );
  process.exit(1);
}
const files = ensureInputs();
const cases = [
  [`MSPDI, ${TASKS.toLocaleString("en")} tasks`, files.xml],
  [`XER, ${TASKS.toLocaleString("en")} activities`, files.xer],
];

console.log(
  `\`orrery schedule FILE --json\`, end to end, median of ${RUNS} runs after one warm-up:\n`,
);
console.log("| input | file size | median s | min s | max s | peak RSS MB | finish | target |");
console.log("|---|---|---|---|---|---|---|---|");
for (const [label, file] of cases) {
  scheduleOnce(file);
  const runs = Array.from({ length: RUNS }, () => scheduleOnce(file));
  const seconds = runs.map((r) => r.seconds);
  const rss = Math.max(...runs.map((r) => r.rssMb));
  const finish = runs[0]?.finish ?? "?";
  const ok = median(seconds) <= 2.5 && rss <= 1024 ? "met" : "missed";
  console.log(
    `| ${label} | ${fixed(statSync(file).size / 1e6, 1)} MB | ${fixed(median(seconds))} | ${fixed(Math.min(...seconds))} | ${fixed(Math.max(...seconds))} | ${fixed(rss, 0)} | ${finish}${finish === EXPECTED_FINISH ? "" : ` (expected ${EXPECTED_FINISH})`} | ≤ 2.5 s, ≤ 1 GB: ${ok} |`,
  );
}

console.log("\nWhere the time goes (CPU ms in one process, median of 3; `phases.mjs`):\n");
const phases = run(
  process.execPath,
  ["--expose-gc", join(here, "phases.mjs"), files.xml, files.xer],
  { stdio: ["ignore", "pipe", "pipe"] },
);
process.stdout.write(phases.stdout);
