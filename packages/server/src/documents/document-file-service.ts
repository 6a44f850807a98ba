import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import {
  type Document,
  DocumentFromTemplate,
  type DocumentGateLink,
  DocumentUploadFields,
  DocumentVersionFields,
} from "@orrery/contracts/documents";
import { classifyDocument } from "@orrery/core/documents/document-type";
import { Invalid, NotFound, UnsupportedMediaType } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import type { BlobRef } from "./blob-store.js";
import {
  type DocumentCtx,
  type DocumentScope,
  type ResolvedScope,
  resolveGateLink,
  resolveScope,
} from "./document-scope.js";
import {
  lockWritable,
  readDocument,
  recordDocumentChange,
  writeDocument,
} from "./document-service.js";
import {
  findDocumentView,
  findVersion,
  insertDocument,
  insertVersion,
  type VersionInsert,
} from "./document-store.js";
import type { ReceivedFile, ReceivedUpload } from "./document-upload.js";
import { scanUpload } from "./virus-scan.js";

// The bytes of documents: uploads (a new document, or a new version of one), starting a
// project document from a library template, and downloads of any version.

const DocumentId = z.uuid();

/** A version's bytes as the download sends them. */
export interface DocumentContent {
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly body: Readable;
}

/** Uploads a file as a new document (version 1) of the library or a project. */
export async function uploadDocument(
  ctx: DocumentCtx,
  scope: DocumentScope,
  upload: ReceivedUpload,
): Promise<Document> {
  await resolveScope(ctx.db, ctx, scope, "write");
  const fields = parseInput(DocumentUploadFields, upload.fields);
  const stored = await storeFile(ctx, upload.file);
  return withBlob(ctx, stored.ref, () =>
    runOrgMutation(ctx, async (tx, change) => {
      const resolved = await resolveScope(tx, ctx, scope, "write", true);
      const link =
        fields.gate !== undefined && fields.deliverable !== undefined
          ? { gate: fields.gate, deliverable: fields.deliverable }
          : null;
      return createDocument(tx, ctx, change, resolved, {
        title: fields.title ?? titleOf(upload.file.fileName),
        category: fields.category,
        gate: await gateColumns(tx, ctx, resolved, link, {
          gate: "gate",
          deliverable: "deliverable",
        }),
        firstVersion: { ...versionOf(ctx, upload.file, stored), note: fields.note },
      });
    }),
  );
}

/** Uploads a new version of a document; the earlier versions stay downloadable. */
export async function addDocumentVersion(
  ctx: DocumentCtx,
  scope: DocumentScope,
  id: string,
  upload: ReceivedUpload,
  expectedVersion: number | null,
): Promise<Document> {
  const readable = await resolveScope(ctx.db, ctx, scope, "write");
  const fields = parseInput(DocumentVersionFields, upload.fields);
  if (
    !DocumentId.safeParse(id).success ||
    !(await findDocumentView(ctx.db, ctx.org.orgId, readable.projectId, id))
  )
    throw new NotFound("document", id);
  const stored = await storeFile(ctx, upload.file);
  return withBlob(ctx, stored.ref, () =>
    runOrgMutation(ctx, async (tx, change) => {
      const { resolved, current } = await lockWritable(tx, ctx, scope, id, expectedVersion);
      const before = await readDocument(tx, ctx, resolved, id);
      const number = current.latestVersion + 1;
      await insertVersion(tx, {
        ...versionOf(ctx, upload.file, stored),
        documentId: id,
        number,
        note: fields.note,
      });
      return writeDocument(
        tx,
        ctx,
        change,
        { resolved, current, before },
        { latestVersion: number },
        "add_version",
      );
    }),
  );
}

/**
 * Starts a project document from a template of the library: the template's latest version is
 * copied as the document's version 1, so editing the template later changes nothing here.
 */
export async function startDocumentFromTemplate(
  ctx: DocumentCtx,
  project: string,
  raw: unknown,
): Promise<Document> {
  const input = parseInput(DocumentFromTemplate, raw);
  const scope: DocumentScope = { kind: "project", project };
  await resolveScope(ctx.db, ctx, scope, "write");
  const template = await findDocumentView(ctx.db, ctx.org.orgId, null, input.templateId);
  const source = template
    ? await findVersion(ctx.db, ctx.org.orgId, template.row.id, template.row.latestVersion)
    : null;
  if (!template || !source)
    throw new Invalid([
      { path: "templateId", message: "is not a template of the document library" },
    ]);
  const ref: BlobRef = { orgId: ctx.org.orgId, key: `documents/${randomUUID()}` };
  await ctx.documents.blobs.put(ref, {
    body: await ctx.documents.blobs.get({ orgId: ctx.org.orgId, key: source.blobKey }),
    sizeBytes: source.sizeBytes,
    sha256: source.sha256,
  });
  return withBlob(ctx, ref, () =>
    runOrgMutation(ctx, async (tx, change) => {
      const resolved = await resolveScope(tx, ctx, scope, "write", true);
      return createDocument(tx, ctx, change, resolved, {
        title: input.title ?? template.row.title,
        category: template.row.category,
        gate: await gateColumns(tx, ctx, resolved, input.gateLink, {
          gate: "gateLink.gate",
          deliverable: "gateLink.deliverable",
        }),
        firstVersion: {
          orgId: ctx.org.orgId,
          fileName: source.fileName,
          sizeBytes: source.sizeBytes,
          sha256: source.sha256,
          contentType: source.contentType,
          blobKey: ref.key,
          note: `Started from the library template "${template.row.title}" (version ${source.number})`,
          uploadedAt: ctx.now,
          uploadedBy: ctx.actor.userId,
        },
      });
    }),
  );
}

/** The bytes of one version, for download. */
export async function openDocumentVersion(
  ctx: DocumentCtx,
  scope: DocumentScope,
  id: string,
  number: number,
): Promise<DocumentContent> {
  const resolved = await resolveScope(ctx.db, ctx, scope, "read");
  const found = DocumentId.safeParse(id).success
    ? await findDocumentView(ctx.db, ctx.org.orgId, resolved.projectId, id)
    : null;
  if (!found) throw new NotFound("document", id);
  const version = await findVersion(ctx.db, ctx.org.orgId, id, number);
  if (!version) throw new NotFound("document version", `${id} v${number}`);
  return {
    fileName: version.fileName,
    contentType: version.contentType,
    sizeBytes: version.sizeBytes,
    body: await ctx.documents.blobs.get({ orgId: ctx.org.orgId, key: version.blobKey }),
  };
}

/** The gate columns of a new document: the resolved deliverable, or none. */
function gateColumns(
  tx: Db,
  ctx: DocumentCtx,
  resolved: ResolvedScope,
  link: DocumentGateLink | null,
  paths: { readonly gate: string; readonly deliverable: string },
): Promise<{ gatePhase: number | null; gateDeliverable: string | null }> {
  if (link === null) return Promise.resolve({ gatePhase: null, gateDeliverable: null });
  return resolveGateLink(tx, ctx, resolved, link, paths);
}

/** Inserts a document with its version 1, audited; answers the document as the API shows it. */
async function createDocument(
  tx: Db,
  ctx: DocumentCtx,
  change: Change,
  resolved: ResolvedScope,
  fields: {
    readonly title: string;
    readonly category: string;
    readonly gate: { gatePhase: number | null; gateDeliverable: string | null };
    readonly firstVersion: Omit<VersionInsert, "documentId" | "number">;
  },
): Promise<Document> {
  const id = randomUUID();
  await insertDocument(tx, {
    orgId: ctx.org.orgId,
    id,
    projectId: resolved.projectId,
    kind: resolved.projectId === null ? "template" : "project",
    title: fields.title,
    category: fields.category,
    ...fields.gate,
    latestVersion: 1,
    createdAt: ctx.now,
    createdBy: ctx.actor.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  });
  await insertVersion(tx, { ...fields.firstVersion, documentId: id, number: 1 });
  const after = await readDocument(tx, ctx, resolved, id);
  await recordDocumentChange(ctx, change, "create", { before: null, after });
  return after;
}

interface StoredFile {
  readonly ref: BlobRef;
  readonly contentType: string;
}

/** Checks the type (415), runs the scan hook (422), then writes the bytes under a fresh key. */
async function storeFile(ctx: DocumentCtx, file: ReceivedFile): Promise<StoredFile> {
  const type = classifyDocument(file.fileName, file.head);
  if (!type.ok) throw new UnsupportedMediaType(type.reason);
  await scanUpload(ctx.documents.scanCommand, file.path);
  const ref: BlobRef = { orgId: ctx.org.orgId, key: `documents/${randomUUID()}` };
  await ctx.documents.blobs.put(ref, {
    body: createReadStream(file.path),
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
  });
  return { ref, contentType: type.contentType };
}

/** Runs the write that references a stored blob; if it fails, the blob is removed again. */
async function withBlob<T>(ctx: DocumentCtx, ref: BlobRef, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await ctx.documents.blobs.delete(ref).catch(() => {});
    throw error;
  }
}

function versionOf(ctx: DocumentCtx, file: ReceivedFile, stored: StoredFile) {
  return {
    orgId: ctx.org.orgId,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    contentType: stored.contentType,
    blobKey: stored.ref.key,
    uploadedAt: ctx.now,
    uploadedBy: ctx.actor.userId,
  };
}

/** `Project charter v2.docx` → `Project charter v2`. */
function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const title = (dot > 0 ? fileName.slice(0, dot) : fileName).trim().slice(0, 200);
  return title === "" ? "Untitled document" : title;
}
