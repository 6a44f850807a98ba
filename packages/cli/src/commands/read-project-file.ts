// Reading a project file named on the command line, shared by `orrery schedule` and `orrery
// convert`: the extension must be one Orrery knows, the file must exist, and a file that cannot
// be read becomes a one-line usage error (exit 2) naming the file, the place and the problem.

import { readFile } from "node:fs/promises";
import type { ProjectDocument } from "@orrery/interop/document/project-document";
import type { ProjectFileError } from "@orrery/interop/document/project-file-error";
import {
  formatOfFileName,
  PROJECT_FILE_EXTENSIONS,
  type ProjectFileFormat,
  readProjectFile,
} from "@orrery/interop/project-file";
import { usageError } from "../cli-error.js";

/** How many problems a one-line error spells out before it only counts the rest. */
const PROBLEMS_SHOWN = 3;

/** A message on one line: line breaks inside file content would split a one-line error. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** The format a file name's extension names; a usage error when it names none. */
export function formatOfArgument(file: string, role: string): ProjectFileFormat {
  const format = formatOfFileName(file);
  if (format === undefined) {
    const dot = file.lastIndexOf(".");
    const extension = dot < 0 ? "no extension" : `the extension ${file.slice(dot)}`;
    throw usageError(`${role} ${file} has ${extension}; use one of ${PROJECT_FILE_EXTENSIONS}`);
  }
  return format;
}

function describeErrors(errors: readonly ProjectFileError[]): string {
  const shown = errors.slice(0, PROBLEMS_SHOWN).map((error) => oneLine(error.message));
  const more = errors.length - shown.length;
  return more > 0
    ? `${shown.join("; ")}; and ${more} more problem${more === 1 ? "" : "s"}`
    : shown.join("; ");
}

/** Reads and parses the file; notices go to stderr so that stdout stays machine-readable. */
export async function readProjectArgument(
  file: string,
  options: { readonly project?: string },
): Promise<ProjectDocument> {
  formatOfArgument(file, "the file");
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : "cannot be read";
    throw usageError(`${file}: ${reason}`, { cause: error });
  }
  const read = await readProjectFile(bytes, file, { project: options.project });
  if (!read.ok) throw usageError(describeErrors(read.errors), { cause: read.error });
  for (const notice of read.notices)
    process.stderr.write(`orrery: note: ${file}: ${oneLine(notice)}\n`);
  return read.document;
}
