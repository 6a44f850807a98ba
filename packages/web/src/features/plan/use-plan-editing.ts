import { notifications } from "@mantine/notifications";
import type { PlanChange, TaskBatchOperation } from "@orrery/contracts/plans";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { ApiProblem, problemStatus } from "../../api/api-problem.js";
import { afterPaint } from "./after-paint.js";
import { linksAfterChange, tasksAfterChange } from "./plan-change.js";
import {
  baselineEntry,
  baselineTarget,
  dropped,
  EMPTY_HISTORY,
  editEntry,
  type HistoryDirection,
  nextStep,
  type PlanHistory,
  recorded,
  stepOperations,
  stepped,
} from "./plan-history.js";
import { ModelRefusal, modelOf, type PlanModel } from "./plan-model.js";
import {
  cachedPlan,
  fetchBaselineItems,
  invalidatePlan,
  restoreBaseline,
  sendPlanEdit,
} from "./queries.js";

/** Every edit of the plan goes through here, so each can be undone and redone. */
export interface PlanEditing {
  /**
   * Sends operations as one batch and puts them on the undo history under `label` (what the
   * Undo button will say, e.g. `Duration of Design`). The one call for any edit: a grid cell, a
   * row operation, a Gantt drag's task patch or link. Answers the server's change, or null when
   * it refused (the person has been told why).
   */
  readonly edit: (label: string, operations: TaskBatchOperation[]) => Promise<PlanChange | null>;
  /** Like `edit` for an edit sent another way (`send` answers the server's change); rethrows. */
  readonly track: (
    label: string,
    operations: TaskBatchOperation[],
    send: () => Promise<PlanChange>,
  ) => Promise<PlanChange>;
  /**
   * A baseline set or cleared by `write`, as a step of the history: what baseline `number` held
   * before and after is kept, so undo puts the old one back (or clears it). Rethrows.
   */
  readonly trackBaseline: (
    label: string,
    number: number,
    write: () => Promise<unknown>,
  ) => Promise<void>;
  readonly undo: () => void;
  readonly redo: () => void;
  /** What Undo and Redo would take back or re-apply; null when there is nothing. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** The last step taken, for a live region: `Undid Duration of Design`. */
  readonly lastStep: string | null;
}

function modelOfPlan(plan: ReturnType<typeof cachedPlan>): PlanModel | null {
  return plan ? modelOf(plan.tasks.items, plan.links.items) : null;
}

/** Why the server refused, in its own words: the field messages without their API paths. */
function reasonOf(error: unknown): string {
  if (!(error instanceof ApiProblem)) return "the server did not answer";
  const messages = error.problem.errors?.map((e) => e.message) ?? [];
  return messages.length > 0 ? messages.join("; ") : error.message;
}

/** The plan's edits with their undo history; edits and steps run one after another. */
export function usePlanEditing(org: string, projectId: string): PlanEditing {
  const queryClient = useQueryClient();
  const [history, setHistory] = useState<PlanHistory>(EMPTY_HISTORY);
  const [lastStep, setLastStep] = useState<string | null>(null);
  // The latest history for steps queued behind a running one, and the queue itself: each edit
  // reads the plan as the previous one left it.
  const current = useRef(history);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const commit = useCallback((next: PlanHistory) => {
    current.current = next;
    setHistory(next);
  }, []);

  const enqueue = useCallback(<T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.current.then(run, run);
    queue.current = result.catch(() => undefined);
    return result;
  }, []);

  const track = useCallback(
    (label: string, operations: TaskBatchOperation[], send: () => Promise<PlanChange>) => {
      // The caller has its answer as soon as the server's is in the cache; the queue goes on
      // to record the edit for undo once the answer has painted and the browser is idle, and
      // only then takes the next edit (which reads the plan this one left).
      let answered: (change: PlanChange) => void = () => undefined;
      let refused: (error: unknown) => void = () => undefined;
      const answer = new Promise<PlanChange>((resolve, reject) => {
        answered = resolve;
        refused = reject;
      });
      void enqueue(async () => {
        const plan = cachedPlan(queryClient, org, projectId);
        let change: PlanChange;
        try {
          change = await send();
        } catch (error) {
          refused(error);
          return;
        }
        answered(change);
        if (!plan) return;
        await afterPaint();
        const before = modelOfPlan(plan);
        const after = modelOf(
          tasksAfterChange(plan.tasks, change).items,
          linksAfterChange(plan.links, change).items,
        );
        const entry = before && editEntry(label, operations, before, after);
        if (before && entry) commit(recorded(current.current, entry, before, after));
      });
      return answer;
    },
    [commit, enqueue, queryClient, org, projectId],
  );

  const edit = useCallback(
    async (label: string, operations: TaskBatchOperation[]) => {
      try {
        return await track(label, operations, () =>
          sendPlanEdit(queryClient, org, projectId, operations),
        );
      } catch (error) {
        notifications.show({
          color: "red",
          message:
            problemStatus(error) === 412
              ? `Someone else changed this task meanwhile; the plan now shows their change. "${label}" was not saved.`
              : `"${label}" was not saved: ${reasonOf(error)}`,
        });
        return null;
      }
    },
    [track, queryClient, org, projectId],
  );

  const trackBaseline = useCallback(
    (label: string, number: number, write: () => Promise<unknown>) =>
      enqueue(async () => {
        try {
          const before = await fetchBaselineItems(org, projectId, number);
          await write();
          const after = await fetchBaselineItems(org, projectId, number);
          const model = modelOfPlan(cachedPlan(queryClient, org, projectId));
          const entry = baselineEntry(label, { number, before, after });
          if (model) commit(recorded(current.current, entry, model, model));
        } finally {
          void invalidatePlan(queryClient, org, projectId);
        }
      }),
    [commit, enqueue, queryClient, org, projectId],
  );

  const step = useCallback(
    (direction: HistoryDirection) =>
      void enqueue(async () => {
        const entry = nextStep(current.current, direction);
        const plan = cachedPlan(queryClient, org, projectId);
        const before = modelOfPlan(plan);
        if (!entry || !plan || !before) return;
        const verb = direction === "undo" ? "undo" : "redo";
        try {
          const baseline = baselineTarget(entry, direction);
          if (baseline) {
            await restoreBaseline(org, projectId, baseline.number, baseline.items);
            void invalidatePlan(queryClient, org, projectId);
            commit(stepped(current.current, direction, new Map(), before, before));
            setLastStep(`${direction === "undo" ? "Undid" : "Redid"} ${entry.label}`);
            return;
          }
          const { operations, renamed } = stepOperations(current.current, direction, before);
          const change =
            operations.length > 0
              ? await sendPlanEdit(queryClient, org, projectId, operations)
              : null;
          if (change) await afterPaint();
          const after = change
            ? modelOf(
                tasksAfterChange(plan.tasks, change).items,
                linksAfterChange(plan.links, change).items,
              )
            : before;
          commit(stepped(current.current, direction, renamed, before, after));
          setLastStep(`${direction === "undo" ? "Undid" : "Redid"} ${entry.label}`);
        } catch (error) {
          // The plan no longer holds what the step needs: a colleague changed or deleted it.
          const conflict = problemStatus(error) === 412 || error instanceof ModelRefusal;
          const unreachable = problemStatus(error) === 0;
          // A step the plan can no longer take is dropped; one the network lost can be retried.
          if (!unreachable) commit(dropped(current.current, direction));
          void invalidatePlan(queryClient, org, projectId);
          notifications.show({
            color: "red",
            message: conflict
              ? `Cannot ${verb} "${entry.label}": someone else changed the plan meanwhile. The plan now shows their change, and this step is no longer in the history.`
              : `Cannot ${verb} "${entry.label}": ${reasonOf(error)}`,
          });
        }
      }),
    [commit, enqueue, queryClient, org, projectId],
  );

  const undoLabel = nextStep(history, "undo")?.label ?? null;
  const redoLabel = nextStep(history, "redo")?.label ?? null;
  return useMemo(
    () => ({
      edit,
      track,
      trackBaseline,
      undo: () => step("undo"),
      redo: () => step("redo"),
      undoLabel,
      redoLabel,
      lastStep,
    }),
    [edit, track, trackBaseline, step, undoLabel, redoLabel, lastStep],
  );
}
