import { type Column, type SQL, sql } from "drizzle-orm";
import { projectMember } from "../store/schema/project-tables.js";

/** Whose reading a cross-project list is for: portfolio roles read every project. */
export interface ProjectReader {
  readonly viewerId: string;
  readonly readsAll: boolean;
}

/**
 * The condition that keeps a cross-project query to the projects the reader may see: all of
 * them for portfolio roles, otherwise those the reader is a member of. Null when nothing is kept
 * out, so callers add it only when it filters.
 */
export function readableProjects(
  reader: ProjectReader,
  orgId: Column,
  projectId: Column,
): SQL | null {
  if (reader.readsAll) return null;
  return sql`exists (select 1 from ${projectMember} where ${projectMember.orgId} = ${orgId}
    and ${projectMember.projectId} = ${projectId}
    and ${projectMember.userId} = ${reader.viewerId})`;
}
