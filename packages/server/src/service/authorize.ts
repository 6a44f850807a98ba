import type { ProjectRole } from "@orrery/contracts/roles";
import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import {
  type AccountAction,
  type Action,
  isAllowed,
  isAllowedOnAccount,
  POLICY,
} from "@orrery/core/access/policy";
import { Forbidden } from "@orrery/core/errors/domain-error";
import type { Ctx, OrgCtx } from "./context.js";

/** What else than roles decides an action: whether the caller is assigned to the task. */
export interface Circumstances {
  readonly assigned?: boolean;
}

/** Checks the policy table for an action in the context's organisation; throws `Forbidden`. */
export function authorize(
  ctx: OrgCtx,
  action: Action,
  projectRole: ProjectRole | null = null,
  circumstances: Circumstances = {},
): void {
  const grant = { orgRole: ctx.org.role, projectRole, scope: ctx.actor.scope, ...circumstances };
  if (isAllowed(grant, action)) return;
  if (POLICY[action].mutates && ctx.actor.scope === "read") throw readOnly();
  throw new Forbidden(
    `as ${ORG_ROLE_LABELS[ctx.org.role]}${projectRole ? ` (${projectRole} of this project)` : ""} ` +
      `you may not: ${POLICY[action].describe.toLowerCase()}`,
  );
}

/** The same for actions on the caller's own account. */
export function authorizeAccount(ctx: Ctx, action: AccountAction): void {
  if (!isAllowedOnAccount(ctx.actor.scope, action)) throw readOnly();
}

function readOnly(): Forbidden {
  return new Forbidden("this API token is read-only; create a token with the write scope");
}
