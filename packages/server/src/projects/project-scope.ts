import { eq, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { projectMember } from "../store/schema/project-tables.js";

/**
 * Which projects a cross-project read covers: one project, or every one the viewer may read.
 * Viewers who do not read the whole portfolio see only the projects they are members of.
 */
export type ProjectScope =
  | { readonly projectId: string }
  | { readonly viewerId: string; readonly readsAll: boolean; readonly projectId?: string };

/** The conditions keeping a table's rows (by its org and project columns) within a scope. */
export function projectScopeConditions(
  orgId: string,
  scope: ProjectScope,
  columns: { readonly orgId: PgColumn; readonly projectId: PgColumn },
): SQL[] {
  const conditions = [eq(columns.orgId, orgId)];
  if (scope.projectId !== undefined) conditions.push(eq(columns.projectId, scope.projectId));
  if ("viewerId" in scope && !scope.readsAll) {
    conditions.push(
      sql`exists (select 1 from ${projectMember} where ${projectMember.orgId} = ${columns.orgId}
        and ${projectMember.projectId} = ${columns.projectId}
        and ${projectMember.userId} = ${scope.viewerId})`,
    );
  }
  return conditions;
}
