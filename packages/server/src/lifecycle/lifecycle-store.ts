import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import {
  lifecycleTemplate,
  lifecycleTemplateVersion,
  projectLifecycle,
} from "../store/schema/governance-tables.js";

export type LifecycleRow = typeof projectLifecycle.$inferSelect;
export type LifecycleInsert = typeof projectLifecycle.$inferInsert;

/** A project's lifecycle row with its template's name, latest version and the last editor. */
export interface LifecycleView {
  readonly row: LifecycleRow;
  readonly templateName: string;
  readonly latestVersion: number;
  readonly updaterName: string | null;
  readonly updaterEmail: string | null;
}

export async function findLifecycleView(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<LifecycleView | null> {
  const [view] = await db
    .select({
      row: projectLifecycle,
      templateName: lifecycleTemplate.name,
      latestVersion: lifecycleTemplate.version,
      updaterName: user.name,
      updaterEmail: user.email,
    })
    .from(projectLifecycle)
    .innerJoin(
      lifecycleTemplate,
      and(
        eq(lifecycleTemplate.orgId, projectLifecycle.orgId),
        eq(lifecycleTemplate.id, projectLifecycle.templateId),
      ),
    )
    .leftJoin(user, eq(user.id, projectLifecycle.updatedBy))
    .where(and(eq(projectLifecycle.orgId, orgId), eq(projectLifecycle.projectId, projectId)));
  return view ?? null;
}

function selectLifecycleRow(db: Db, orgId: string, projectId: string) {
  return db
    .select()
    .from(projectLifecycle)
    .where(and(eq(projectLifecycle.orgId, orgId), eq(projectLifecycle.projectId, projectId)));
}

/** The row alone, for reading. */
export async function findLifecycle(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<LifecycleRow | null> {
  const [row] = await selectLifecycleRow(db, orgId, projectId);
  return row ?? null;
}

/** The row alone, locked until the transaction ends. */
export async function lockLifecycle(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<LifecycleRow | null> {
  const [row] = await selectLifecycleRow(db, orgId, projectId).for("update");
  return row ?? null;
}

export async function insertLifecycle(db: Db, row: LifecycleInsert): Promise<void> {
  await db.insert(projectLifecycle).values(row);
}

/** Applies a patch only if the lifecycle is still at `version`; false otherwise. */
export async function updateLifecycle(
  db: Db,
  orgId: string,
  projectId: string,
  version: number,
  patch: Partial<LifecycleInsert>,
): Promise<boolean> {
  const rows = await db
    .update(projectLifecycle)
    .set({ ...patch, version: version + 1 })
    .where(
      and(
        eq(projectLifecycle.orgId, orgId),
        eq(projectLifecycle.projectId, projectId),
        eq(projectLifecycle.version, version),
      ),
    )
    .returning({ projectId: projectLifecycle.projectId });
  return rows.length > 0;
}

/** The content of the template version each of these projects follows; absent ones follow none. */
export async function listFollowedVersionContents(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
): Promise<{ projectId: string; content: unknown }[]> {
  if (projectIds.length === 0) return [];
  return db
    .select({ projectId: projectLifecycle.projectId, content: lifecycleTemplateVersion.content })
    .from(projectLifecycle)
    .innerJoin(
      lifecycleTemplateVersion,
      and(
        eq(lifecycleTemplateVersion.orgId, projectLifecycle.orgId),
        eq(lifecycleTemplateVersion.templateId, projectLifecycle.templateId),
        eq(lifecycleTemplateVersion.version, projectLifecycle.templateVersion),
      ),
    )
    .where(
      and(eq(projectLifecycle.orgId, orgId), inArray(projectLifecycle.projectId, [...projectIds])),
    );
}
