// A task list as an XLSX workbook (through exceljs): the sheet named "Tasks", or else the first
// sheet, with the header on its first non-empty row. Cells are turned into the text the CSV
// reader sees: dates as local date-times (Excel stores wall-clock time with no zone, which
// exceljs hands over as a UTC Date), percent-formatted numbers as `50%`, booleans as Yes/No.

import type ExcelJS from "exceljs";
import type { ProjectDocument } from "../document/project-document.js";
import { ProjectFileError } from "../document/project-file-error.js";
import { readTaskTable, type TaskTableReadResult, type TaskTableRow } from "./task-table-reader.js";
import { type TaskTableCell, writeTaskTable } from "./task-table-writer.js";

/** exceljs is loaded on first use: it is large, and most runs never touch a workbook. */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/** Every XLSX file is a ZIP archive, which starts with these bytes. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a ZIP archive (XLSX, DOCX…). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * A whole ZIP archive ends with an end-of-central-directory record (signature PK 5 6) in its last
 * 64 KiB; without one the archive is cut short or not a ZIP at all, and there is no point in
 * handing megabytes of it to the unzipper.
 */
function hasZipDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    )
      return true;
  }
  return false;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Excel keeps times as fractions of a day, so 08:00 may arrive as 07:59:59.999; round to the minute. */
function dateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  return (
    `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}` +
    `T${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:00`
  );
}

function numberText(value: number, numberFormat: string | undefined): string {
  if (numberFormat?.includes("%") === true) return `${Number((value * 100).toPrecision(12))}%`;
  return String(Number(value.toPrecision(15)));
}

function valueText(value: ExcelJS.CellValue, numberFormat: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value, numberFormat);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("error" in value) return value.error;
  if ("result" in value && value.result !== undefined) return valueText(value.result, numberFormat);
  return "";
}

function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt);
}

function rowTexts(row: ExcelJS.Row, width: number): string[] {
  return Array.from({ length: width }, (_, index) => cellText(row.getCell(index + 1)));
}

function malformed(file: string, problem: string, cause?: unknown): TaskTableReadResult {
  return {
    ok: false,
    errors: [new ProjectFileError("malformed", problem, { file }, undefined, { cause })],
  };
}

/** Reads an XLSX workbook's task sheet. */
export async function readXlsxTaskList(
  bytes: Uint8Array,
  file: string,
): Promise<TaskTableReadResult> {
  if (!looksLikeZip(bytes))
    return malformed(file, "not an XLSX workbook (an .xlsx file is a ZIP archive)");
  if (!hasZipDirectory(bytes)) {
    return malformed(
      file,
      "not a readable XLSX workbook: the ZIP archive has no directory at its end (cut short or damaged)",
    );
  }
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  try {
    // A copy gives a plain ArrayBuffer, the type exceljs declares (JSZip reads it as is).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return malformed(file, `not a readable XLSX workbook: ${reason}`, error);
  }
  const sheet =
    workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === "tasks") ??
    workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (sheet === undefined) return malformed(file, "the workbook has no sheet with data");
  const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
  let headers: string[] | undefined;
  const rows: TaskTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowTexts(row, width);
    if (headers === undefined) {
      if (cells.some((cell) => cell.trim().length > 0)) headers = cells;
      return;
    }
    rows.push({ cells, sheetRow: rowNumber });
  });
  if (headers === undefined) return malformed(file, `the sheet "${sheet.name}" is empty`);
  return readTaskTable({ headers, rows }, { file, format: "xlsx", table: sheet.name });
}

/** Excel's date cells hold wall-clock time; exceljs writes a Date's UTC fields. */
function excelDate(text: string): Date {
  return new Date(
    Date.UTC(
      Number(text.slice(0, 4)),
      Number(text.slice(5, 7)) - 1,
      Number(text.slice(8, 10)),
      Number(text.slice(11, 13)),
      Number(text.slice(14, 16)),
    ),
  );
}

function excelValue(cell: TaskTableCell): ExcelJS.CellValue {
  if (typeof cell === "string" || typeof cell === "number") return cell;
  return excelDate(cell.date);
}

/** Writes a document's tasks as an XLSX workbook with one sheet, "Tasks". */
export async function writeXlsxTaskList(document: ProjectDocument): Promise<Uint8Array> {
  const table = writeTaskTable(document);
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = "Orrery";
  const sheet = workbook.addWorksheet("Tasks", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({
    header,
    key: String(index),
    width: table.columns[index] === "name" || table.columns[index] === "notes" ? 40 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(excelValue));
    row.forEach((cell, index) => {
      if (typeof cell === "object") added.getCell(index + 1).numFmt = "yyyy-mm-dd hh:mm";
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
