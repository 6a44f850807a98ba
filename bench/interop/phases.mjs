// Times the phases of `orrery schedule` inside one process, in CPU milliseconds (user + system,
// so a busy machine inflates them less than wall time): start-up imports, file read and decode,
// parse into a document, the reference check, engine input, plan, CPM passes, the JSON report.
//   node --expose-gc bench/interop/phases.mjs FILE...   (prints a markdown table)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = (path) => join(root, "packages", path);

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const importStart = cpu();
const { decodeProjectText } = await import(dist("interop/dist/project-file.js"));
const { readMspdi } = await import(dist("interop/dist/mspdi/mspdi-reader.js"));
const { readXer } = await import(dist("interop/dist/xer/xer-reader.js"));
const { findBrokenReference } = await import(dist("interop/dist/project-file-references.js"));
const { toScheduleInput } = await import(dist("interop/dist/schedule-input.js"));
const { scheduleReportJson } = await import(dist("interop/dist/schedule-report.js"));
const { compilePlan } = await import(dist("scheduler/dist/network/schedule-plan.js"));
const { schedulePlan } = await import(dist("scheduler/dist/cpm/schedule.js"));
const importMs = cpu() - importStart;

// The CLI's own start-up: loading its entry (each command module is loaded when it runs).
const cliStart = cpu();
await import(dist("cli/dist/main.js"));
const cliImportMs = cpu() - cliStart;

function measure(file) {
  const times = {};
  const step = (name, work) => {
    globalThis.gc?.();
    const started = cpu();
    const value = work();
    times[name] = cpu() - started;
    return value;
  };
  const bytes = step("read file", () => readFileSync(file));
  const text = step("decode text", () => decodeProjectText(bytes));
  const read = step("parse (reader)", () =>
    file.endsWith(".xer") ? readXer(text, file) : readMspdi(text, file),
  );
  if (!read.ok) throw read.error;
  step("reference check", () => findBrokenReference(read.document, file));
  const mapped = step("engine input (schedule-input)", () => toScheduleInput(read.document));
  const compiled = step("compile plan", () => compilePlan(mapped.input));
  if (!compiled.ok) throw new Error(compiled.message);
  const result = step("CPM passes", () => schedulePlan(compiled.plan));
  if (!result.ok) throw new Error(result.message);
  step("report as JSON text", () =>
    scheduleReportJson({ ok: true, document: read.document, mapped, result }),
  );
  return times;
}

const files = process.argv.slice(2);
const results = files.map((file) => {
  const runs = [measure(file), measure(file), measure(file)];
  return Object.fromEntries(
    Object.keys(runs[0]).map((name) => [name, runs.map((r) => r[name]).sort((a, b) => a - b)[1]]),
  );
});
const names = Object.keys(results[0] ?? {});
console.log(`| phase | ${files.map((f) => f.split("/").pop()).join(" | ")} |`);
console.log(`|---|${files.map(() => "---").join("|")}|`);
console.log(
  `| module imports (interop + scheduler) | ${files.map(() => importMs.toFixed(0)).join(" | ")} |`,
);
console.log(
  `| CLI entry imports (commands load when run) | ${files.map(() => cliImportMs.toFixed(0)).join(" | ")} |`,
);
for (const name of names)
  console.log(`| ${name} | ${results.map((r) => r[name].toFixed(0)).join(" | ")} |`);
const totals = results.map((r) => Object.values(r).reduce((a, b) => a + b, 0));
console.log(`| **sum of phases** | ${totals.map((t) => t.toFixed(0)).join(" | ")} |`);
console.log(
  `\npeak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (both files, three times each)`,
);
