import type { RagSignals } from "@orrery/contracts/status-reports";
import { toMoment, toScheduleInput } from "@orrery/interop/schedule-input";
import { compilePlan, taskCalendarOf } from "@orrery/scheduler/network/schedule-plan";
import { and, eq, inArray, lt, ne, sql } from "drizzle-orm";
import { documentOfPlan } from "../plans/plan-document.js";
import { loadPlanState } from "../plans/plan-mutation.js";
import { findPlan, type PlanKey, readBaselines } from "../plans/plan-store.js";
import type { ProjectRow } from "../projects/project-store.js";
import type { Db } from "../store/database.js";
import { raidItem } from "../store/schema/raid-tables.js";

// What the RAG rules measure, gathered from the project's stored plan and its RAID log. The plan
// is read as stored (its dates are the last reschedule's); the engine is used only for the
// working-time arithmetic, so a slip counts the project's working days, not calendar days.

/** The schedule measures: milestone slips against baseline 0, and the plan's least float. */
async function scheduleSignals(
  db: Db,
  key: PlanKey,
): Promise<Pick<RagSignals, "milestones" | "finishFloatDays">> {
  const planRow = await findPlan(db, key);
  if (planRow === null) return { milestones: [], finishFloatDays: null };
  const state = await loadPlanState(db, key, planRow);
  if (state.tasks.length === 0) return { milestones: [], finishFloatDays: null };
  const perDay = planRow.minutesPerDay;
  let leastFloat: number | null = null;
  for (const task of state.tasks) {
    if (!task.active || task.summary || task.totalFloatMinutes === null) continue;
    leastFloat = Math.min(leastFloat ?? Number.POSITIVE_INFINITY, task.totalFloatMinutes);
  }
  const baseline = new Map(
    (await readBaselines(db, key, 0)).map((row) => [row.taskUid, row.finish]),
  );
  const mapped = toScheduleInput(documentOfPlan(state));
  const compiled = compilePlan(mapped.input);
  const milestones: RagSignals["milestones"] = [];
  if (compiled.ok) {
    mapped.documentIndex.forEach((row, t) => {
      const task = state.tasks[row];
      const planned = task ? baseline.get(task.uid) : undefined;
      if (!task?.milestone || !task.active || !task.finish || !planned) return;
      const from = toMoment(planned);
      const to = toMoment(task.finish);
      if (from === undefined || to === undefined) return;
      const slip = taskCalendarOf(compiled.plan, t).between(from, to) / perDay;
      milestones.push({ name: task.name, slipDays: Math.round(slip * 10) / 10 });
    });
  }
  return {
    milestones,
    finishFloatDays: leastFloat === null ? null : Math.round((leastFloat / perDay) * 10) / 10,
  };
}

/** Open threats with their scores, and issues, actions and dependencies past their due date. */
async function raidSignals(
  db: Db,
  key: PlanKey,
  today: string,
): Promise<Pick<RagSignals, "openThreats" | "overdueItems">> {
  const open = and(
    eq(raidItem.orgId, key.orgId),
    eq(raidItem.projectId, key.projectId),
    ne(raidItem.status, "closed"),
  );
  const threats = await db
    .select({
      title: raidItem.title,
      score: sql<number>`${raidItem.probability} * ${raidItem.impact}`.mapWith(Number),
      answered: sql<boolean>`${raidItem.response} is not null`,
    })
    .from(raidItem)
    .where(and(open, eq(raidItem.type, "risk"), eq(raidItem.riskKind, "threat")))
    .orderBy(sql`${raidItem.probability} * ${raidItem.impact} desc`, raidItem.number);
  const overdue = await db
    .select({ title: raidItem.title })
    .from(raidItem)
    .where(
      and(
        open,
        inArray(raidItem.type, ["issue", "action", "dependency"]),
        lt(raidItem.dueDate, today),
      ),
    )
    .orderBy(raidItem.dueDate, raidItem.number);
  return { openThreats: threats, overdueItems: overdue };
}

/**
 * Every signal of one project as of `today` (`YYYY-MM-DD`). Cost has no forecast until plans
 * carry costs, and scope no open change requests until change control exists: both are reported
 * as such (null forecast, zero requests) rather than guessed.
 */
export async function gatherSignals(
  db: Db,
  project: ProjectRow,
  today: string,
): Promise<RagSignals> {
  const key = { orgId: project.orgId, projectId: project.id };
  return {
    ...(await scheduleSignals(db, key)),
    ...(await raidSignals(db, key, today)),
    budgetMinor: project.budgetMinor,
    costForecastMinor: null,
    openScopeChanges: 0,
  };
}
