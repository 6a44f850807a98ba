// What a reader returns when a file cannot become a ProjectDocument. The message names the file,
// the place (line, element path, row) and the field, so a user can open the file and fix it; the
// code lets callers (the import service, the CLI) decide without matching on message text.

import type { ProjectDocument } from "./project-document.js";

/** Why a file was refused. */
export type ProjectFileErrorCode =
  /** Not well-formed (broken XML, bad CSV quoting) or not this format at all. */
  | "malformed"
  /** A required element or column is absent. */
  | "missing-field"
  /** A value is present but cannot be read (a date that is not a date, a negative count). */
  | "invalid-value"
  /** A reference points at nothing (a link to an unknown task UID, an unknown calendar). */
  | "unknown-reference"
  /** Valid for the format, but a feature this reader does not support. */
  | "unsupported";

/** Where in the file the problem is; every part is optional because formats differ. */
export interface ProjectFileLocation {
  /** The file name or path as the caller gave it. */
  readonly file: string;
  /** 1-based line number. */
  readonly line?: number;
  /** Element path in an XML file, e.g. `Project/Tasks/Task[UID=12]/Duration`. */
  readonly element?: string;
  /** 1-based data row in a table file (CSV, XLSX sheet, XER table). */
  readonly row?: number;
  /** The table or sheet, for table formats. */
  readonly table?: string;
}

/** A problem in one project file, with the place and field it concerns. */
export class ProjectFileError extends Error {
  override readonly name = "ProjectFileError";
  readonly code: ProjectFileErrorCode;
  readonly location: ProjectFileLocation;
  /** The field or column concerned, e.g. `LinkLag`. */
  readonly field: string | undefined;

  constructor(
    code: ProjectFileErrorCode,
    problem: string,
    location: ProjectFileLocation,
    field?: string,
    options?: { cause?: unknown },
  ) {
    super(`${describeLocation(location, field)}: ${problem}`, options);
    this.code = code;
    this.location = location;
    this.field = field;
  }
}

/** A reader's outcome: the document, or the first error that stopped it. */
export type ProjectReadResult =
  | { readonly ok: true; readonly document: ProjectDocument }
  | { readonly ok: false; readonly error: ProjectFileError };

function describeLocation(location: ProjectFileLocation, field: string | undefined): string {
  const parts = [location.file];
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.table !== undefined) parts.push(location.table);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.element !== undefined) parts.push(location.element);
  if (field !== undefined && !(location.element ?? "").endsWith(`/${field}`)) parts.push(field);
  return parts.join(", ");
}
