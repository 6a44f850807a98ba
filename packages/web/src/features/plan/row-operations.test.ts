import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editChoices, editOf, planModels } from "./plan-edit-arbitraries.js";
import { applyToModel, NEW_TASK, type PlanModel } from "./plan-model.js";
import { deleteRows, indentRows, moveRows, outdentRows } from "./row-operations.js";

const levels = (model: PlanModel) => model.tasks.map((t) => t.entered.outlineLevel);
const order = (model: PlanModel) => model.tasks.map((t) => t.uid);

/** Rows of the given levels, named by their row number. */
function outline(...rowLevels: number[]): PlanModel {
  return {
    tasks: rowLevels.map((outlineLevel, i) => ({
      uid: i + 1,
      entered: { ...NEW_TASK, name: `T${i + 1}`, outlineLevel },
      version: 1,
    })),
    links: [],
  };
}

describe("row operations of the plan grid", () => {
  it("always give a batch the server accepts: the outline holds afterwards", () => {
    fc.assert(
      fc.property(planModels, editChoices, (model, choice) => {
        const edit = editOf(model, choice);
        if (edit) expect(() => applyToModel(model, edit.operations)).not.toThrow();
      }),
    );
  });

  it("indents a task with its subtasks, and outdenting puts it back", () => {
    const plan = outline(1, 1, 2, 1);
    const indented = applyToModel(plan, indentRows(plan, new Set([2]))?.operations ?? []);
    expect(levels(indented)).toEqual([1, 2, 3, 1]);
    const back = applyToModel(indented, outdentRows(indented, new Set([2]))?.operations ?? []);
    expect(levels(back)).toEqual([1, 1, 2, 1]);
    expect(indentRows(plan, new Set([1]))).toBeNull();
    expect(outdentRows(plan, new Set([1]))).toBeNull();
  });

  it("moves a task with its subtasks past its neighbour at the same level, and back", () => {
    fc.assert(
      fc.property(planModels, fc.nat(7), (model, row) => {
        const uid = model.tasks[row % model.tasks.length]?.uid ?? 0;
        const down = moveRows(model, new Set([uid]), "down");
        if (!down) return;
        const moved = applyToModel(model, down.operations);
        expect(levels(moved).sort()).toEqual(levels(model).sort());
        const up = moveRows(moved, new Set([uid]), "up");
        expect(order(applyToModel(moved, up?.operations ?? []))).toEqual(order(model));
      }),
    );
    const plan = outline(1, 2, 1, 1);
    expect(
      order(applyToModel(plan, moveRows(plan, new Set([1]), "down")?.operations ?? [])),
    ).toEqual([3, 1, 2, 4]);
    expect(moveRows(plan, new Set([2]), "up")).toBeNull();
  });

  it("says when a delete takes subtasks along", () => {
    const plan = outline(1, 2, 1);
    expect(deleteRows(plan, new Set([1]))).toMatchObject({ withSubtasks: true, count: 2 });
    expect(deleteRows(plan, new Set([3]))).toMatchObject({
      withSubtasks: false,
      label: "Delete T3",
    });
  });
});
