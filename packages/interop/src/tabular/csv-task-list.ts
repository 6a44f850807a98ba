// A task list as CSV: the first record is the header row, every further record a task.

import type { ProjectDocument } from "../document/project-document.js";
import { ProjectFileError } from "../document/project-file-error.js";
import { formatCsv, parseCsv } from "./csv-text.js";
import { formatTableDate } from "./task-table-cells.js";
import { readTaskTable, type TaskTableReadResult } from "./task-table-reader.js";
import { type TaskTableCell, writeTaskTable } from "./task-table-writer.js";

/** Reads CSV text (delimiter `,`, `;` or tab, taken from the header line) as a task list. */
export function readCsvTaskList(text: string, file: string): TaskTableReadResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: [
        new ProjectFileError("malformed", `not valid CSV: ${parsed.problem}`, {
          file,
          line: parsed.line,
        }),
      ],
    };
  }
  const [header, ...rows] = parsed.records;
  if (header === undefined) {
    return {
      ok: false,
      errors: [new ProjectFileError("malformed", "the file is empty", { file })],
    };
  }
  return readTaskTable(
    {
      headers: header.fields,
      rows: rows.map((record) => ({ cells: record.fields, line: record.line })),
    },
    { file, format: "csv" },
  );
}

function cellText(cell: TaskTableCell): string {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return formatTableDate(cell.date);
}

/** Writes a document's tasks as CSV (comma-separated, UTF-8 with a byte-order mark, CRLF). */
export function writeCsvTaskList(document: ProjectDocument): string {
  const table = writeTaskTable(document);
  return formatCsv([table.headers, ...table.rows.map((row) => row.map(cellText))]);
}
