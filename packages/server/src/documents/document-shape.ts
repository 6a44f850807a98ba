import {
  type Document,
  DocumentCategory,
  DocumentKind,
  type DocumentVersion,
} from "@orrery/contracts/documents";
import { person } from "../projects/project-store.js";
import type { DocumentView, VersionView } from "./document-store.js";

/** The API's document: the row, its project and its versions (newest first). */
export function toDocument(view: DocumentView, versions: readonly VersionView[]): Document {
  const r = view.row;
  return {
    id: r.id,
    kind: DocumentKind.parse(r.kind),
    project:
      r.projectId !== null && view.projectKey !== null && view.projectName !== null
        ? { id: r.projectId, key: view.projectKey, name: view.projectName }
        : null,
    builtIn: r.builtInKey,
    title: r.title,
    category: DocumentCategory.parse(r.category),
    gateLink:
      r.gatePhase !== null && r.gateDeliverable !== null
        ? { gate: r.gatePhase + 1, deliverable: r.gateDeliverable }
        : null,
    versions: versions.map(toVersion),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

function toVersion(view: VersionView): DocumentVersion {
  const v = view.row;
  return {
    number: v.number,
    fileName: v.fileName,
    sizeBytes: v.sizeBytes,
    sha256: v.sha256,
    contentType: v.contentType,
    note: v.note,
    uploadedAt: v.uploadedAt.toISOString(),
    uploadedBy: person(v.uploadedBy, view.uploaderName, view.uploaderEmail),
  };
}
