import type { TaskBatchOperation } from "@orrery/contracts/plans";
import { toScheduleInput } from "@orrery/interop/schedule-input";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultPlanRow, standardCalendarRow } from "./plan-defaults.js";
import type { PlanState } from "./plan-document.js";
import { documentOfPlan } from "./plan-document.js";
import { applyOperations, fieldInBatch } from "./plan-edits.js";
import { scheduleEdit, scheduleInFull, takeKeptPlan } from "./plan-engine.js";
import { rowsWithResult } from "./plan-schedule.js";

const key = {
  orgId: "00000000-0000-4000-8000-00000000000a",
  projectId: "00000000-0000-4000-8000-00000000000b",
};

function emptyPlan(version: number): PlanState {
  return {
    plan: defaultPlanRow(key, "2027-03-01", version, new Date(0)),
    tasks: [],
    links: [],
    calendars: [standardCalendarRow(key)],
  };
}

/** The rows a full schedule of the state gives: what every incremental result must equal. */
function scheduledInFull(state: PlanState) {
  const mapped = toScheduleInput(documentOfPlan(state));
  return rowsWithResult(state.tasks, mapped.documentIndex, scheduleInFull(mapped));
}

const network = fc.integer({ min: 2, max: 25 }).chain((n) =>
  fc.record({
    durations: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
    links: fc.uniqueArray(
      fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })),
      { maxLength: 2 * n, selector: ([a, b]) => `${Math.min(a, b)}>${Math.max(a, b)}` },
    ),
    edits: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant("duration"),
          uid: fc.integer({ min: 1, max: n }),
          days: fc.integer({ min: 0, max: 12 }),
        }),
        fc.record({
          kind: fc.constant("snet"),
          uid: fc.integer({ min: 1, max: n }),
          day: fc.integer({ min: 1, max: 28 }),
        }),
        fc.record({
          kind: fc.constant("link"),
          from: fc.integer({ min: 1, max: n }),
          to: fc.integer({ min: 1, max: n }),
        }),
        fc.record({
          kind: fc.constant("progress"),
          uid: fc.integer({ min: 1, max: n }),
          percent: fc.integer({ min: 0, max: 100 }),
        }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  }),
);

type Edit =
  | { kind: "duration"; uid: number; days: number }
  | { kind: "snet"; uid: number; day: number }
  | { kind: "link"; from: number; to: number }
  | { kind: "progress"; uid: number; percent: number };

function operationOf(edit: Edit, state: PlanState): TaskBatchOperation | null {
  switch (edit.kind) {
    case "duration":
      return { op: "update", uid: edit.uid, patch: { durationMinutes: edit.days * 480 } };
    case "snet":
      return {
        op: "update",
        uid: edit.uid,
        patch: {
          constraintType: "startNoEarlierThan",
          constraintDate: `2027-03-${String(edit.day).padStart(2, "0")}T08:00:00`,
        },
      };
    case "progress":
      return {
        op: "update",
        uid: edit.uid,
        patch: {
          percentComplete: edit.percent,
          actualStart: edit.percent > 0 ? "2027-03-01T08:00:00" : null,
        },
      };
    case "link": {
      const [from, to] = [Math.min(edit.from, edit.to), Math.max(edit.from, edit.to)];
      if (from === to) return null;
      const existing = state.links.find((l) => l.predecessorUid === from && l.successorUid === to);
      return existing
        ? { op: "unlink", predecessorUid: from, successorUid: to }
        : {
            op: "link",
            link: {
              predecessorUid: from,
              successorUid: to,
              type: "FS",
              lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
            },
          };
    }
  }
}

describe("rescheduling a plan edit", () => {
  it("gives the rows of a full schedule, incrementally when the cached version matches", () => {
    let incrementalRuns = 0;
    fc.assert(
      fc.property(network, ({ durations, links, edits }) => {
        const built = applyOperations(
          emptyPlan(1),
          key,
          [
            ...durations.map(
              (days, i): TaskBatchOperation => ({
                op: "create",
                task: { uid: i + 1, name: `T${i + 1}`, durationMinutes: days * 480 },
              }),
            ),
            ...links
              .map(
                ([a, b]): TaskBatchOperation => ({
                  op: "link",
                  link: {
                    predecessorUid: Math.min(a, b),
                    successorUid: Math.max(a, b),
                    type: "FS",
                    lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
                  },
                }),
              )
              .filter((op) => op.op === "link" && op.link.predecessorUid !== op.link.successorUid),
          ],
          fieldInBatch,
        );
        const first = scheduleEdit(key, built, takeKeptPlan(key, 1));
        let state: PlanState = {
          ...built.state,
          tasks: first.tasks,
          plan: { ...built.state.plan, version: 2 },
        };
        first.commit(2, state);
        // As runPlanEdit does: take the kept plan at the stored version, edit, keep the result.
        for (const edit of edits) {
          const operation = operationOf(edit, state);
          if (operation === null) continue;
          const kept = takeKeptPlan(key, state.plan.version);
          expect(kept?.state).toEqual(state);
          const edited = applyOperations(kept?.state ?? state, key, [operation], fieldInBatch);
          const outcome = scheduleEdit(key, edited, kept);
          if (outcome.mode === "incremental") incrementalRuns++;
          expect(outcome.tasks).toEqual(scheduledInFull(edited.state).tasks);
          const version = state.plan.version + 1;
          state = {
            ...edited.state,
            tasks: outcome.tasks,
            plan: { ...edited.state.plan, version },
          };
          outcome.commit(version, state);
        }
      }),
      { numRuns: 150 },
    );
    // The property would hold trivially if every edit fell back to a full schedule.
    expect(incrementalRuns).toBeGreaterThan(100);
  });

  it("keeps nothing for a version that is not the stored one", () => {
    const built = applyOperations(
      emptyPlan(1),
      key,
      [{ op: "create", task: { uid: 1, name: "Only" } }],
      fieldInBatch,
    );
    scheduleEdit(key, built, undefined).commit(7, built.state);
    expect(takeKeptPlan(key, 8)).toBeUndefined();
    // Taking consumed the entry: even its own version is gone now.
    expect(takeKeptPlan(key, 7)).toBeUndefined();
    const edited = applyOperations(
      built.state,
      key,
      [{ op: "update", uid: 1, patch: { durationMinutes: 960 } }],
      fieldInBatch,
    );
    expect(scheduleEdit(key, edited, undefined).mode).toBe("full");
  });
});
