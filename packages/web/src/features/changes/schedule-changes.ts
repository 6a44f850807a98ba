import type { TaskBatchOperation } from "@orrery/contracts/plans";

/**
 * One line of a request's schedule change as the form holds it; `toOperations` turns the lines
 * into the plan operations `tasks:batch` takes, which the server schedules to show the impact.
 */
export type ScheduleChange = { readonly id: number } & (
  | { readonly kind: "duration"; readonly taskUid: string | null; readonly days: number | "" }
  | {
      readonly kind: "dependency";
      readonly predecessorUid: string | null;
      readonly successorUid: string | null;
    }
  | {
      readonly kind: "task";
      readonly name: string;
      readonly days: number | "";
      readonly afterUid: string | null;
    }
);

export type ScheduleChangeKind = ScheduleChange["kind"];

export const SCHEDULE_CHANGE_KINDS: readonly ScheduleChangeKind[] = [
  "duration",
  "dependency",
  "task",
];

export const SCHEDULE_CHANGE_LABELS: Record<ScheduleChangeKind, string> = {
  duration: "Change a duration",
  dependency: "Add a dependency",
  task: "Add a task",
};

/** An empty line; `id` keeps it apart from the others while lines are added and removed. */
export function blankChange(kind: ScheduleChangeKind, id: number): ScheduleChange {
  if (kind === "duration") return { id, kind, taskUid: null, days: "" };
  if (kind === "dependency") return { id, kind, predecessorUid: null, successorUid: null };
  return { id, kind, name: "", days: "", afterUid: null };
}

/** What is missing on one line, as `{ line, field, message }` for the form to show. */
export interface ChangeProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/**
 * The plan operations of the lines, in order. New tasks take UIDs from `nextUid` up, so a
 * later line may link to them. Answers the problems instead when a line is incomplete.
 */
export function toOperations(
  changes: readonly ScheduleChange[],
  minutesPerDay: number,
  nextUid: number,
): { ok: true; operations: TaskBatchOperation[] } | { ok: false; problems: ChangeProblem[] } {
  const operations: TaskBatchOperation[] = [];
  const problems: ChangeProblem[] = [];
  const minutes = (days: number) => Math.round(days * minutesPerDay);
  let uid = nextUid;
  changes.forEach((change, line) => {
    const missing = (field: string, message: string) => problems.push({ line, field, message });
    if (change.kind === "duration") {
      if (change.taskUid === null) missing("taskUid", "Choose a task");
      if (change.days === "" || change.days < 0) missing("days", "Enter the new duration in days");
      if (change.taskUid !== null && change.days !== "" && change.days >= 0)
        operations.push({
          op: "update",
          uid: Number(change.taskUid),
          patch: { durationMinutes: minutes(change.days) },
        });
    } else if (change.kind === "dependency") {
      if (change.predecessorUid === null) missing("predecessorUid", "Choose the task first done");
      if (change.successorUid === null) missing("successorUid", "Choose the task that waits");
      if (change.predecessorUid !== null && change.predecessorUid === change.successorUid)
        missing("successorUid", "Choose another task than the predecessor");
      else if (change.predecessorUid !== null && change.successorUid !== null)
        operations.push({
          op: "link",
          link: {
            predecessorUid: Number(change.predecessorUid),
            successorUid: Number(change.successorUid),
            type: "FS",
            lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
          },
        });
    } else {
      if (change.name.trim() === "") missing("name", "Name the new task");
      if (change.days === "" || change.days < 0) missing("days", "Enter its duration in days");
      if (change.name.trim() !== "" && change.days !== "" && change.days >= 0) {
        const created = uid++;
        operations.push({
          op: "create",
          task: { uid: created, name: change.name.trim(), durationMinutes: minutes(change.days) },
        });
        if (change.afterUid !== null)
          operations.push({
            op: "link",
            link: {
              predecessorUid: Number(change.afterUid),
              successorUid: created,
              type: "FS",
              lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
            },
          });
      }
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, operations };
}
