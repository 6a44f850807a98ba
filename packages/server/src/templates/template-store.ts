import { and, asc, eq, gt, ilike, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../store/database.js";
import { escapeLike } from "../store/like-pattern.js";
import { user } from "../store/schema/auth-tables.js";
import { lifecycleTemplate, lifecycleTemplateVersion } from "../store/schema/governance-tables.js";

export type TemplateRow = typeof lifecycleTemplate.$inferSelect;
export type TemplateInsert = typeof lifecycleTemplate.$inferInsert;
export type TemplateVersionRow = typeof lifecycleTemplateVersion.$inferSelect;

const creator = alias(user, "creator");
const updater = alias(user, "updater");
const publisher = alias(user, "publisher");

/** A template with its latest version's content and the names of the people involved. */
export interface TemplateView {
  readonly row: TemplateRow;
  readonly content: unknown;
  readonly creatorName: string | null;
  readonly creatorEmail: string | null;
  readonly updaterName: string | null;
  readonly updaterEmail: string | null;
}

function selectTemplateViews(db: Db) {
  return db
    .select({
      row: lifecycleTemplate,
      content: lifecycleTemplateVersion.content,
      creatorName: creator.name,
      creatorEmail: creator.email,
      updaterName: updater.name,
      updaterEmail: updater.email,
    })
    .from(lifecycleTemplate)
    .innerJoin(
      lifecycleTemplateVersion,
      and(
        eq(lifecycleTemplateVersion.orgId, lifecycleTemplate.orgId),
        eq(lifecycleTemplateVersion.templateId, lifecycleTemplate.id),
        eq(lifecycleTemplateVersion.version, lifecycleTemplate.version),
      ),
    )
    .leftJoin(creator, eq(creator.id, lifecycleTemplate.createdBy))
    .leftJoin(updater, eq(updater.id, lifecycleTemplate.updatedBy));
}

export async function findTemplateView(
  db: Db,
  orgId: string,
  id: string,
): Promise<TemplateView | null> {
  const [view] = await selectTemplateViews(db).where(
    and(eq(lifecycleTemplate.orgId, orgId), eq(lifecycleTemplate.id, id)),
  );
  return view ?? null;
}

/** Templates by name, then id; `after` is the last row of the previous page. */
export async function listTemplateViews(
  db: Db,
  orgId: string,
  filter: { q?: string | undefined },
  after: { name: string; id: string } | null,
  limit: number,
): Promise<TemplateView[]> {
  return selectTemplateViews(db)
    .where(
      and(
        eq(lifecycleTemplate.orgId, orgId),
        filter.q ? ilike(lifecycleTemplate.name, `%${escapeLike(filter.q)}%`) : undefined,
        after
          ? or(
              gt(lifecycleTemplate.name, after.name),
              and(eq(lifecycleTemplate.name, after.name), gt(lifecycleTemplate.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(lifecycleTemplate.name), asc(lifecycleTemplate.id))
    .limit(limit);
}

export async function lockTemplate(db: Db, orgId: string, id: string): Promise<TemplateRow | null> {
  const [row] = await db
    .select()
    .from(lifecycleTemplate)
    .where(and(eq(lifecycleTemplate.orgId, orgId), eq(lifecycleTemplate.id, id)))
    .for("update");
  return row ?? null;
}

/** Whether the organisation already holds the built-in templates (seeded once). */
export async function hasBuiltInTemplates(db: Db, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lifecycleTemplate.id })
    .from(lifecycleTemplate)
    .where(and(eq(lifecycleTemplate.orgId, orgId), isNotNull(lifecycleTemplate.builtInKey)))
    .limit(1);
  return row !== undefined;
}

/**
 * Inserts a template row unless the organisation already has one with the same built-in key;
 * true when this call inserted it (two first readers racing seed it once).
 */
export async function insertTemplate(db: Db, row: TemplateInsert): Promise<boolean> {
  const inserted = await db
    .insert(lifecycleTemplate)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: lifecycleTemplate.id });
  return inserted.length > 0;
}

export async function insertTemplateVersion(
  db: Db,
  row: typeof lifecycleTemplateVersion.$inferInsert,
): Promise<void> {
  await db.insert(lifecycleTemplateVersion).values(row);
}

/** Moves the template to its next version only if it is still at `version`. */
export async function bumpTemplateVersion(
  db: Db,
  orgId: string,
  id: string,
  version: number,
  patch: { name: string; updatedAt: Date; updatedBy: string },
): Promise<boolean> {
  const rows = await db
    .update(lifecycleTemplate)
    .set({ ...patch, version: version + 1 })
    .where(
      and(
        eq(lifecycleTemplate.orgId, orgId),
        eq(lifecycleTemplate.id, id),
        eq(lifecycleTemplate.version, version),
      ),
    )
    .returning({ id: lifecycleTemplate.id });
  return rows.length > 0;
}

/** One published version with its publisher's name, or null. */
export async function findTemplateVersion(
  db: Db,
  orgId: string,
  templateId: string,
  version: number,
): Promise<{
  row: TemplateVersionRow;
  publisherName: string | null;
  publisherEmail: string | null;
} | null> {
  const [found] = await db
    .select({
      row: lifecycleTemplateVersion,
      publisherName: publisher.name,
      publisherEmail: publisher.email,
    })
    .from(lifecycleTemplateVersion)
    .leftJoin(publisher, eq(publisher.id, lifecycleTemplateVersion.publishedBy))
    .where(
      and(
        eq(lifecycleTemplateVersion.orgId, orgId),
        eq(lifecycleTemplateVersion.templateId, templateId),
        eq(lifecycleTemplateVersion.version, version),
      ),
    );
  return found ?? null;
}
