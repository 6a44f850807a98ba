import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editChoices, editOf, planModels } from "./plan-edit-arbitraries.js";
import {
  baselineEntry,
  baselineTarget,
  EMPTY_HISTORY,
  editEntry,
  nextStep,
  type PlanHistory,
  recorded,
  stepOperations,
  stepped,
} from "./plan-history.js";
import { applyToModel, NEW_TASK, type PlanModel, pairOf } from "./plan-model.js";

/** What a person entered, row by row, and the links: what undo must put back. */
function enteredState(model: PlanModel, renamed: ReadonlyMap<number, number> = new Map()) {
  const uidOf = (uid: number) => renamed.get(uid) ?? uid;
  return {
    rows: model.tasks.map((task) => ({ uid: uidOf(task.uid), ...task.entered })),
    links: model.links
      .map((link) => ({
        ...link,
        predecessorUid: uidOf(link.predecessorUid),
        successorUid: uidOf(link.successorUid),
      }))
      .sort((a, b) => pairOf(a).localeCompare(pairOf(b))),
  };
}

/** Applies a new edit and records it, as the page does with the server's answer. */
function edit(model: PlanModel, history: PlanHistory, choice: Parameters<typeof editOf>[1]) {
  const made = editOf(model, choice);
  if (!made) return null;
  const after = applyToModel(model, made.operations);
  const entry = editEntry(made.label, made.operations, model, after);
  return { after, history: entry ? recorded(history, entry, model, after) : history };
}

/** Takes one step back or forward, as the page does; answers the plan and history after it. */
function step(model: PlanModel, history: PlanHistory, direction: "undo" | "redo") {
  const { operations, renamed } = stepOperations(history, direction, model);
  const after = applyToModel(model, operations);
  return { after, renamed, history: stepped(history, direction, renamed, model, after) };
}

describe("undo and redo of plan edits", () => {
  it("restores the entered values, rows and links an edit changed, and redo re-applies it", () => {
    fc.assert(
      fc.property(planModels, editChoices, (before, choice) => {
        const made = edit(before, EMPTY_HISTORY, choice);
        fc.pre(made !== null && made.history.undo.length === 1);
        if (!made) return;
        const undone = step(made.after, made.history, "undo");
        expect(enteredState(undone.after)).toEqual(enteredState(before));
        expect(undone.history.undo).toHaveLength(0);
        expect(nextStep(undone.history, "redo")?.label).toBe(made.history.undo[0]?.label);
        const redone = step(undone.after, undone.history, "redo");
        expect(enteredState(redone.after)).toEqual(enteredState(made.after));
        expect(redone.history.redo).toHaveLength(0);
      }),
    );
  });

  it("undoes a series of edits in reverse order back to the start, then redoes them all", () => {
    fc.assert(
      fc.property(
        planModels,
        fc.array(editChoices, { minLength: 1, maxLength: 5 }),
        (start, choices) => {
          let model = start;
          let history = EMPTY_HISTORY;
          const states = [enteredState(start)];
          for (const choice of choices) {
            const made = edit(model, history, choice);
            if (!made || made.history === history) continue;
            ({ after: model, history } = made);
            states.push(enteredState(model));
          }
          for (let i = states.length - 2; i >= 0; i--) {
            ({ after: model, history } = step(model, history, "undo"));
            expect(enteredState(model)).toEqual(states[i]);
          }
          for (let i = 1; i < states.length; i++) {
            ({ after: model, history } = step(model, history, "redo"));
            expect(enteredState(model)).toEqual(states[i]);
          }
        },
      ),
    );
  });

  it("clears what could be redone when a new edit is made", () => {
    fc.assert(
      fc.property(planModels, editChoices, editChoices, (before, first, second) => {
        const made = edit(before, EMPTY_HISTORY, first);
        fc.pre(made !== null && made.history.undo.length === 1);
        if (!made) return;
        const undone = step(made.after, made.history, "undo");
        const again = edit(undone.after, undone.history, second);
        fc.pre(again !== null && again.history !== undone.history);
        expect(again?.history.redo).toEqual([]);
      }),
    );
  });

  it("re-creates a deleted task under a new UID when someone took its UID meanwhile", () => {
    fc.assert(
      fc.property(planModels, fc.nat(7), (before, row) => {
        const made = edit(before, EMPTY_HISTORY, { kind: "delete", rows: [row], days: 0 });
        fc.pre(made !== null);
        if (!made) return;
        const gone = before.tasks.find((t) => !made.after.tasks.some((a) => a.uid === t.uid));
        if (!gone) return;
        // A colleague adds a task, which takes the deleted task's UID.
        const theirs = { uid: gone.uid, entered: { ...NEW_TASK, name: "Theirs" }, version: 1 };
        const withTheirs = { ...made.after, tasks: [...made.after.tasks, theirs] };
        const undone = step(withTheirs, made.history, "undo");
        expect(undone.renamed.get(gone.uid)).toBeGreaterThan(gone.uid);
        const mine = { ...undone.after, tasks: undone.after.tasks.filter((t) => t !== theirs) };
        const back = new Map([...undone.renamed].map(([from, to]) => [to, from]));
        expect(enteredState(mine, back)).toEqual(enteredState(before));
        // Redo deletes the re-created tasks, not the colleague's.
        const redone = step(undone.after, undone.history, "redo");
        expect(redone.after.tasks.some((t) => t.entered.name === "Theirs")).toBe(true);
        expect(enteredState(redone.after).rows).toEqual(enteredState(withTheirs).rows);
      }),
    );
  });

  it("refuses a step with a stale version when someone else changed a task it wrote", () => {
    fc.assert(
      fc.property(planModels, fc.nat(7), (before, row) => {
        const made = edit(before, EMPTY_HISTORY, { kind: "duration", rows: [row], days: 7 });
        if (!made) return;
        const [uid] = made.history.undo[0]?.after.tasks.keys() ?? [];
        const theirs = applyToModel(made.after, [
          { op: "update", uid: uid ?? 0, patch: { name: "Their name" } },
        ]);
        const { operations } = stepOperations(made.history, "undo", theirs);
        expect(() => applyToModel(theirs, operations)).toThrow(/changed meanwhile/);
      }),
    );
  });
});

describe("baseline steps in the history", () => {
  const held = [
    {
      taskUid: 1,
      start: "2027-03-01T08:00:00",
      finish: "2027-03-02T17:00:00",
      durationMinutes: 960,
      workMinutes: null,
      cost: null,
    },
  ];
  const moved = [{ ...held[0], finish: "2027-03-04T17:00:00" }] as typeof held;

  it("undoes a set by putting back what the baseline held, and redoes it with what it got", () => {
    fc.assert(
      fc.property(planModels, (model) => {
        const entry = baselineEntry("Set Baseline 2", { number: 2, before: held, after: moved });
        const history = recorded(EMPTY_HISTORY, entry, model, model);
        expect(nextStep(history, "undo")?.label).toBe("Set Baseline 2");
        expect(baselineTarget(entry, "undo")).toEqual({ number: 2, items: held });
        expect(baselineTarget(entry, "redo")).toEqual({ number: 2, items: moved });
        // No task changes: the step sends no task operations and leaves the plan as it is.
        expect(stepOperations(history, "undo", model).operations).toEqual([]);
        const undone = stepped(history, "undo", new Map(), model, model);
        expect(undone.undo).toEqual([]);
        expect(nextStep(undone, "redo")?.baseline).toEqual(entry.baseline);
      }),
      { numRuns: 20 },
    );
  });

  it("undoes a set of an empty slot, or a clear, through what was not set", () => {
    const first = baselineEntry("Set Baseline", { number: 0, before: null, after: held });
    expect(baselineTarget(first, "undo")).toEqual({ number: 0, items: null });
    const clear = baselineEntry("Clear Baseline", { number: 0, before: held, after: null });
    expect(baselineTarget(clear, "undo")).toEqual({ number: 0, items: held });
    expect(baselineTarget(clear, "redo")).toEqual({ number: 0, items: null });
  });
});
