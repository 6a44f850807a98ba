import { toScheduleInput } from "@orrery/interop/schedule-input";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { durationUntil } from "./duration-until.js";
import { defaultPlanRow, standardCalendarRow } from "./plan-defaults.js";
import { documentOfPlan, type PlanState } from "./plan-document.js";
import { applyOperations, fieldInBody } from "./plan-edits.js";
import { scheduleInFull } from "./plan-engine.js";
import { rowsWithResult } from "./plan-schedule.js";
import type { TaskRow } from "./plan-store.js";

const key = {
  orgId: "00000000-0000-4000-8000-00000000000a",
  projectId: "00000000-0000-4000-8000-00000000000b",
};
const DAY = 480;

/** A plan from Monday 1 March 2027 on the Standard calendar, scheduled, with these tasks. */
function scheduled(tasks: { name: string; durationMinutes: number; durationElapsed?: boolean }[]) {
  const empty: PlanState = {
    plan: defaultPlanRow(key, "2027-03-01", 1, new Date(0)),
    tasks: [],
    links: [],
    calendars: [standardCalendarRow(key)],
  };
  const edited = applyOperations(
    empty,
    key,
    tasks.map((task) => ({ op: "create", task })),
    fieldInBody,
  ).state;
  return reschedule(edited);
}

function reschedule(state: PlanState): PlanState {
  const mapped = toScheduleInput(documentOfPlan(state));
  const rows = rowsWithResult(state.tasks, mapped.documentIndex, scheduleInFull(mapped));
  return { ...state, tasks: rows.tasks };
}

const task = (state: PlanState, index = 0): TaskRow => {
  const row = state.tasks[index];
  if (!row) throw new Error(`no task ${index}`);
  return row;
};

const pad = (n: number) => String(n).padStart(2, "0");
/** Midnight `days` after Monday 1 March 2027. */
const midnight = (days: number) => {
  const at = new Date(Date.UTC(2027, 2, 1 + days));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T00:00:00`;
};

describe("a duration from a dropped finish", () => {
  it("makes the engine finish the task at the last working moment before the drop", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (days) => {
        const state = scheduled([{ name: "Build", durationMinutes: DAY }]);
        const until = midnight(days);
        const set = durationUntil(state, task(state), until);
        if (!set.ok) throw new Error(set.message);
        const after = reschedule({ ...state, tasks: [{ ...task(state), ...set.fields }] });
        const finish = task(after).finish ?? "";
        expect(finish <= until).toBe(true);
        // No working time lies between the new finish and the drop: asking again changes nothing.
        expect(durationUntil(after, task(after), finish)).toEqual(set);
      }),
      // Each run schedules a plan twice; a few dozen days cover weekends and month ends.
      { numRuns: 40 },
    );
  });

  it("counts working days across a weekend, and wall-clock time for an elapsed duration", () => {
    const state = scheduled([
      { name: "Build", durationMinutes: DAY },
      { name: "Cure", durationMinutes: 1440, durationElapsed: true },
    ]);
    // Monday 08:00 to the end of the next Monday: six working days.
    expect(durationUntil(state, task(state), midnight(8))).toEqual({
      ok: true,
      fields: { durationMinutes: 6 * DAY },
    });
    expect(durationUntil(state, task(state, 1), "2027-03-04T08:00:00")).toEqual({
      ok: true,
      fields: { durationMinutes: 3 * 1440 },
    });
  });

  it("moves a manual task's typed finish, and refuses a summary or a drop before the start", () => {
    const state = scheduled([{ name: "Build", durationMinutes: DAY }]);
    const manual = { ...task(state), manual: true, manualStart: "2027-03-01T08:00:00" };
    expect(durationUntil(state, manual, midnight(2))).toEqual({
      ok: true,
      fields: { durationMinutes: 2 * DAY, manualFinish: midnight(2) },
    });
    expect(durationUntil(state, { ...task(state), summary: true }, midnight(2))).toEqual({
      ok: false,
      message: "a summary's duration comes from its subtasks",
    });
    expect(durationUntil(state, task(state), "2027-02-26T00:00:00")).toMatchObject({ ok: false });
  });
});
