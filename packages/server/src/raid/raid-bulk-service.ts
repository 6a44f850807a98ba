import {
  RAID_REF_PREFIXES,
  type RaidBulkPatch,
  type RaidBulkResult,
  RaidBulkUpdate,
  type RaidItem,
  RaidType,
} from "@orrery/contracts/raid";
import {
  type FieldProblem,
  Forbidden,
  Invalid,
  NotFound,
  StaleWrite,
} from "@orrery/core/errors/domain-error";
import { orgEvent } from "../events/org-event.js";
import { notifyActionAssigned } from "../notifications/notification-triggers.js";
import { findVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { foreignFieldProblems } from "./raid-fields.js";
import { referenceProblems } from "./raid-references.js";
import { readBack, reviewStamp } from "./raid-service.js";
import { lockRaidItems, type RaidRow, updateRaidItem } from "./raid-store.js";

/**
 * Sets the same fields on many items of one project at once (owner, status, category, due
 * date), or with nothing to set marks them reviewed. All or nothing: any item changed since the
 * version given refuses the whole edit with 412 naming those items.
 */
export async function bulkUpdateProjectRaid(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
): Promise<RaidBulkResult> {
  const input = parseInput(RaidBulkUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { row: project, myRole } = await findVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "raid.edit", myRole);
    return applyBulk(tx, ctx, change, input, new Map([[project.id, project]]));
  });
}

/**
 * The same across projects (the PMO's view): each item's project must allow the caller to edit
 * its RAID log. One event per project touched, so each reaches only that project's audience.
 */
export async function bulkUpdateOrgRaid(ctx: OrgCtx, raw: unknown): Promise<RaidBulkResult> {
  const input = parseInput(RaidBulkUpdate, raw);
  authorize(ctx, "raid.list");
  return runOrgMutation(ctx, (tx, change) => applyBulk(tx, ctx, change, input, null));
}

type BulkInput = ReturnType<typeof RaidBulkUpdate.parse>;

/**
 * `projects` fixes the projects the items may belong to (one, from the URL), or is null to take
 * each item's own project, checked for the caller's right to edit it.
 */
async function applyBulk(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  input: BulkInput,
  projects: Map<string, ProjectRow> | null,
): Promise<RaidBulkResult> {
  const rows = new Map(
    (
      await lockRaidItems(
        tx,
        ctx.org.orgId,
        input.items.map((i) => i.id),
      )
    ).map((r) => [r.id, r]),
  );
  const editable = projects ?? (await editableProjects(tx, ctx, [...rows.values()]));
  const missing = input.items.flatMap((target, i) => {
    const row = rows.get(target.id);
    return row && editable.has(row.projectId)
      ? []
      : [{ path: `items.${i}.id`, message: "is not a RAID item of this project" }];
  });
  if (missing.length > 0) {
    // Across projects an item one may not see is refused like one one may not edit, so that
    // whether it exists does not leak.
    if (projects === null)
      throw new Forbidden(
        `you may not edit ${missing.map((m) => m.path).join(", ")}: not RAID items of projects whose log you may edit`,
      );
    throw new Invalid(missing);
  }

  const targets = input.items.map((target) => {
    const row = rows.get(target.id);
    const project = row && editable.get(row.projectId);
    if (!row || !project) throw new Error("a checked RAID item vanished");
    return { target, row, project };
  });
  const stale = targets.flatMap(({ target, row }, i) =>
    row.version === target.version
      ? []
      : [
          {
            path: `items.${i}`,
            message: `${refOf(row)} is at version ${row.version}, not ${target.version}`,
          },
        ],
  );
  if (stale.length > 0) throw new StaleWrite("RAID items", stale);

  const problems: FieldProblem[] = targets.flatMap(({ row }, i) =>
    foreignFieldProblems(RaidType.parse(row.type), input.set).map((p) => ({
      path: `items.${i}`,
      message: `${refOf(row)}: ${p.path} ${p.message}`,
    })),
  );
  for (const project of new Set(targets.map((t) => t.project))) {
    problems.push(...(await referenceProblems(tx, ctx, project, input.set, "set.")));
  }
  if (problems.length > 0) throw new Invalid(problems);

  const reviewOnly = Object.keys(input.set).length === 0;
  const items: RaidItem[] = [];
  for (const { row, project } of targets) {
    const before = await readBack(tx, ctx, project.id, row.id);
    const patch = { ...input.set, ...reviewStamp(ctx) };
    if (!(await updateRaidItem(tx, ctx.org.orgId, project.id, row.id, row.version, patch)))
      throw new StaleWrite("RAID item");
    const after = await readBack(tx, ctx, project.id, row.id);
    await change.audit({
      action: reviewOnly ? "raid_item.review" : "raid_item.update",
      entityType: "raid_item",
      entityId: row.id,
      before,
      after,
    });
    await notifyActionAssigned(tx, ctx, change, row.ownerId, after);
    items.push(after);
  }
  for (const project of new Set(targets.map((t) => t.project))) {
    const count = targets.filter((t) => t.project === project).length;
    change.emit(
      orgEvent(ctx, {
        type: "raid_item.bulk_updated",
        entityType: "project",
        entityId: project.id,
        projectId: project.id,
        summary: `${ctx.actor.name} ${describeBulk(input.set)} ${count} RAID ${count === 1 ? "item" : "items"} of ${project.key}`,
        audience: { kind: "project", projectId: project.id },
      }),
    );
  }
  return { items };
}

/** The projects of `rows` whose RAID log the caller may edit, by id. */
async function editableProjects(
  tx: Db,
  ctx: OrgCtx,
  rows: readonly RaidRow[],
): Promise<Map<string, ProjectRow>> {
  const editable = new Map<string, ProjectRow>();
  for (const projectId of new Set(rows.map((r) => r.projectId))) {
    const { row, myRole } = await findVisibleProject(tx, ctx, projectId).catch((error) => {
      if (error instanceof NotFound) return { row: null, myRole: null };
      throw error;
    });
    if (row === null) continue;
    authorize(ctx, "raid.edit", myRole);
    editable.set(projectId, row);
  }
  return editable;
}

function describeBulk(set: RaidBulkPatch): string {
  if (Object.keys(set).length === 0) return "marked reviewed";
  if (Object.keys(set).length === 1 && set.status === "closed") return "closed";
  return "updated";
}

function refOf(row: RaidRow): string {
  return `${RAID_REF_PREFIXES[RaidType.parse(row.type)]}-${row.number}`;
}
