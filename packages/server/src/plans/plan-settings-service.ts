import { type Plan, type PlanChange, PlanUpdate } from "@orrery/contracts/plans";
import { Invalid, StaleWrite } from "@orrery/core/errors/domain-error";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { withoutTaskEdits } from "./plan-edits.js";
import { readablePlan, runPlanEdit } from "./plan-mutation.js";
import { toPlan } from "./plan-shape.js";
import { countTasks } from "./plan-store.js";

// The plan's own settings: its start, status date, project calendar and constraint rule. Each
// change moves every date, so it reschedules in the same transaction.

export async function getPlan(ctx: OrgCtx, idOrKey: string): Promise<Plan> {
  const { key, plan } = await readablePlan(ctx, idOrKey);
  return toPlan(plan, await countTasks(ctx.db, key));
}

/** Changes the plan's start, status date, project calendar or constraint rule; reschedules. */
export async function updatePlanSettings(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<PlanChange> {
  const patch = parseInput(PlanUpdate, raw);
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state) => {
      if (expectedVersion !== null && expectedVersion !== state.plan.version)
        throw new StaleWrite("plan");
      if (patch.calendarUid !== undefined) {
        const calendar = state.calendars.find((c) => c.uid === patch.calendarUid);
        if (!calendar?.isBase)
          throw new Invalid([
            { path: "calendarUid", message: `no base calendar ${patch.calendarUid} in this plan` },
          ]);
      }
      return withoutTaskEdits({ ...state, plan: { ...state.plan, ...patch } });
    },
    (change, _edited, before) => ({
      audit: {
        action: "plan.update",
        entityType: "plan",
        entityId: before.plan.projectId,
        before: toPlan(before.plan, before.tasks.length),
        after: change.plan,
      },
      event: {
        type: "plan.updated",
        entityType: "plan",
        entityId: before.plan.projectId,
        summary: `${ctx.actor.name} changed the plan's settings`,
      },
    }),
  );
}
