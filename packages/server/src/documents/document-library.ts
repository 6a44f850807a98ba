import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { BUILT_IN_DOCUMENT_TEMPLATES } from "@orrery/core/documents/built-in-document-templates";
import { classifyDocument } from "@orrery/core/documents/document-type";
import type { Db } from "../store/database.js";
import type { DocumentCtx } from "./document-scope.js";
import { hasBuiltInDocuments, insertDocument, insertVersion } from "./document-store.js";

/**
 * Gives the organisation Orrery's four document templates (charter, business case, status
 * report, post-implementation review) the first time anyone reads its library, whether the
 * organisation is new or older than the templates, as the lifecycle templates are seeded.
 * Each template's bytes go under a fixed key, so racing first readers write the same blob and
 * the unique index keeps one row.
 */
export async function ensureBuiltInDocumentTemplates(ctx: DocumentCtx, db: Db): Promise<void> {
  const orgId = ctx.org.orgId;
  if (await hasBuiltInDocuments(db, orgId)) return;
  const files: {
    template: (typeof BUILT_IN_DOCUMENT_TEMPLATES)[number];
    key: string;
    sha256: string;
    size: number;
    contentType: string;
  }[] = [];
  for (const template of BUILT_IN_DOCUMENT_TEMPLATES) {
    const bytes = Buffer.from(template.text, "utf8");
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const key = `built-in/${template.key}`;
    await ctx.documents.blobs.put(
      { orgId, key },
      { body: Readable.from([bytes]), sizeBytes: bytes.length, sha256 },
    );
    const type = classifyDocument(template.fileName, bytes);
    if (!type.ok) throw new Error(`built-in document ${template.fileName}: ${type.reason}`);
    files.push({ template, key, sha256, size: bytes.length, contentType: type.contentType });
  }
  await db.transaction(async (tx) => {
    for (const { template, key, sha256, size, contentType } of files) {
      const id = randomUUID();
      const inserted = await insertDocument(tx, {
        orgId,
        id,
        projectId: null,
        kind: "template",
        builtInKey: template.key,
        title: template.title,
        category: template.category,
        latestVersion: 1,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      if (inserted)
        await insertVersion(tx, {
          orgId,
          documentId: id,
          number: 1,
          fileName: template.fileName,
          sizeBytes: size,
          sha256,
          contentType,
          blobKey: key,
          note: "Shipped with Orrery",
          uploadedAt: ctx.now,
        });
    }
  });
}
