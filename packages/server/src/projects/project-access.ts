import type { ProjectRole } from "@orrery/contracts/roles";
import { readsAllProjects } from "@orrery/core/access/policy";
import { NotFound } from "@orrery/core/errors/domain-error";
import type { OrgCtx } from "../service/context.js";
import type { Db } from "../store/database.js";
import { readProjectRole } from "./project-shape.js";
import {
  findProjectAccess,
  lockProject,
  type ProjectRef,
  type ProjectRow,
} from "./project-store.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY = /^[A-Za-z][A-Za-z0-9]{1,9}$/;

/**
 * `{id}` in a project URL is the project's id or its key (`ERP`), so people and scripts can
 * use the short code. Anything else cannot name a project: not found.
 */
export function projectRefOf(idOrKey: string): ProjectRef {
  if (UUID.test(idOrKey)) return { id: idOrKey.toLowerCase() };
  if (KEY.test(idOrKey)) return { key: idOrKey.toUpperCase() };
  throw new NotFound("project", idOrKey);
}

/** True when the viewer may see that the project exists at all. */
export function canSee(ctx: OrgCtx, myRole: ProjectRole | null): boolean {
  return readsAllProjects(ctx.org.role) || myRole !== null;
}

type Visible = { row: ProjectRow; myRole: ProjectRole | null };

/**
 * The project row with the caller's project role. A project the caller may not read is
 * reported missing, so its existence does not leak.
 */
export async function findVisibleProject(db: Db, ctx: OrgCtx, idOrKey: string): Promise<Visible> {
  return visible(
    ctx,
    idOrKey,
    await findProjectAccess(db, ctx.org.orgId, projectRefOf(idOrKey), ctx.actor.userId),
  );
}

/** The same, locked for the rest of the transaction. */
export async function lockVisibleProject(tx: Db, ctx: OrgCtx, idOrKey: string): Promise<Visible> {
  return visible(
    ctx,
    idOrKey,
    await lockProject(tx, ctx.org.orgId, projectRefOf(idOrKey), ctx.actor.userId),
  );
}

function visible(
  ctx: OrgCtx,
  idOrKey: string,
  found: { row: ProjectRow; myRole: string | null } | null,
): Visible {
  const myRole = found?.myRole ? readProjectRole(found.myRole) : null;
  if (!found || !canSee(ctx, myRole)) throw new NotFound("project", idOrKey);
  return { row: found.row, myRole };
}
