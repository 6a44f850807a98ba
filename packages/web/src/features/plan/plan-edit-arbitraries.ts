import type { TaskBatchOperation } from "@orrery/contracts/plans";
import fc from "fast-check";
import { NEW_TASK, type PlanModel } from "./plan-model.js";
import {
  deleteRows,
  indentRows,
  insertRowAbove,
  moveRows,
  outdentRows,
  type RowEdit,
} from "./row-operations.js";

// Random plans and random edits of them, for the property tests of row operations and undo.

/** A plan of up to eight tasks in a valid outline, with some finish-to-start links. */
export const planModels: fc.Arbitrary<PlanModel> = fc
  .record({
    steps: fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }),
    durations: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 8 }),
    pairs: fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 4 }),
    versions: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ steps, durations, pairs, versions }) => {
    const levels: number[] = [];
    for (const step of steps)
      levels.push(Math.max(1, Math.min((levels.at(-1) ?? 0) + 1, step + 1)));
    // UIDs out of row order, as in a plan whose rows were moved.
    const tasks = levels.map((outlineLevel, i) => ({
      uid: 10 + ((i * 5) % 8),
      entered: {
        ...NEW_TASK,
        name: `Task ${i + 1}`,
        outlineLevel,
        durationMinutes: (durations[i] ?? 1) * 480,
      },
      version: versions[i] ?? 1,
    }));
    const seen = new Set<string>();
    const links = pairs.flatMap(([a, b]) => {
      const predecessor = tasks[a % tasks.length];
      const successor = tasks[b % tasks.length];
      if (!predecessor || !successor || predecessor === successor) return [];
      const key = `${predecessor.uid}>${successor.uid}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          predecessorUid: predecessor.uid,
          successorUid: successor.uid,
          type: "FS" as const,
          lag: { kind: "time" as const, minutes: 0, unit: "days" as const, elapsed: false },
        },
      ];
    });
    return { tasks, links };
  });

type EditKind =
  | "indent"
  | "outdent"
  | "insert"
  | "delete"
  | "up"
  | "down"
  | "duration"
  | "rename"
  | "link"
  | "unlink";

const KINDS: readonly EditKind[] = [
  "indent",
  "outdent",
  "insert",
  "delete",
  "up",
  "down",
  "duration",
  "rename",
  "link",
  "unlink",
];

/** A kind of edit with the rows it picks (indices into the plan, taken modulo its size). */
export const editChoices = fc.record({
  kind: fc.constantFrom(...KINDS),
  rows: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 3 }),
  days: fc.integer({ min: 0, max: 9 }),
});

/** The edit a choice makes of a plan, as the grid would send it; null when it does not apply. */
export function editOf(
  model: PlanModel,
  choice: { kind: EditKind; rows: readonly number[]; days: number },
): RowEdit | null {
  const picked = choice.rows.flatMap((row) => {
    const task = model.tasks[row % model.tasks.length];
    return task ? [task] : [];
  });
  const selected = new Set(picked.map((task) => task.uid));
  const [first, second] = picked;
  const single = (operation: TaskBatchOperation): RowEdit => ({
    label: choice.kind,
    operations: [operation],
  });
  switch (choice.kind) {
    case "indent":
      return indentRows(model, selected);
    case "outdent":
      return outdentRows(model, selected);
    case "insert":
      return insertRowAbove(model, selected);
    case "delete":
      return deleteRows(model, selected);
    case "up":
    case "down":
      return moveRows(model, selected, choice.kind);
    case "duration":
      return first
        ? single({
            op: "update",
            uid: first.uid,
            version: first.version,
            patch: { durationMinutes: choice.days * 480 },
          })
        : null;
    case "rename":
      return first
        ? single({
            op: "update",
            uid: first.uid,
            version: first.version,
            patch: { name: `${first.entered.name} (renamed)` },
          })
        : null;
    case "link": {
      if (!first || !second) return null;
      const exists = model.links.some(
        (l) => l.predecessorUid === first.uid && l.successorUid === second.uid,
      );
      return exists
        ? null
        : single({
            op: "link",
            link: {
              predecessorUid: first.uid,
              successorUid: second.uid,
              type: "SS",
              lag: { kind: "percent", percent: 10, elapsed: false },
            },
          });
    }
    case "unlink": {
      const link = model.links[choice.days % Math.max(1, model.links.length)];
      return link
        ? single({
            op: "unlink",
            predecessorUid: link.predecessorUid,
            successorUid: link.successorUid,
          })
        : null;
    }
  }
}
