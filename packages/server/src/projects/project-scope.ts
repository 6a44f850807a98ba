import { eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { type ProjectReader, readableProjects } from "./readable-projects.js";

/**
 * Which projects a cross-project read covers: one project, or every one the viewer may read.
 * Viewers who do not read the whole portfolio see only the projects they are members of.
 */
export type ProjectScope =
  | { readonly projectId: string }
  | (ProjectReader & { readonly projectId?: string });

/** The conditions keeping a table's rows (by its org and project columns) within a scope. */
export function projectScopeConditions(
  orgId: string,
  scope: ProjectScope,
  columns: { readonly orgId: PgColumn; readonly projectId: PgColumn },
): SQL[] {
  const conditions = [eq(columns.orgId, orgId)];
  if (scope.projectId !== undefined) conditions.push(eq(columns.projectId, scope.projectId));
  const readable = "viewerId" in scope && readableProjects(scope, columns.orgId, columns.projectId);
  if (readable) conditions.push(readable);
  return conditions;
}
