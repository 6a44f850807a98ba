import multipart from "@fastify/multipart";
import { Page } from "@orrery/contracts/common";
import {
  Document,
  DocumentFromTemplate,
  DocumentListQuery,
  DocumentUpdate,
} from "@orrery/contracts/documents";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  addDocumentVersion,
  type DocumentContent,
  openDocumentVersion,
  startDocumentFromTemplate,
  uploadDocument,
} from "./document-file-service.js";
import type { DocumentCtx, DocumentScope } from "./document-scope.js";
import { deleteDocument, getDocument, listDocuments, updateDocument } from "./document-service.js";
import { multipartLimitFor, receiveUpload } from "./document-upload.js";

const tags = ["documents"];
const DocumentIdParam = z.object({ documentId: z.string() });
const VersionParam = DocumentIdParam.extend({ version: z.coerce.number().int().min(1) });
const UPLOAD_HELP =
  "multipart: field `file` (pdf, docx, xlsx, pptx, odt, txt, md, csv, png or jpg, up to ORRERY_DOCUMENT_MAX_BYTES; 413 above it, 415 for other types, 422 when the scan hook rejects it)";

/** The caller's context with the document storage, for services that keep or drop files. */
export function documentCtx(request: FastifyRequest, runtime: Runtime): DocumentCtx {
  return { ...orgCtx(request, runtime), documents: runtime.services().documents };
}

/**
 * The organisation's document library under /documents and each project's documents under
 * /projects/{id}/documents: the same routes, with the library's or the project's rights.
 */
export async function documentRoutes(
  app: ApiApp,
  runtime: Runtime,
  maxBytes: number,
): Promise<void> {
  // Multipart is parsed only here, in this plugin's own scope.
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: multipartLimitFor(maxBytes) });
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    documentRoutesAt(typed, runtime, {
      base: "/api/v1/orgs/:org/documents",
      params: OrgParams,
      scopeOf: () => ({ kind: "library" }),
      read: "document_library.read",
      write: "document_library.manage",
      what: "the document library's template",
    });
    documentRoutesAt(typed, runtime, {
      base: "/api/v1/orgs/:org/projects/:id/documents",
      params: ProjectParams,
      scopeOf: (params) => ({ kind: "project", project: ProjectParams.parse(params).id }),
      read: "document.read",
      write: "document.edit",
      what: "the project's document",
    });
    typed.post(
      "/api/v1/orgs/:org/projects/:id/documents/from-template",
      {
        config: { policy: "document.edit" },
        schema: {
          tags,
          summary:
            "Start a project document from a template of the library (its latest version becomes version 1)",
          params: ProjectParams,
          body: DocumentFromTemplate,
          response: { 201: Document, ...problemResponses },
        },
      },
      async (request, reply) => {
        const created = await startDocumentFromTemplate(
          documentCtx(request, runtime),
          request.params.id,
          request.body,
        );
        setETag(reply, created.version);
        return reply.code(201).send(created);
      },
    );
  });
}

interface Mount<P extends z.ZodObject> {
  readonly base: string;
  readonly params: P;
  readonly scopeOf: (params: unknown) => DocumentScope;
  readonly read: "document_library.read" | "document.read";
  readonly write: "document_library.manage" | "document.edit";
  readonly what: string;
}

function documentRoutesAt<P extends z.ZodObject>(
  app: ApiApp,
  runtime: Runtime,
  mount: Mount<P>,
): void {
  const { base, read, write, what } = mount;
  const one = `${base}/:documentId`;
  const OneParams = mount.params.extend({ documentId: z.string().describe("The document's id") });
  const VersionParams = OneParams.extend({
    version: z.coerce.number().int().min(1).describe("The version's number"),
  });
  const ctxAndScope = (request: FastifyRequest) => ({
    ctx: documentCtx(request, runtime),
    scope: mount.scopeOf(request.params),
  });
  const documentIdOf = (request: FastifyRequest) =>
    DocumentIdParam.parse(request.params).documentId;

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: `List ${what}s by title, each with its versions`,
        params: mount.params,
        querystring: DocumentListQuery,
        response: { 200: Page(Document), ...problemResponses },
      },
    },
    async (request) => {
      const { ctx, scope } = ctxAndScope(request);
      return listDocuments(ctx, scope, request.query);
    },
  );
  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: `Upload a new document as version 1 (${UPLOAD_HELP}; text fields title, category, note, and for a project gate and deliverable)`,
        params: mount.params,
        response: { 201: Document, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      const upload = await receiveUpload(request, ctx.documents.maxBytes);
      try {
        const created = await uploadDocument(ctx, scope, upload);
        setETag(reply, created.version);
        return reply.code(201).send(created);
      } finally {
        await upload.discard();
      }
    },
  );
  app.get(
    one,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: `One of ${what}s, with every version (ETag)`,
        params: OneParams,
        response: { 200: Document, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      const found = await getDocument(ctx, scope, documentIdOf(request));
      setETag(reply, found.version);
      return found;
    },
  );
  app.patch(
    one,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: "Rename, recategorise, or attach to a gate deliverable (honours If-Match)",
        params: OneParams,
        body: DocumentUpdate,
        response: { 200: Document, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      const updated = await updateDocument(
        ctx,
        scope,
        documentIdOf(request),
        request.body,
        expectedVersion(request),
      );
      setETag(reply, updated.version);
      return updated;
    },
  );
  app.delete(
    one,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: "Delete the document with every version (honours If-Match; audited)",
        params: OneParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      await deleteDocument(ctx, scope, documentIdOf(request), expectedVersion(request));
      return reply.code(204).send();
    },
  );
  app.post(
    `${one}/versions`,
    {
      config: { policy: write },
      schema: {
        tags,
        summary: `Upload a new version (${UPLOAD_HELP}; text field note; honours If-Match)`,
        params: OneParams,
        response: { 201: Document, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      const upload = await receiveUpload(request, ctx.documents.maxBytes);
      try {
        const updated = await addDocumentVersion(
          ctx,
          scope,
          documentIdOf(request),
          upload,
          expectedVersion(request),
        );
        setETag(reply, updated.version);
        return reply.code(201).send(updated);
      } finally {
        await upload.discard();
      }
    },
  );
  app.get(
    `${one}/versions/:version/content`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: "Download one version's file",
        params: VersionParams,
        response: problemResponses,
      },
    },
    async (request, reply) => {
      const { ctx, scope } = ctxAndScope(request);
      const params = VersionParam.parse(request.params);
      const content = await openDocumentVersion(ctx, scope, params.documentId, params.version);
      return sendContent(reply, content);
    },
  );
}

/** The file as an attachment under its own name (RFC 6266, with a UTF-8 `filename*`). */
function sendContent(reply: FastifyReply, content: DocumentContent): FastifyReply {
  const ascii = content.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return reply
    .type(content.contentType)
    .header("content-length", String(content.sizeBytes))
    .header(
      "content-disposition",
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(content.fileName)}`,
    )
    .header("cache-control", "private, no-cache")
    .send(content.body);
}
