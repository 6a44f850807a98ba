import type { Me } from "@orrery/contracts/account";
import { readOrgRole } from "../auth/caller.js";
import { toOrg } from "../orgs/org-shape.js";
import { listOrgsOfUser } from "../orgs/org-store.js";
import { authorizeAccount } from "../service/authorize.js";
import type { Ctx } from "../service/context.js";

/** Enough organisations for any person; the paginated list is `/api/v1/orgs`. */
const ORGS_SHOWN = 500;

/** Who the caller is, their organisations, and how they signed in. */
export async function getMe(ctx: Ctx, kind: "session" | "token"): Promise<Me> {
  authorizeAccount(ctx, "account.read");
  const orgs = await listOrgsOfUser(ctx.db, ctx.actor.userId, null, ORGS_SHOWN);
  return {
    user: { id: ctx.actor.userId, name: ctx.actor.name, email: ctx.actor.email },
    orgs: orgs.map((row) => toOrg(row, readOrgRole(row.role))),
    auth: { kind, scope: ctx.actor.scope },
  };
}
