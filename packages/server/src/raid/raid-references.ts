import type { FieldProblem } from "@orrery/core/errors/domain-error";
import { findLifecycle } from "../lifecycle/lifecycle-store.js";
import { findMember } from "../members/member-store.js";
import { canSee } from "../projects/project-access.js";
import { readProjectRole } from "../projects/project-shape.js";
import { findProjectAccess, type ProjectRow } from "../projects/project-store.js";
import type { OrgCtx } from "../service/context.js";
import type { Db } from "../store/database.js";
import { readTemplateVersion } from "../templates/template-service.js";
import { existingTaskUids } from "./raid-store.js";

/** What an item refers to outside itself: a person, a project, tasks, a category. */
export interface RaidReferences {
  readonly ownerId?: string | null | undefined;
  readonly dependsOnProjectId?: string | null | undefined;
  readonly taskUids?: readonly number[] | undefined;
  readonly category?: string | null | undefined;
}

/**
 * The problems with what an item of `project` refers to: the owner must belong to the
 * organisation; a dependency must name another project the caller may see (one they may not see
 * is refused exactly like one that does not exist, so its existence does not leak); linked
 * tasks must be tasks of this project's plan; the category must be one of the template's when
 * the project follows a template that lists categories, and is free text otherwise.
 * `prefix` names the fields inside a bigger request (`set.` in a bulk edit).
 */
export async function referenceProblems(
  tx: Db,
  ctx: OrgCtx,
  project: Pick<ProjectRow, "id">,
  input: RaidReferences,
  prefix = "",
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (input.ownerId && !(await findMember(tx, ctx.org.orgId, input.ownerId))) {
    problems.push({ path: `${prefix}ownerId`, message: "is not a member of this organisation" });
  }
  const other = input.dependsOnProjectId;
  if (other === project.id) {
    problems.push({ path: `${prefix}dependsOnProjectId`, message: "must be another project" });
  } else if (other && !(await seesProject(tx, ctx, other))) {
    problems.push({
      path: `${prefix}dependsOnProjectId`,
      message: "is not a project of this organisation that you can see",
    });
  }
  if (input.taskUids?.length) {
    const found = await existingTaskUids(tx, ctx.org.orgId, project.id, input.taskUids);
    input.taskUids.forEach((uid, i) => {
      if (!found.has(uid))
        problems.push({
          path: `${prefix}taskUids.${i}`,
          message: `task ${uid} is not in this project's plan`,
        });
    });
  }
  if (input.category) {
    const allowed = await raidCategoriesOf(tx, ctx, project);
    if (allowed !== null && !allowed.includes(input.category)) {
      problems.push({
        path: `${prefix}category`,
        message: `must be one of the template's categories: ${allowed.join(", ")}`,
      });
    }
  }
  return problems;
}

/**
 * The categories an item of the project may take: its template version's, or null (any text)
 * when it follows no template or its template lists none.
 */
export async function raidCategoriesOf(
  tx: Db,
  ctx: OrgCtx,
  project: Pick<ProjectRow, "id">,
): Promise<string[] | null> {
  const lifecycle = await findLifecycle(tx, ctx.org.orgId, project.id);
  if (!lifecycle) return null;
  const followed = await readTemplateVersion(
    tx,
    ctx,
    lifecycle.templateId,
    lifecycle.templateVersion,
  );
  const categories = followed.content.raidCategories;
  return categories.length === 0 ? null : categories;
}

async function seesProject(tx: Db, ctx: OrgCtx, projectId: string): Promise<boolean> {
  const found = await findProjectAccess(tx, ctx.org.orgId, { id: projectId }, ctx.actor.userId);
  return found !== null && canSee(ctx, found.myRole ? readProjectRole(found.myRole) : null);
}
