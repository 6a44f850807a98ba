import { readFileSync } from "node:fs";
import { join } from "node:path";
import { summaryFlags } from "@orrery/core/plans/outline";
import { locateCorpus } from "@orrery/interop/conformance/conformance-corpus";
import { readProjectFile } from "@orrery/interop/project-file";
import { toScheduleInput } from "@orrery/interop/schedule-input";
import { describe, expect, it } from "vitest";
import { defaultPlanRow } from "./plan-defaults.js";
import { documentOfPlan } from "./plan-document.js";
import { scheduleInFull } from "./plan-engine.js";
import { importedPlanOf } from "./plan-import.js";
import { rowsWithResult } from "./plan-schedule.js";

const corpus = locateCorpus();
const key = {
  orgId: "00000000-0000-4000-8000-00000000000a",
  projectId: "00000000-0000-4000-8000-00000000000b",
};

// MS Project files whose summaries' durations MS Project computed and saved.
const FILES = ["projterm_Project1.xml", "mpp_EECE4730-5730-Class-Pr_Schedule.xml"];

describe.skipIf(corpus === undefined)("a summary's duration", () => {
  it.each(FILES)("is the working time MS Project gave it, in %s", async (file) => {
    const read = await readProjectFile(readFileSync(join(corpus ?? "", file)), file);
    if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read)}`);
    const plan = defaultPlanRow(key, "2020-01-01", 1, new Date(0));
    const { state } = importedPlanOf(key, plan, read.document, read.notices);
    // Forgotten, as a plan built in Orrery or read from a spreadsheet has none: worked out again.
    const isSummary = summaryFlags(state.tasks.map((row) => row.outlineLevel));
    const tasks = state.tasks.map((row, i) =>
      isSummary[i] ? { ...row, durationMinutes: 0 } : row,
    );
    const mapped = toScheduleInput(documentOfPlan({ ...state, tasks }));
    const rows = rowsWithResult(tasks, mapped.documentIndex, scheduleInFull(mapped));
    const summaries = rows.tasks.filter((row) => row.summary);
    expect(summaries.length).toBeGreaterThan(0);
    const saved = new Map(state.tasks.map((row) => [row.uid, row.durationMinutes]));
    for (const row of summaries)
      expect({ name: row.name, minutes: row.durationMinutes }).toEqual({
        name: row.name,
        minutes: saved.get(row.uid),
      });
  });
});
