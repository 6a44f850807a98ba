import type { Page } from "@orrery/contracts/common";
import { type Document, DocumentListQuery, DocumentUpdate } from "@orrery/contracts/documents";
import { Conflict, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import { ensureBuiltInDocumentTemplates } from "./document-library.js";
import {
  type DocumentCtx,
  type DocumentScope,
  type ResolvedScope,
  resolveGateLink,
  resolveScope,
} from "./document-scope.js";
import { toDocument } from "./document-shape.js";
import {
  type DocumentInsert,
  type DocumentRow,
  deleteDocument as deleteRow,
  findDocumentView,
  listDocumentViews,
  listVersionViews,
  lockDocument,
  updateDocument as updateRow,
} from "./document-store.js";

// Documents of the organisation's library and of projects: listing, reading, renaming,
// attaching to gate deliverables and deleting. Uploads are in document-file-service.ts.

const DocumentId = z.uuid();
const ListCursor = z.object({ title: z.string(), id: z.uuid() });

export async function listDocuments(
  ctx: DocumentCtx,
  scope: DocumentScope,
  raw: unknown,
): Promise<Page<Document>> {
  const query = parseInput(DocumentListQuery, raw);
  const resolved = await resolveScope(ctx.db, ctx, scope, "read");
  if (scope.kind === "library") await ensureBuiltInDocumentTemplates(ctx, ctx.db);
  const after = query.cursor ? decodeCursor(ListCursor, query.cursor) : null;
  const views = await listDocumentViews(
    ctx.db,
    ctx.org.orgId,
    resolved.projectId,
    query.category,
    after,
    query.limit + 1,
  );
  const shown = views.slice(0, query.limit);
  const versions = await listVersionViews(
    ctx.db,
    ctx.org.orgId,
    shown.map((v) => v.row.id),
  );
  return pageOf(
    views,
    query.limit,
    (view) =>
      toDocument(
        view,
        versions.filter((v) => v.row.documentId === view.row.id),
      ),
    (view) => ({ title: view.row.title, id: view.row.id }),
  );
}

export async function getDocument(
  ctx: DocumentCtx,
  scope: DocumentScope,
  id: string,
): Promise<Document> {
  const resolved = await resolveScope(ctx.db, ctx, scope, "read");
  return readDocument(ctx.db, ctx, resolved, id);
}

/** Renames, recategorises, or attaches to (or detaches from) a gate deliverable. */
export async function updateDocument(
  ctx: DocumentCtx,
  scope: DocumentScope,
  id: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<Document> {
  const input = parseInput(DocumentUpdate, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const { resolved, current } = await lockWritable(tx, ctx, scope, id, expectedVersion);
    const gate =
      input.gateLink === undefined
        ? {}
        : input.gateLink === null
          ? { gatePhase: null, gateDeliverable: null }
          : await resolveGateLink(tx, ctx, resolved, input.gateLink, {
              gate: "gateLink.gate",
              deliverable: "gateLink.deliverable",
            });
    const before = await readDocument(tx, ctx, resolved, id);
    const patch = {
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.category === undefined ? {} : { category: input.category }),
      ...gate,
    };
    return writeDocument(tx, ctx, change, { resolved, current, before }, patch, "update");
  });
}

/** Writes `patch` to the locked document (412 when stale), with its audit row and event. */
export async function writeDocument(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  locked: { resolved: ResolvedScope; current: DocumentRow; before: Document },
  patch: Partial<DocumentInsert>,
  what: "update" | "add_version",
): Promise<Document> {
  const { resolved, current, before } = locked;
  const written = await updateRow(tx, ctx.org.orgId, current.id, current.version, {
    ...patch,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  });
  if (!written) throw new StaleWrite("document");
  const after = await readDocument(tx, ctx, resolved, current.id);
  await recordDocumentChange(ctx, change, what, { before, after });
  return after;
}

/** Deletes the document with every version; the bytes go once the deletion has committed. */
export async function deleteDocument(
  ctx: DocumentCtx,
  scope: DocumentScope,
  id: string,
  expectedVersion: number | null,
): Promise<void> {
  const keys = await runOrgMutation(ctx, async (tx, change) => {
    const { resolved, current } = await lockWritable(tx, ctx, scope, id, expectedVersion);
    // The library re-seeds built-ins it lacks, so deleting one would only bring it back.
    if (current.builtInKey !== null)
      throw new Conflict(
        "a built-in document template cannot be deleted; upload a new version to change it",
      );
    const before = await readDocument(tx, ctx, resolved, id);
    const removed = await deleteRow(tx, ctx.org.orgId, id, current.version);
    if (removed === null) throw new StaleWrite("document");
    await recordDocumentChange(ctx, change, "delete", { before, after: null });
    return removed;
  });
  await removeBlobs(ctx, keys);
}

/** Removes the bytes of versions whose rows are gone (after the deletion committed). */
export async function removeBlobs(ctx: DocumentCtx, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    // A blob left behind by a failed removal is unreferenced and harmless; the deletion stands.
    await ctx.documents.blobs.delete({ orgId: ctx.org.orgId, key }).catch(() => {});
  }
}

/** The document, locked, in a scope the caller may write; 404 outside it, 412 when stale. */
export async function lockWritable(
  tx: Db,
  ctx: OrgCtx,
  scope: DocumentScope,
  id: string,
  expectedVersion: number | null,
): Promise<{ resolved: ResolvedScope; current: DocumentRow }> {
  const resolved = await resolveScope(tx, ctx, scope, "write", true);
  const current = DocumentId.safeParse(id).success
    ? await lockDocument(tx, ctx.org.orgId, resolved.projectId, id)
    : null;
  if (!current) throw new NotFound("document", id);
  if (expectedVersion !== null && expectedVersion !== current.version)
    throw new StaleWrite("document");
  return { resolved, current };
}

export async function readDocument(
  db: Db,
  ctx: OrgCtx,
  resolved: ResolvedScope,
  id: string,
): Promise<Document> {
  const view = DocumentId.safeParse(id).success
    ? await findDocumentView(db, ctx.org.orgId, resolved.projectId, id)
    : null;
  if (!view) throw new NotFound("document", id);
  return toDocument(view, await listVersionViews(db, ctx.org.orgId, [id]));
}

const CHANGES = {
  create: { event: "document.created", verb: "added" },
  add_version: { event: "document.updated", verb: "uploaded a new version of" },
  update: { event: "document.updated", verb: "updated" },
  delete: { event: "document.deleted", verb: "deleted" },
} as const;

export async function recordDocumentChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  states: { before: Document | null; after: Document | null },
): Promise<void> {
  const doc = states.after ?? states.before;
  if (!doc) throw new Error("a document change needs the document before or after it");
  await change.audit({
    action: `document.${what}`,
    entityType: "document",
    entityId: doc.id,
    ...states,
  });
  const where = doc.project ? ` in ${doc.project.key}` : " in the document library";
  change.emit(
    orgEvent(ctx, {
      type: CHANGES[what].event,
      entityType: "document",
      entityId: doc.id,
      projectId: doc.project?.id ?? null,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} "${doc.title}"${where}`,
      ...(doc.project ? { audience: { kind: "project", projectId: doc.project.id } } : {}),
    }),
  );
}
