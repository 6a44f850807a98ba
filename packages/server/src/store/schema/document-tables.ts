import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth-tables.js";
import { orgIdColumn } from "./org-tables.js";
import { project } from "./project-tables.js";
import { revisionColumns } from "./revision-columns.js";

// Documents: the organisation's library of document templates (no project) and each project's
// documents, every upload a new version. The bytes live in a blob store (the data directory,
// PostgreSQL or S3); a version row names its blob by key.

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

export const document = pgTable(
  "document",
  {
    orgId: orgIdColumn(),
    id: uuid("id").notNull(),
    /** Null for a template of the organisation's library. */
    projectId: uuid("project_id"),
    kind: text("kind").notNull(),
    /** The shipped template this row seeds (`charter`…); null otherwise. */
    builtInKey: text("built_in_key"),
    title: text("title").notNull(),
    category: text("category").notNull(),
    /** The gate the document is a deliverable of: 0-based phase index and the deliverable's name. */
    gatePhase: integer("gate_phase"),
    gateDeliverable: text("gate_deliverable"),
    /** The newest version's number; 0 never stays (a document is made with its first version). */
    latestVersion: integer("latest_version").notNull().default(0),
    ...revisionColumns(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({
      name: "document_project_fk",
      columns: [t.orgId, t.projectId],
      foreignColumns: [project.orgId, project.id],
    }).onDelete("cascade"),
    // Seeding is idempotent: each organisation holds each built-in document template once.
    uniqueIndex("document_built_in_idx").on(t.orgId, t.builtInKey),
    index("document_project_idx").on(t.orgId, t.projectId, t.title, t.id),
    check("document_kind_check", sql`${t.kind} in ('template','project')`),
    check("document_kind_project_check", sql`(${t.kind} = 'template') = (${t.projectId} is null)`),
    check(
      "document_gate_check",
      sql`(${t.gatePhase} is null) = (${t.gateDeliverable} is null) and (${t.gatePhase} is null or ${t.kind} = 'project')`,
    ),
  ],
);

export const documentVersion = pgTable(
  "document_version",
  {
    orgId: uuid("org_id").notNull(),
    documentId: uuid("document_id").notNull(),
    number: integer("number").notNull(),
    fileName: text("file_name").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contentType: text("content_type").notNull(),
    blobKey: text("blob_key").notNull(),
    note: text("note").notNull().default(""),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.documentId, t.number] }),
    foreignKey({
      name: "document_version_document_fk",
      columns: [t.orgId, t.documentId],
      foreignColumns: [document.orgId, document.id],
    }).onDelete("cascade"),
  ],
);

/**
 * Document bytes when PostgreSQL is the blob store: each blob in chunks of at most 1 MiB, so a
 * download streams chunk by chunk instead of holding a whole file in memory.
 */
export const documentBlobChunk = pgTable(
  "document_blob_chunk",
  {
    orgId: orgIdColumn(),
    blobKey: text("blob_key").notNull(),
    chunk: integer("chunk").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.blobKey, t.chunk] })],
);
