import { type Link, LinkCreate, LinkUpdate, type PlanChange } from "@orrery/contracts/plans";
import { NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { applyOperations, fieldInBody, linkRowOf } from "./plan-edits.js";
import { type EditRecord, readablePlan, runPlanEdit } from "./plan-mutation.js";
import { toLink } from "./plan-shape.js";
import { type LinkRow, readLinks } from "./plan-store.js";

export async function listLinks(ctx: OrgCtx, idOrKey: string): Promise<{ items: Link[] }> {
  const { key } = await readablePlan(ctx, idOrKey);
  return { items: (await readLinks(ctx.db, key)).map(toLink) };
}

function linkRecord(
  ctx: OrgCtx,
  action: string,
  id: string,
  before: Link | null,
  after: Link | null,
): EditRecord {
  const link = after ?? before;
  return {
    audit: { action, entityType: "link", entityId: id, before, after },
    event: {
      type: "plan.updated",
      entityType: "link",
      entityId: id,
      summary: `${ctx.actor.name} ${action === "link.create" ? "linked" : action === "link.delete" ? "unlinked" : "changed the link of"} tasks ${link?.predecessorUid} and ${link?.successorUid}`,
    },
  };
}

/** Links two tasks and reschedules; a link that closes a loop is refused naming the loop. */
export async function createLink(ctx: OrgCtx, idOrKey: string, raw: unknown): Promise<PlanChange> {
  const link = parseInput(LinkCreate, raw);
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => applyOperations(state, key, [{ op: "link", link }], fieldInBody),
    (change, edited) => {
      const [added] = edited.addedLinks;
      const after = change.links.find((l) => l.id === added?.id) ?? null;
      return linkRecord(ctx, "link.create", added?.id ?? "", null, after);
    },
  );
}

/** The link as the caller last read it: 404 when absent, 412 when `expectedVersion` is stale. */
function currentLink(
  links: readonly LinkRow[],
  id: string,
  expectedVersion: number | null,
): LinkRow {
  const link = links.find((candidate) => candidate.id === id);
  if (!link) throw new NotFound("link", id);
  if (expectedVersion !== null && expectedVersion !== link.version) throw new StaleWrite("link");
  return link;
}

/** Changes a link's type or lag (412 when `expectedVersion` is stale) and reschedules. */
export async function updateLink(
  ctx: OrgCtx,
  idOrKey: string,
  id: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<PlanChange> {
  const patch = parseInput(LinkUpdate, raw);
  let before: Link | null = null;
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => {
      const row = currentLink(state.links, id, expectedVersion);
      before = toLink(row);
      const next = linkRowOf(
        key,
        id,
        { ...before, type: patch.type ?? before.type, lag: patch.lag ?? before.lag },
        row.version,
      );
      const edited = applyOperations(state, key, [], fieldInBody);
      return {
        ...edited,
        state: { ...edited.state, links: state.links.map((l) => (l.id === id ? next : l)) },
        updatedLinks: [{ row: next, version: row.version }],
      };
    },
    (change) =>
      linkRecord(ctx, "link.update", id, before, change.links.find((l) => l.id === id) ?? null),
  );
}

export async function deleteLink(
  ctx: OrgCtx,
  idOrKey: string,
  id: string,
  expectedVersion: number | null,
): Promise<PlanChange> {
  let before: Link | null = null;
  return runPlanEdit(
    ctx,
    idOrKey,
    async (_tx, state, key) => {
      const row = currentLink(state.links, id, expectedVersion);
      before = toLink(row);
      return applyOperations(
        state,
        key,
        [{ op: "unlink", predecessorUid: row.predecessorUid, successorUid: row.successorUid }],
        fieldInBody,
      );
    },
    () => linkRecord(ctx, "link.delete", id, before, null),
  );
}
