import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import {
  type OrgRaidListQuery,
  type RaidExportQuery,
  type RaidItem,
  RaidItemCreate,
  type RaidItemCreated,
  RaidItemUpdate,
  type RaidListQuery,
  RaidType,
  RiskKind,
  RiskResponse,
} from "@orrery/contracts/raid";
import { readsAllProjects } from "@orrery/core/access/policy";
import { Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { notifyActionAssigned } from "../notifications/notification-triggers.js";
import { pageOf, positionAfter } from "../pagination/cursor.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import type { ProjectRow } from "../projects/project-store.js";
import type { ProjectReader } from "../projects/readable-projects.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import type { Change } from "../service/mutation.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { foreignFieldProblems, riskProblems } from "./raid-fields.js";
import { referenceProblems } from "./raid-references.js";
import { toRaidItem } from "./raid-shape.js";
import {
  deleteRaidItem as deleteRaidRow,
  findRaidView,
  insertRaidItem,
  listRaidViews,
  lockRaidItem,
  nextRaidNumber,
  type RaidFilter,
  type RaidInsert,
  type RaidRow,
  type RaidScope,
  replaceTaskLinks,
  updateRaidItem as updateRaidRow,
} from "./raid-store.js";
import { withTaskOutlineNumber, withTaskOutlineNumbers } from "./raid-task-outline.js";

const ListCursor = z.object({ sort: z.string(), value: z.string(), id: z.uuid() });
const ItemId = z.uuid();

/** The project whose RAID log the caller may read; 404 if they may not see it, else 403. */
export async function projectWithReadableRaid(
  ctx: OrgCtx,
  projectIdOrKey: string,
): Promise<ProjectRow> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "raid.read", myRole);
  return row;
}

/** A page of one project's RAID log. */
export async function listProjectRaid(
  ctx: OrgCtx,
  projectIdOrKey: string,
  query: RaidListQuery,
): Promise<Page<RaidItem>> {
  const project = await projectWithReadableRaid(ctx, projectIdOrKey);
  return listRaid(ctx, { projectId: project.id }, query);
}

/**
 * A page of RAID items across every project the caller may read: all of them for portfolio
 * roles, otherwise the projects they are a member of. This is the PMO's view.
 */
export async function listOrgRaid(ctx: OrgCtx, query: OrgRaidListQuery): Promise<Page<RaidItem>> {
  authorize(ctx, "raid.list");
  return listRaid(ctx, readableScope(ctx, query.projectId), query);
}

export function readableScope(ctx: OrgCtx, projectId: string | undefined): RaidScope {
  return { ...raidReader(ctx), ...(projectId === undefined ? {} : { projectId }) };
}

/** Who reads: decides whether a project depended on is named or hidden. */
export function raidReader(ctx: OrgCtx): ProjectReader {
  return { viewerId: ctx.actor.userId, readsAll: readsAllProjects(ctx.org.role) };
}

/** The store's filter for a list query: `stale` becomes "last reviewed before" an instant. */
export function raidFilterOf(ctx: OrgCtx, query: RaidListQuery | RaidExportQuery): RaidFilter {
  const { stale, staleDays, ...filter } = query;
  return {
    ...filter,
    reviewedBefore: stale ? new Date(ctx.now.getTime() - staleDays * DAY_MS) : undefined,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

async function listRaid(
  ctx: OrgCtx,
  scope: RaidScope,
  query: RaidListQuery,
): Promise<Page<RaidItem>> {
  const after = positionAfter(ListCursor, query.cursor, query.sort);
  const views = await listRaidViews(
    ctx.db,
    ctx.org.orgId,
    scope,
    raidReader(ctx),
    raidFilterOf(ctx, query),
    query.sort,
    after,
    query.limit + 1,
  );
  const rows = await withTaskOutlineNumbers(ctx.db, ctx.org.orgId, views);
  return pageOf(rows, query.limit, toRaidItem, (view) => ({
    sort: query.sort,
    value: view.sortValue,
    id: view.row.id,
  }));
}

export async function getRaidItem(
  ctx: OrgCtx,
  projectIdOrKey: string,
  itemId: string,
): Promise<RaidItem> {
  const project = await projectWithReadableRaid(ctx, projectIdOrKey);
  const view = ItemId.safeParse(itemId).success
    ? await findRaidView(ctx.db, ctx.org.orgId, project.id, itemId, raidReader(ctx))
    : null;
  if (!view) throw new NotFound("RAID item", itemId);
  return toRaidItem(await withTaskOutlineNumber(ctx.db, ctx.org.orgId, view));
}

/** Records an item, numbered next in its project and type (`R-13` after `R-12`). */
export async function createRaidItem(
  ctx: OrgCtx,
  projectIdOrKey: string,
  raw: unknown,
): Promise<RaidItem> {
  const input = parseInput(RaidItemCreate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    // The project's row lock also serialises the numbering of its items.
    const { row: project, myRole } = await lockVisibleProject(tx, ctx, projectIdOrKey);
    authorize(ctx, "raid.edit", myRole);
    return recordRaidItem(tx, ctx, change, project, input);
  });
}

/**
 * Records an item inside a caller's mutation, which has locked the project and decided who may
 * do this (a gate decision records its conditions as actions this way), with its audit and event.
 */
export async function recordRaidItem(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  project: Pick<ProjectRow, "id">,
  raw: RaidItemCreate,
): Promise<RaidItem> {
  const input: RaidItemCreated = parseInput(RaidItemCreate, raw);
  const problems = await referenceProblems(tx, ctx, project, input);
  if (input.type === "risk") problems.push(...riskProblems(input));
  if (problems.length > 0) throw new Invalid(problems);
  const id = randomUUID();
  const { taskUids, ...fields } = input;
  await insertRaidItem(tx, {
    ...fields,
    orgId: ctx.org.orgId,
    id,
    projectId: project.id,
    number: await nextRaidNumber(tx, ctx.org.orgId, project.id, input.type),
    lastReviewedAt: ctx.now,
    lastReviewedBy: ctx.actor.userId,
    createdAt: ctx.now,
    createdBy: ctx.actor.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  });
  await replaceTaskLinks(tx, ctx.org.orgId, project.id, id, taskUids);
  const item = await readBack(tx, ctx, project.id, id);
  await recordChange(ctx, change, "created", { before: null, after: item });
  await notifyActionAssigned(tx, ctx, change, null, item);
  return item;
}

/**
 * Applies a partial update, refusing it with 412 if the item changed since `expectedVersion`.
 * Every edit counts as a review, so `lastReviewedAt` moves with it; an empty one (`{}`) only
 * marks the item reviewed.
 */
export async function updateRaidItem(
  ctx: OrgCtx,
  projectIdOrKey: string,
  itemId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<RaidItem> {
  const input = parseInput(RaidItemUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockItem(tx, ctx, projectIdOrKey, itemId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("RAID item");
    const problems = foreignFieldProblems(RaidType.parse(current.type), input);
    if (problems.length > 0) throw new Invalid(problems);
    problems.push(...(await referenceProblems(tx, ctx, project, input)));
    if (current.type === "risk") problems.push(...riskProblems(mergedRisk(current, input)));
    if (problems.length > 0) throw new Invalid(problems);
    const before = await readBack(tx, ctx, project.id, current.id);
    const { taskUids, ...fields } = input;
    const patch: Partial<RaidInsert> = { ...fields, ...reviewStamp(ctx) };
    if (!(await updateRaidRow(tx, ctx.org.orgId, project.id, current.id, current.version, patch)))
      throw new StaleWrite("RAID item");
    if (taskUids) await replaceTaskLinks(tx, ctx.org.orgId, project.id, current.id, taskUids);
    const after = await readBack(tx, ctx, project.id, current.id);
    const what = Object.keys(input).length === 0 ? "reviewed" : "updated";
    await recordChange(ctx, change, what, { before, after });
    await notifyActionAssigned(tx, ctx, change, current.ownerId, after);
    return after;
  });
}

export async function deleteRaidItem(
  ctx: OrgCtx,
  projectIdOrKey: string,
  itemId: string,
  expectedVersion: number | null,
): Promise<void> {
  await runOrgMutation(ctx, async (tx, change) => {
    const { project, current } = await lockItem(tx, ctx, projectIdOrKey, itemId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("RAID item");
    const before = await readBack(tx, ctx, project.id, current.id);
    if (!(await deleteRaidRow(tx, ctx.org.orgId, project.id, current.id, current.version)))
      throw new StaleWrite("RAID item");
    await recordChange(ctx, change, "deleted", { before, after: null });
  });
}

/** The project (permission checked for editing) and the item, locked. */
async function lockItem(
  tx: Db,
  ctx: OrgCtx,
  projectIdOrKey: string,
  itemId: string,
): Promise<{ project: ProjectRow; current: RaidRow }> {
  const { row: project, myRole } = await findVisibleProject(tx, ctx, projectIdOrKey);
  authorize(ctx, "raid.edit", myRole);
  const current = ItemId.safeParse(itemId).success
    ? await lockRaidItem(tx, ctx.org.orgId, project.id, itemId)
    : null;
  if (!current) throw new NotFound("RAID item", itemId);
  return { project, current };
}

function mergedRisk(current: RaidRow, input: z.output<typeof RaidItemUpdate>) {
  const pick = <K extends "residualProbability" | "residualImpact">(key: K) =>
    input[key] === undefined ? current[key] : input[key];
  return {
    riskKind: input.riskKind ?? RiskKind.parse(current.riskKind),
    response:
      input.response === undefined
        ? current.response === null
          ? null
          : RiskResponse.parse(current.response)
        : input.response,
    residualProbability: pick("residualProbability"),
    residualImpact: pick("residualImpact"),
  };
}

/** What every edit stamps: it counts as a review, by the editor, now. */
export function reviewStamp(ctx: OrgCtx): Partial<RaidInsert> {
  return {
    lastReviewedAt: ctx.now,
    lastReviewedBy: ctx.actor.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  };
}

/** An item as it stands inside the transaction, as the caller sees it. */
export async function readBack(
  tx: Db,
  ctx: OrgCtx,
  projectId: string,
  id: string,
): Promise<RaidItem> {
  const view = await findRaidView(tx, ctx.org.orgId, projectId, id, raidReader(ctx));
  if (!view) throw new Error(`RAID item ${id} vanished inside its own transaction`);
  return toRaidItem(await withTaskOutlineNumber(tx, ctx.org.orgId, view));
}

const CHANGES = {
  created: { action: "raid_item.create", verb: "recorded" },
  updated: { action: "raid_item.update", verb: "updated" },
  reviewed: { action: "raid_item.review", verb: "reviewed" },
  deleted: { action: "raid_item.delete", verb: "deleted" },
} as const;

/** The audit row and the event of one change to an item. */
async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  states: { before: RaidItem | null; after: RaidItem | null },
): Promise<void> {
  const item = states.after ?? states.before;
  if (!item) throw new Error("a RAID change needs the item before or after it");
  await change.audit({
    action: CHANGES[what].action,
    entityType: "raid_item",
    entityId: item.id,
    ...states,
  });
  change.emit(
    orgEvent(ctx, {
      type: `raid_item.${what}`,
      entityType: "raid_item",
      entityId: item.id,
      projectId: item.project.id,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} ${item.project.key} ${item.ref} ${item.title}`,
      audience: { kind: "project", projectId: item.project.id },
    }),
  );
}
