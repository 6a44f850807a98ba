// One door for every project file format: read bytes as MS Project XML (.xml), Primavera XER
// (.xer), CSV (.csv) or XLSX (.xlsx), choosing the reader by what the bytes are and, where the
// bytes do not say (CSV), by the name; and write a document as MSPDI, CSV or XLSX. Whatever goes
// wrong comes back as ProjectFileErrors; nothing is thrown at the caller and nothing half-read
// is returned.

import type { ProjectDocument } from "./document/project-document.js";
import { ProjectFileError, type ProjectReadResult } from "./document/project-file-error.js";
import { readMspdi } from "./mspdi/mspdi-reader.js";
import { writeMspdi } from "./mspdi/mspdi-writer.js";
import { findBrokenReference } from "./project-file-references.js";
import { readCsvTaskList, writeCsvTaskList } from "./tabular/csv-task-list.js";
import { looksLikeZip, readXlsxTaskList, writeXlsxTaskList } from "./tabular/xlsx-task-list.js";
import { readXer } from "./xer/xer-reader.js";

/** The formats Orrery reads. */
export type ProjectFileFormat = "mspdi" | "xer" | "csv" | "xlsx";

/** The formats Orrery writes (XER is read-only). */
export type WritableProjectFileFormat = Exclude<ProjectFileFormat, "xer">;

/** Choices a reader needs from its caller. */
export interface ProjectFileReadOptions {
  /** For an XER file with several projects: the project's name (short name) or id. */
  readonly project?: string;
}

/**
 * A read: the document with notices (what was read with a simplification, what was ignored), or
 * every problem found (`error` is the first). Assignable to ProjectReadResult.
 */
export type ProjectFileReadResult =
  | { readonly ok: true; readonly document: ProjectDocument; readonly notices: readonly string[] }
  | {
      readonly ok: false;
      readonly error: ProjectFileError;
      readonly errors: readonly ProjectFileError[];
    };

const EXTENSIONS: Record<string, ProjectFileFormat> = {
  ".xml": "mspdi",
  ".xer": "xer",
  ".csv": "csv",
  ".xlsx": "xlsx",
};

/** The file-name extensions each format uses, for messages. */
export const PROJECT_FILE_EXTENSIONS = ".xml (MS Project XML), .xer (Primavera P6), .csv, .xlsx";

/** The format a file name's extension names, or undefined. */
export function formatOfFileName(name: string): ProjectFileFormat | undefined {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? undefined : EXTENSIONS[name.slice(dot).toLowerCase()];
}

/** The first bytes of an OLE2 compound file: binary .mpp (and old .xls, .doc). */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Decodes text: a UTF-16 or UTF-8 byte-order mark wins; else UTF-8, or Windows-1252 when not valid UTF-8. */
export function decodeProjectText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // P6 writes XER in the Windows code page; so do older spreadsheet CSV exports.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** What the bytes themselves say they are, when they say. */
function sniff(
  bytes: Uint8Array,
  text: () => string,
): ProjectFileFormat | "mpp" | "binary" | undefined {
  if (startsWith(bytes, OLE2_SIGNATURE)) return "mpp";
  if (looksLikeZip(bytes)) return "xlsx";
  const head = text()
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("ERMHDR")) return "xer";
  if (head.startsWith("<")) return "mspdi";
  if (isMostlyControlCharacters(head)) return "binary";
  return undefined;
}

/** Text files have few control characters besides tab and line breaks; binary noise has many. */
function isMostlyControlCharacters(head: string): boolean {
  if (head.includes("\u0000")) return true;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) controls++;
  }
  return controls > head.length * 0.02;
}

function failure(error: ProjectFileError): ProjectFileReadResult {
  return { ok: false, error, errors: [error] };
}

function refuse(
  file: string,
  code: "malformed" | "unsupported",
  problem: string,
): ProjectFileReadResult {
  return failure(new ProjectFileError(code, problem, { file }));
}

/**
 * Reads a project file. `file` is its name or path as the user gave it: its extension decides
 * the format when the content does not (a CSV), and it names the file in every message.
 */
export async function readProjectFile(
  bytes: Uint8Array,
  file: string,
  options: ProjectFileReadOptions = {},
): Promise<ProjectFileReadResult> {
  try {
    return await readChecked(bytes, file, options);
  } catch (error) {
    // A reader bug must still reach the user as a refusal of this file, not a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return failure(
      new ProjectFileError("malformed", `could not be read: ${reason}`, { file }, undefined, {
        cause: error,
      }),
    );
  }
}

async function readChecked(
  bytes: Uint8Array,
  file: string,
  options: ProjectFileReadOptions,
): Promise<ProjectFileReadResult> {
  const named = formatOfFileName(file);
  if (bytes.length === 0 || (bytes.length < 4096 && decodeProjectText(bytes).trim().length === 0)) {
    return refuse(file, "malformed", "the file is empty");
  }
  let decoded: string | undefined;
  const text = () => {
    decoded ??= decodeProjectText(bytes);
    return decoded;
  };
  const sniffed = sniff(bytes, text);
  if (sniffed === "mpp") {
    return refuse(
      file,
      "unsupported",
      "this is a binary file (an .mpp MS Project plan, or another OLE2 document), not MS Project XML; in MS Project use File > Save As > XML Format (*.xml)",
    );
  }
  if (sniffed === "binary")
    return refuse(file, "malformed", `this is a binary file, not ${describe(named ?? "csv")}`);
  if (named === undefined && sniffed === undefined) {
    return refuse(
      file,
      "unsupported",
      `cannot tell the format: use one of ${PROJECT_FILE_EXTENSIONS}`,
    );
  }
  const format = sniffed ?? named ?? "csv";
  const notices: string[] = [];
  if (named !== undefined && named !== format) {
    notices.push(
      `the file is named like ${describe(named)} but holds ${describe(format)}; read it as ${describe(format)}`,
    );
  }
  const read = await readAs(format, bytes, text, file, options);
  if (!read.ok) return read;
  const broken = findBrokenReference(read.document, file);
  if (broken !== undefined) return failure(broken);
  return { ok: true, document: read.document, notices: [...notices, ...read.notices] };
}

async function readAs(
  format: ProjectFileFormat,
  bytes: Uint8Array,
  text: () => string,
  file: string,
  options: ProjectFileReadOptions,
): Promise<ProjectFileReadResult> {
  switch (format) {
    case "mspdi":
      return withNotices(readMspdi(text(), file), []);
    case "xer": {
      const read = readXer(text(), file, { project: options.project });
      return read.ok ? read : failure(read.error);
    }
    case "csv":
      return fromTable(readCsvTaskList(text(), file));
    case "xlsx":
      return fromTable(await readXlsxTaskList(bytes, file));
  }
}

function withNotices(result: ProjectReadResult, notices: readonly string[]): ProjectFileReadResult {
  return result.ok ? { ok: true, document: result.document, notices } : failure(result.error);
}

function fromTable(
  result:
    | { readonly ok: true; readonly document: ProjectDocument; readonly notices: readonly string[] }
    | { readonly ok: false; readonly errors: readonly ProjectFileError[] },
): ProjectFileReadResult {
  if (result.ok) return result;
  const [first] = result.errors;
  if (first === undefined) throw new Error("a task list was refused without a reason");
  return { ok: false, error: first, errors: result.errors };
}

function describe(format: ProjectFileFormat): string {
  switch (format) {
    case "mspdi":
      return "MS Project XML";
    case "xer":
      return "Primavera XER";
    case "csv":
      return "CSV";
    case "xlsx":
      return "XLSX";
  }
}

/** Writes a document in a format: MSPDI text, CSV text (UTF-8) or an XLSX workbook. */
export async function writeProjectFile(
  document: ProjectDocument,
  format: WritableProjectFileFormat,
): Promise<Uint8Array> {
  switch (format) {
    case "mspdi":
      return new TextEncoder().encode(writeMspdi(document));
    case "csv":
      return new TextEncoder().encode(writeCsvTaskList(document));
    case "xlsx":
      return writeXlsxTaskList(document);
  }
}

/** True when Orrery can write the format. */
export function isWritableFormat(format: ProjectFileFormat): format is WritableProjectFileFormat {
  return format !== "xer";
}
