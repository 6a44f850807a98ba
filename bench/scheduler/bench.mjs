// `npm run bench scheduler`: the scheduling engine against the native reference (bench-ref
// cpm.c) on networks from bench-ref gen.py, seed 42. Prints markdown tables of medians, the
// native figures measured in the same run beside ours.
//
// Networks are cached in bench/.data/ (git-ignored); the C reference is compiled into a
// temporary directory on every run. Needs the build (npm run build) and python3 + gcc.
// BENCH_SIZES=100000 limits the sizes; BENCH_RUNS sets the timed runs per figure.
//
// How figures are taken: each is the median of several runs after two untimed warm-up runs,
// each run after a garbage collection (bench/run.mjs gives node --expose-gc), so that no run
// pays for the garbage the one before it left. The objects a run allocates and keeps are its
// own cost and are timed.
// "Working memory" is what a compiled plan and one schedule of it keep: every typed array they
// reach (the plan's task, link and calendar arrays and order; the result's dates and floats and
// the pass state an edit resumes from), each buffer once. The input objects are the caller's and
// are not counted; the C figure likewise counts its network and schedule arrays. The parsed
// network text is let go before timing, so collections only see what a server would hold.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyEdit, applyEditInPlace } from "../../packages/scheduler/dist/cpm/incremental.js";
import { schedulePlan } from "../../packages/scheduler/dist/cpm/schedule.js";
import { compilePlan } from "../../packages/scheduler/dist/network/schedule-plan.js";
import { formatLocalMinute } from "../../packages/scheduler/dist/time/local-minute.js";
import { parseNet, toInput } from "./net-format.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const benchRef = join(repo, "..", "shared", "bench-ref");
const dataDir = join(repo, "bench", ".data");
const SEED = 42;
const sizes = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const runsFor = (size) => Number(process.env.BENCH_RUNS ?? (size >= 1_000_000 ? 5 : 11));
const FIELDS = [
  "earlyStart",
  "earlyFinish",
  "lateStart",
  "lateFinish",
  "totalFloat",
  "freeFloat",
  "critical",
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall time of `runs` calls after two warm-up calls, each after a collection so that no
 * run pays for the garbage of the one before; returns the last result too.
 */
function timed(run, runs) {
  let result = run();
  result = run();
  const times = [];
  const cpuTimes = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpuTimes), result };
}

function network(size) {
  mkdirSync(dataDir, { recursive: true });
  const prefix = join(dataDir, `net-${size}-seed${SEED}`);
  if (!existsSync(`${prefix}.net`)) {
    execFileSync(
      "python3",
      [join(benchRef, "gen.py"), String(size), prefix, "--seed", String(SEED)],
      { stdio: "ignore" },
    );
  }
  return `${prefix}.net`;
}

function runNative(cpm, file) {
  const output = execFileSync(cpm, [file, "-r", "5", "-i"], { encoding: "utf8" });
  const number = (pattern) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  const task = (pattern) => Number(pattern.exec(output)?.[1] ?? -1);
  return {
    computeMs: number(/compute_ms=([\d.]+)/),
    bytesPerTask: number(/total=([\d.]+)/),
    finish: /finish_date=(\S+)/.exec(output)?.[1] ?? "?",
    critical: number(/critical=(\d+)/),
    offPathMs: number(/incremental noncritical[^\n]*inc_ms=([\d.]+)/),
    offPathTask: task(/incremental noncritical[^\n]*task=(\d+)/),
    onPathMs: number(/incremental critical\(\+1d[^\n]*inc_ms=([\d.]+)/),
    onPathTask: task(/incremental critical\(\+1d[^\n]*task=(\d+)/),
  };
}

/**
 * Bytes a plan and its schedule keep: every typed array reachable from them (each buffer once),
 * the input excepted (it is the caller's). Their other objects are a few kilobytes.
 */
function retainedBytes(...roots) {
  const seen = new Set();
  const buffers = new Set();
  const visit = (value) => {
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      buffers.add(value.buffer);
      return;
    }
    if (value instanceof Map) {
      for (const entry of value.values()) visit(entry);
      return;
    }
    for (const [key, entry] of Object.entries(value)) if (key !== "input") visit(entry);
  };
  for (const root of roots) visit(root);
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}

function sameSchedule(a, b) {
  if (a.projectFinish !== b.projectFinish) return false;
  return FIELDS.every((field) => a[field].every((value, i) => Object.is(value, b[field][i])));
}

/**
 * The tasks cpm.c edits: nearest the middle by id, a critical task with a duration, and one off
 * the critical path whose free float is under two days and total float over (so +2 d moves its
 * successors but not the finish).
 */
function chooseTasks(result, taskIndex, minutesPerDay, plan) {
  const n = taskIndex.length;
  let onPath = -1;
  let offPath = -1;
  for (let k = 0; k < n / 2 && (onPath < 0 || offPath < 0); k++) {
    for (const id of [n / 2 - k, n / 2 + k]) {
      const t = taskIndex[id];
      if (t === undefined || plan.table.duration[t] <= 0) continue;
      if (onPath < 0 && result.critical[t] === 1) onPath = id;
      const hasSuccessor = plan.outOffsets[t + 1] > plan.outOffsets[t];
      if (
        offPath < 0 &&
        result.critical[t] === 0 &&
        hasSuccessor &&
        result.freeFloat[t] < 2 * minutesPerDay &&
        result.totalFloat[t] > 2 * minutesPerDay
      )
        offPath = id;
    }
  }
  return { onPath, offPath };
}

/**
 * One duration edit, timed both ways: applyEdit (the previous result kept; arrays copied) and
 * applyEditInPlace (arrays taken over; timed on the edit and its undo in turn). Each result is
 * checked against a full schedule of the edited plan.
 */
function measureEdit(plan, result, task, delta, runs) {
  const base = plan.table.duration[task];
  const edit = (duration) => ({ kind: "duration", task, duration });
  const copying = timed(() => applyEdit(plan, result, edit(base + delta)), runs);
  if (!copying.result.ok) throw new Error(copying.result.message);
  if (!sameSchedule(copying.result.result, schedulePlan(copying.result.plan)))
    throw new Error("incremental result differs from a full recompute");
  let current = { plan, result: schedulePlan(plan) };
  const times = [];
  for (let i = 0; i < 2 * runs + 4; i++) {
    const started = performance.now();
    const next = applyEditInPlace(
      current.plan,
      current.result,
      edit(i % 2 === 0 ? base + delta : base),
    );
    const ms = performance.now() - started;
    if (!next.ok) throw new Error(next.message);
    if (i >= 4 && i % 2 === 0) times.push(ms);
    if (i === 4 && !sameSchedule(next.result, schedulePlan(next.plan)))
      throw new Error("in-place incremental result differs from a full recompute");
    current = next;
  }
  return { copyingMs: copying.ms, inPlaceMs: median(times) };
}

/** The network's engine inputs (with and without its WBS summaries); the parsed text is let go. */
function loadNetwork(size) {
  const net = parseNet(readFileSync(network(size), "utf8"));
  const plain = toInput(net, { withSummaries: false });
  const grouped = size === 100_000 ? toInput(net, { withSummaries: true }).input : undefined;
  return { ...plain, grouped };
}

function benchSize(size, cpm) {
  const file = network(size);
  const { input, taskIndex, minutesPerDay, grouped } = loadNetwork(size);
  const runs = runsFor(size);
  const compiled = timed(() => compilePlan(input), runs);
  if (!compiled.result.ok) throw new Error(compiled.result.message);
  const plan = compiled.result.plan;
  const scheduled = timed(() => schedulePlan(plan), runs);
  const result = scheduled.result;
  if (!result.ok) throw new Error(result.message);
  const bytes = retainedBytes(plan, result);
  let critical = 0;
  for (const index of taskIndex) critical += result.critical[index];
  const native = cpm === undefined ? undefined : runNative(cpm, file);
  const row = {
    size,
    compileMs: compiled.ms,
    scheduleMs: scheduled.ms,
    scheduleCpuMs: scheduled.cpuMs,
    bytesPerTask: bytes / size,
    finish: formatLocalMinute(result.projectFinish).slice(0, 16),
    critical,
    native,
  };
  if (size === 100_000) {
    const chosen = chooseTasks(result, taskIndex, minutesPerDay, plan);
    row.offPath = measureEdit(plan, result, taskIndex[chosen.offPath], 2 * minutesPerDay, runs);
    row.onPath = measureEdit(plan, result, taskIndex[chosen.onPath], minutesPerDay, runs);
    row.sameTasks =
      native === undefined ||
      (native.offPathTask === chosen.offPath && native.onPathTask === chosen.onPath);
    // The same network with its WBS groups as summary tasks: the general rules at work.
    const groupedPlan = grouped === undefined ? undefined : compilePlan(grouped);
    if (groupedPlan?.ok) row.summariesMs = timed(() => schedulePlan(groupedPlan.plan), runs).ms;
  }
  return row;
}

function compileNative() {
  const directory = mkdtempSync(join(os.tmpdir(), "orrery-cpm-"));
  const binary = join(directory, "cpm");
  try {
    execFileSync("gcc", ["-O2", "-o", binary, join(benchRef, "cpm.c"), "-lm"], { stdio: "ignore" });
    return { binary, directory };
  } catch {
    rmSync(directory, { recursive: true, force: true });
    return { binary: undefined, directory: undefined };
  }
}

const fixed = (value, digits = 1) =>
  value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits);
const ratio = (ours, theirs) => (theirs === undefined ? "–" : `${fixed(ours / theirs)}×`);

const native = existsSync(benchRef) ? compileNative() : { binary: undefined, directory: undefined };
try {
  const load = os.loadavg()[0];
  const rows = sizes.map((size) => benchSize(size, native.binary));
  console.log(
    "| tasks | compile ms | schedule ms (forward + backward + floats) | CPU ms | native ms | ratio | bytes/task (native) | finish, critical (native) |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    const n = row.native;
    console.log(
      `| ${row.size.toLocaleString("en")} | ${fixed(row.compileMs)} | ${fixed(row.scheduleMs)} | ${fixed(row.scheduleCpuMs)} | ${fixed(n?.computeMs)} | ` +
        `${ratio(row.scheduleMs, n?.computeMs)} | ${fixed(row.bytesPerTask, 0)} (${fixed(n?.bytesPerTask, 0)}) | ` +
        `${row.finish}, ${row.critical} (${n?.finish ?? "–"}, ${n?.critical ?? "–"}) |`,
    );
  }
  const hundred = rows.find((row) => row.size === 100_000);
  if (hundred !== undefined) {
    if (hundred.summariesMs !== undefined)
      console.log(
        `\nThe same 100,000 tasks under their WBS summary tasks: schedule ${fixed(hundred.summariesMs)} ms.`,
      );
    console.log(
      "\n| one duration edit, 100,000 tasks | applyEdit ms (copies) | applyEditInPlace ms | native ms |",
    );
    console.log("|---|---|---|---|");
    const { offPath, onPath } = hundred;
    console.log(
      `| off the critical path (+2 d) | ${fixed(offPath.copyingMs, 2)} | ${fixed(offPath.inPlaceMs, 2)} | ${fixed(hundred.native?.offPathMs, 3)} |`,
    );
    console.log(
      `| on the critical path (+1 d, finish moves) | ${fixed(onPath.copyingMs, 2)} | ${fixed(onPath.inPlaceMs, 2)} | ${fixed(hundred.native?.onPathMs, 3)} |`,
    );
    if (!hundred.sameTasks) console.log("\n(the edited tasks differ from the native run's)");
    const agrees = hundred.finish === "2030-09-25T17:00" && hundred.critical === 83;
    console.log(
      `\nseed 42, 100,000 tasks: finish ${hundred.finish}, ${hundred.critical} critical — ${agrees ? "agrees with" : "DIFFERS from"} the reference (2030-09-25T17:00, 83); every edit equals a full recompute`,
    );
    if (!agrees) process.exitCode = 1;
  }
  console.log(
    `\nmedians of ${sizes.map(runsFor).join("/")} runs after 2 warm-up runs, each after a collection; compile = validation, outline, links, order, calendar index; CPU ms = this process's user + system time for the schedule (every thread, the collector's too), steadier than wall time on a busy machine; ratio = wall ms / native ms; load average ${load.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`,
  );
} finally {
  if (native.directory !== undefined) rmSync(native.directory, { recursive: true, force: true });
}
