import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { document, documentVersion } from "../store/schema/document-tables.js";
import { project } from "../store/schema/project-tables.js";

export type DocumentRow = typeof document.$inferSelect;
export type DocumentInsert = typeof document.$inferInsert;
export type VersionRow = typeof documentVersion.$inferSelect;
export type VersionInsert = typeof documentVersion.$inferInsert;

export interface DocumentView {
  readonly row: DocumentRow;
  readonly projectKey: string | null;
  readonly projectName: string | null;
}

export interface VersionView {
  readonly row: VersionRow;
  readonly uploaderName: string | null;
  readonly uploaderEmail: string | null;
}

/** Where the previous page ended: title and id. */
export interface DocumentPosition {
  readonly title: string;
  readonly id: string;
}

function selectViews(db: Db) {
  return db
    .select({ row: document, projectKey: project.key, projectName: project.name })
    .from(document)
    .leftJoin(project, and(eq(project.orgId, document.orgId), eq(project.id, document.projectId)));
}

const inScope = (orgId: string, projectId: string | null): SQL | undefined =>
  and(
    eq(document.orgId, orgId),
    projectId === null ? isNull(document.projectId) : eq(document.projectId, projectId),
  );

/** One document of the library (`projectId` null) or of the project; null when not there. */
export async function findDocumentView(
  db: Db,
  orgId: string,
  projectId: string | null,
  id: string,
): Promise<DocumentView | null> {
  const [view] = await selectViews(db).where(and(inScope(orgId, projectId), eq(document.id, id)));
  return view ?? null;
}

/** The library's or a project's documents by title. */
export async function listDocumentViews(
  db: Db,
  orgId: string,
  projectId: string | null,
  category: string | undefined,
  after: DocumentPosition | null,
  limit: number,
): Promise<DocumentView[]> {
  return selectViews(db)
    .where(
      and(
        inScope(orgId, projectId),
        category === undefined ? undefined : eq(document.category, category),
        after === null
          ? undefined
          : sql`(${document.title}, ${document.id}) > (${after.title}, ${after.id}::uuid)`,
      ),
    )
    .orderBy(asc(document.title), asc(document.id))
    .limit(limit);
}

/** Every version of the documents, newest first within each. */
export async function listVersionViews(
  db: Db,
  orgId: string,
  documentIds: readonly string[],
): Promise<VersionView[]> {
  if (documentIds.length === 0) return [];
  return db
    .select({ row: documentVersion, uploaderName: user.name, uploaderEmail: user.email })
    .from(documentVersion)
    .leftJoin(user, eq(user.id, documentVersion.uploadedBy))
    .where(
      and(eq(documentVersion.orgId, orgId), inArray(documentVersion.documentId, [...documentIds])),
    )
    .orderBy(asc(documentVersion.documentId), desc(documentVersion.number));
}

export async function findVersion(
  db: Db,
  orgId: string,
  documentId: string,
  number: number,
): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(documentVersion)
    .where(
      and(
        eq(documentVersion.orgId, orgId),
        eq(documentVersion.documentId, documentId),
        eq(documentVersion.number, number),
      ),
    );
  return row ?? null;
}

export async function lockDocument(
  db: Db,
  orgId: string,
  projectId: string | null,
  id: string,
): Promise<DocumentRow | null> {
  const [row] = await db
    .select()
    .from(document)
    .where(and(inScope(orgId, projectId), eq(document.id, id)))
    .for("update");
  return row ?? null;
}

/** Inserts the document; false when it is a built-in template the organisation already has. */
export async function insertDocument(db: Db, row: DocumentInsert): Promise<boolean> {
  const inserted = await db
    .insert(document)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: document.id });
  return inserted.length > 0;
}

export async function insertVersion(db: Db, row: VersionInsert): Promise<void> {
  await db.insert(documentVersion).values(row);
}

export async function updateDocument(
  db: Db,
  orgId: string,
  id: string,
  version: number,
  patch: Partial<DocumentInsert>,
): Promise<boolean> {
  const rows = await db
    .update(document)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(document.orgId, orgId), eq(document.id, id), eq(document.version, version)))
    .returning({ id: document.id });
  return rows.length > 0;
}

/** Deletes the document and its versions; answers the blob keys to remove, or null when stale. */
export async function deleteDocument(
  db: Db,
  orgId: string,
  id: string,
  version: number,
): Promise<string[] | null> {
  const keys = await db
    .select({ key: documentVersion.blobKey })
    .from(documentVersion)
    .where(and(eq(documentVersion.orgId, orgId), eq(documentVersion.documentId, id)));
  const rows = await db
    .delete(document)
    .where(and(eq(document.orgId, orgId), eq(document.id, id), eq(document.version, version)))
    .returning({ id: document.id });
  return rows.length > 0 ? keys.map((k) => k.key) : null;
}

/** The blob of every version of a project's documents, before the project goes. */
export async function projectBlobKeys(db: Db, orgId: string, projectId: string): Promise<string[]> {
  const rows = await db
    .select({ key: documentVersion.blobKey })
    .from(documentVersion)
    .innerJoin(
      document,
      and(eq(document.orgId, documentVersion.orgId), eq(document.id, documentVersion.documentId)),
    )
    .where(and(eq(document.orgId, orgId), eq(document.projectId, projectId)));
  return rows.map((row) => row.key);
}

export async function hasBuiltInDocuments(db: Db, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: document.id })
    .from(document)
    .where(and(eq(document.orgId, orgId), isNotNull(document.builtInKey)))
    .limit(1);
  return row !== undefined;
}

/** A project document attached to a gate deliverable (0-based phase). */
export interface GateAttachment {
  readonly phase: number;
  readonly deliverable: string;
  readonly documentId: string;
  readonly title: string;
  readonly latestVersion: number;
}

/** The project's documents attached to gate deliverables, by title. */
export async function listGateAttachments(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<GateAttachment[]> {
  const rows = await db
    .select({
      phase: document.gatePhase,
      deliverable: document.gateDeliverable,
      documentId: document.id,
      title: document.title,
      latestVersion: document.latestVersion,
    })
    .from(document)
    .where(
      and(
        eq(document.orgId, orgId),
        eq(document.projectId, projectId),
        isNotNull(document.gatePhase),
      ),
    )
    .orderBy(asc(document.title), asc(document.id));
  return rows.flatMap((r) =>
    r.phase === null || r.deliverable === null
      ? []
      : [{ ...r, phase: r.phase, deliverable: r.deliverable }],
  );
}
