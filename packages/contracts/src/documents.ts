import { z } from "zod";
import { PageQuery, PersonRef, Timestamp } from "./common.js";
import { ProjectRef } from "./raid.js";

// Documents: the organisation's library of document templates and each project's documents.
// Every upload is a new version; the bytes are downloaded per version. Uploads are multipart
// (field `file`, then the text fields below), so their fields are parsed with these schemas.

export const DocumentKind = z.enum(["template", "project"]).meta({ id: "DocumentKind" });
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentCategory = z
  .enum(["charter", "business_case", "status_report", "pir", "plan", "report", "other"])
  .meta({ id: "DocumentCategory" });
export type DocumentCategory = z.infer<typeof DocumentCategory>;

/** The gate a project document is a deliverable of: gate number (from 1) and the deliverable's name. */
export const DocumentGateLink = z
  .object({
    gate: z.coerce.number().int().min(1, "must be a gate number from 1"),
    deliverable: z.string().trim().min(1, "is required").max(300, "must be at most 300 characters"),
  })
  .strict()
  .meta({ id: "DocumentGateLink" });
export type DocumentGateLink = z.infer<typeof DocumentGateLink>;

export const DocumentVersion = z
  .object({
    number: z.number().int(),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    contentType: z.string(),
    note: z.string(),
    uploadedAt: Timestamp,
    uploadedBy: PersonRef.nullable(),
  })
  .meta({ id: "DocumentVersion" });
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const Document = z
  .object({
    id: z.uuid(),
    kind: DocumentKind,
    /** The project, or null for a template of the organisation's library. */
    project: ProjectRef.nullable(),
    /** The shipped template this is (`charter`…), or null. */
    builtIn: z.string().nullable(),
    title: z.string(),
    category: DocumentCategory,
    gateLink: DocumentGateLink.nullable(),
    /** Every version, newest first. */
    versions: z.array(DocumentVersion),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: "Document" });
export type Document = z.infer<typeof Document>;

const Title = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const Note = z.string().trim().max(2_000, "must be at most 2,000 characters");

/** The text fields of an upload that makes a new document (multipart, beside `file`). */
export const DocumentUploadFields = z
  .object({
    /** The file's name without its extension when absent. */
    title: Title.optional(),
    category: DocumentCategory.default("other"),
    note: Note.default(""),
    /** For a project document: the gate number it is a deliverable of (with `deliverable`). */
    gate: z.coerce.number().int().min(1, "must be a gate number from 1").optional(),
    deliverable: z.string().trim().min(1).max(300, "must be at most 300 characters").optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.gate === undefined) !== (f.deliverable === undefined))
      ctx.addIssue({
        code: "custom",
        path: [f.gate === undefined ? "gate" : "deliverable"],
        message: "is required with the other of gate and deliverable",
      });
  })
  .meta({ id: "DocumentUploadFields" });
export type DocumentUploadFields = z.input<typeof DocumentUploadFields>;

/** The text fields of an upload that adds a version (multipart, beside `file`). */
export const DocumentVersionFields = z
  .object({ note: Note.default("") })
  .strict()
  .meta({ id: "DocumentVersionFields" });
export type DocumentVersionFields = z.input<typeof DocumentVersionFields>;

/** Renames, recategorises, or attaches to (or detaches from, with null) a gate deliverable. */
export const DocumentUpdate = z
  .object({
    title: Title.optional(),
    category: DocumentCategory.optional(),
    gateLink: DocumentGateLink.nullable().optional(),
  })
  .strict()
  .meta({ id: "DocumentUpdate" });
export type DocumentUpdate = z.input<typeof DocumentUpdate>;

/** Starts a project document from a library template: its latest version becomes version 1. */
export const DocumentFromTemplate = z
  .object({
    templateId: z.uuid("must be a document template id"),
    title: Title.optional(),
    gateLink: DocumentGateLink.nullable().default(null),
  })
  .strict()
  .meta({ id: "DocumentFromTemplate" });
export type DocumentFromTemplate = z.input<typeof DocumentFromTemplate>;

export const DocumentListQuery = PageQuery.extend({
  category: DocumentCategory.optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;
