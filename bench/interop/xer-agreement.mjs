// Compares Orrery's schedule of the Aspose P6 sample with the dates and floats P6 computed and
// stored in its TASK table (early/late start and finish, total and free float). Informational:
// prints how many activities agree on each value. Run after a build:
//   node bench/interop/xer-agreement.mjs [path/to/file.xer]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { decodeProjectText, readProjectFile } = await import(
  join(root, "packages/interop/dist/project-file.js")
);
const { scheduleDocument } = await import(join(root, "packages/interop/dist/schedule-report.js"));
const { parseXerTables } = await import(join(root, "packages/interop/dist/xer/xer-tables.js"));

const file =
  process.argv[2] ?? join(root, "..", "shared/corpus/schedules/dev/xer/asposecloud_testXer.xer");
const bytes = readFileSync(file);
const read = await readProjectFile(bytes, file);
if (!read.ok) throw read.error;
const scheduled = scheduleDocument(read.document);
if (!scheduled.ok) throw new Error(scheduled.message);

// P6's own values, by activity code (Text1 in the document).
const parsed = parseXerTables(decodeProjectText(bytes), file);
if (!parsed.ok) throw parsed.error;
const table = parsed.xer.tables.get("TASK");
const p6 = new Map(
  Array.from({ length: table.recordCount }, (_, record) => [
    table.value(record, "task_code"),
    record,
  ]),
);
const codeOf = new Map(
  read.document.tasks.map((task) => [
    task.uid,
    task.extendedAttributes.find((a) => a.fieldId === "188743731")?.value,
  ]),
);
const minute = (text) => (text === "" ? "" : `${text.replace(" ", "T").slice(0, 16)}:00`);
const checks = {
  earlyStart: (r, t) => minute(table.value(r, "early_start_date")) === t.earlyStart,
  earlyFinish: (r, t) => minute(table.value(r, "early_end_date")) === t.earlyFinish,
  lateStart: (r, t) => minute(table.value(r, "late_start_date")) === t.lateStart,
  lateFinish: (r, t) => minute(table.value(r, "late_end_date")) === t.lateFinish,
  totalFloat: (r, t) => Number(table.value(r, "total_float_hr_cnt")) * 60 === t.totalFloatMinutes,
  freeFloat: (r, t) => Number(table.value(r, "free_float_hr_cnt")) * 60 === t.freeFloatMinutes,
};
const agree = Object.fromEntries(Object.keys(checks).map((k) => [k, 0]));
let activities = 0;
let all = 0;
const differing = [];
for (const task of scheduled.report.tasks) {
  const record = p6.get(codeOf.get(task.uid));
  if (record === undefined) continue;
  activities++;
  let every = true;
  for (const [name, check] of Object.entries(checks)) {
    if (check(record, task)) agree[name]++;
    else every = false;
  }
  if (every) all++;
  else if (differing.length < 8) differing.push(`${codeOf.get(task.uid)} ${task.name}`);
}
console.log(`| value | activities agreeing with P6 (of ${activities}) |`);
console.log("|---|---|");
for (const [name, count] of Object.entries(agree)) console.log(`| ${name} | ${count} |`);
console.log(`| all six | ${all} |`);
if (differing.length > 0) console.log(`\nfirst differing: ${differing.join("; ")}`);
