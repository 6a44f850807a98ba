// Writes a Primavera P6 XER file from a bench-ref network (`gen.py N OUT` writes OUT.net): the
// same WBS groups, activities, relationships, lags, week and holidays, so `orrery schedule` can
// be measured on XER and MSPDI inputs of the same shape.
//   node bench/interop/generate-xer.mjs IN.net OUT.xer   (after a build)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The same XER writer the tests use (built into packages/interop/dist).
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { buildXerText } = await import(
  join(root, "packages/interop/dist/project-file-test-builders.js")
);

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  console.error("usage: node bench/interop/generate-xer.mjs IN.net OUT.xer");
  process.exit(2);
}

const lines = readFileSync(input, "utf8").split("\n");
let start = "2027-01-04";
let week = [1, 1, 1, 1, 1, 0, 0];
let hours = [480, 720, 780, 1020];
let holidays = [];
const groups = [];
const tasks = [];
for (const line of lines) {
  const parts = line.trim().split(/\s+/);
  switch (parts[0]) {
    case "START":
      start = parts[1];
      break;
    case "WEEK":
      week = parts.slice(1).map(Number);
      break;
    case "HOURS":
      hours = parts.slice(1).map(Number);
      break;
    case "HOLIDAYS":
      holidays = parts.slice(2);
      break;
    case "G":
      groups.push({ id: Number(parts[1]), parent: Number(parts[2]) });
      break;
    case "T": {
      const predecessors = [];
      const count = Number(parts[4]);
      for (let i = 0; i < count; i++) {
        predecessors.push({
          id: Number(parts[5 + i * 3]),
          type: parts[6 + i * 3],
          lagDays: Number(parts[7 + i * 3]),
        });
      }
      tasks.push({
        id: Number(parts[1]),
        group: Number(parts[2]),
        days: Number(parts[3]),
        predecessors,
      });
      break;
    }
  }
}

const time = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const intervals = [];
for (let i = 0; i + 1 < hours.length; i += 2)
  intervals.push(`(0||${i / 2}(s|${time(hours[i])}|f|${time(hours[i + 1])})())`);
// P6 numbers days 1 = Sunday … 7 = Saturday; the .net week starts on Monday.
const day = (p6Day) => {
  const working = week[(p6Day + 5) % 7] === 1;
  return working ? `(0||${p6Day}()(${intervals.join("")}))` : `(0||${p6Day}()())`;
};
const epoch = Date.UTC(1899, 11, 30);
const serial = (date) =>
  Math.round(
    (Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) -
      epoch) /
      86_400_000,
  );
const exceptions = holidays.map((date, i) => `(0||${i}(d|${serial(date)})())`).join("");
const calendarData = `(0||CalendarData()((0||DaysOfWeek()(${[1, 2, 3, 4, 5, 6, 7].map(day).join("")}))(0||Exceptions()(${exceptions}))))`;
const hoursPerDay = (hours[3] - hours[2] + hours[1] - hours[0]) / 60;

let relationship = 0;
const text = buildXerText([
  {
    name: "PROJECT",
    fields: [
      "proj_id",
      "proj_short_name",
      "clndr_id",
      "plan_start_date",
      "name_sep_char",
      "project_flag",
    ],
    rows: [[1, "BENCH", 1, `${start} 08:00`, ".", "Y"]],
  },
  {
    name: "CALENDAR",
    fields: [
      "clndr_id",
      "default_flag",
      "clndr_name",
      "proj_id",
      "base_clndr_id",
      "clndr_type",
      "day_hr_cnt",
      "week_hr_cnt",
      "month_hr_cnt",
      "clndr_data",
    ],
    rows: [
      [
        1,
        "Y",
        "Standard",
        "",
        "",
        "CA_Base",
        hoursPerDay,
        hoursPerDay * 5,
        hoursPerDay * 20,
        calendarData,
      ],
    ],
  },
  {
    name: "PROJWBS",
    fields: [
      "wbs_id",
      "proj_id",
      "seq_num",
      "proj_node_flag",
      "wbs_short_name",
      "wbs_name",
      "parent_wbs_id",
    ],
    rows: [
      [1, 1, 0, "Y", "BENCH", "Bench project", ""],
      ...groups.map((g) => [
        g.id + 2,
        1,
        g.id,
        "N",
        `G${g.id}`,
        `Group ${g.id}`,
        g.parent < 0 ? 1 : g.parent + 2,
      ]),
    ],
  },
  {
    name: "TASK",
    fields: [
      "task_id",
      "proj_id",
      "wbs_id",
      "clndr_id",
      "task_type",
      "status_code",
      "task_code",
      "task_name",
      "target_drtn_hr_cnt",
      "remain_drtn_hr_cnt",
    ],
    rows: tasks.map((t) => [
      t.id + 1,
      1,
      t.group + 2,
      1,
      t.days === 0 ? "TT_Mile" : "TT_Task",
      "TK_NotStart",
      `A${t.id}`,
      `Task ${t.id}`,
      t.days * hoursPerDay,
      t.days * hoursPerDay,
    ]),
  },
  {
    name: "TASKPRED",
    fields: [
      "task_pred_id",
      "task_id",
      "pred_task_id",
      "proj_id",
      "pred_proj_id",
      "pred_type",
      "lag_hr_cnt",
    ],
    rows: tasks.flatMap((t) =>
      t.predecessors.map((p) => [
        ++relationship,
        t.id + 1,
        p.id + 1,
        1,
        1,
        `PR_${p.type}`,
        p.lagDays * hoursPerDay,
      ]),
    ),
  },
]);
writeFileSync(output, text);
console.log(
  `${tasks.length} activities, ${groups.length} WBS nodes, ${relationship} relationships -> ${output}`,
);
