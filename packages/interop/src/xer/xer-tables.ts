// The table layer of a Primavera P6 XER file: tab-separated lines, `ERMHDR` first, then for each
// table `%T NAME`, `%F field…` and `%R value…` lines, and `%E` at the very end. P6 always writes
// the end marker, so a file without it is taken to be cut short rather than read in part.
//
// A record is kept as where its values lie in the text, not as an array of strings: a
// 100,000-activity file holds millions of values, readers look at a few of each record, and a
// value is cut out of the text only when asked for.

import { ProjectFileError } from "../document/project-file-error.js";
import { wholeNumberIn } from "../whole-number-text.js";

const TAB = 9;

/** Numbers appended one by one into a typed array that grows: positions without a JS object each. */
class IntColumn {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const wider = new Int32Array(this.values.length * 2);
      wider.set(this.values);
      this.values = wider;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index] ?? 0;
  }
}

/** Where every value of the file starts and ends in its text; records point into it. */
class CellBounds {
  readonly starts = new IntColumn();
  readonly ends = new IntColumn();
}

/** One table: its field names and records (numbered from 0), with access by field name. */
export class XerTable {
  private fieldNames: readonly string[] = [];
  private fieldIndex: ReadonlyMap<string, number> = new Map();
  private readonly lines = new IntColumn();
  private readonly firstCells = new IntColumn();
  private readonly cellCounts = new IntColumn();

  constructor(
    readonly name: string,
    private readonly text: string,
    private readonly cells: CellBounds,
  ) {}

  /** The field names, from the table's %F line. */
  get fields(): readonly string[] {
    return this.fieldNames;
  }

  /** Sets the field names (the parser does, at the %F line). */
  defineFields(fields: readonly string[]): void {
    this.fieldNames = fields;
    // Cell 0 of a record is its %R marker, so field i is cell i + 1.
    this.fieldIndex = new Map(fields.map((field, index) => [field, index + 1]));
  }

  /** How many records the table has. */
  get recordCount(): number {
    return this.lines.length;
  }

  /** Adds a record whose cells are `count` entries of the file's bounds from `firstCell`. */
  addRecord(line: number, firstCell: number, count: number): void {
    this.lines.push(line);
    this.firstCells.push(firstCell);
    this.cellCounts.push(count);
  }

  /** The 1-based line of a record in the file. */
  lineOf(record: number): number {
    return this.lines.at(record);
  }

  hasField(field: string): boolean {
    return this.fieldIndex.has(field);
  }

  /** A record's value of a field, trimmed; "" when the field or value is absent. */
  value(record: number, field: string): string {
    const cell = this.cellOf(record, field);
    if (cell < 0) return "";
    const value = this.text.slice(this.cells.starts.at(cell), this.cells.ends.at(cell));
    // Most values have no edge spaces; trimming them anyway would copy every string.
    return value.length > 0 &&
      (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)))
      ? value.trim()
      : value;
  }

  /**
   * A record's value of a field when it is plain digits (see `wholeNumberIn`), read without
   * making a string; undefined otherwise, and the caller reads the value as text.
   */
  wholeNumber(record: number, field: string): number | undefined {
    const cell = this.cellOf(record, field);
    if (cell < 0) return undefined;
    return wholeNumberIn(this.text, this.cells.starts.at(cell), this.cells.ends.at(cell));
  }

  /** The cell of a record's field in the file's bounds, or -1 when the record has none. */
  private cellOf(record: number, field: string): number {
    const index = this.fieldIndex.get(field);
    if (index === undefined || index >= this.cellCounts.at(record)) return -1;
    return this.firstCells.at(record) + index;
  }
}

/** The parsed file: the header line's values and the tables by name. */
export interface XerFile {
  readonly header: readonly string[];
  readonly tables: ReadonlyMap<string, XerTable>;
}

/** Splits XER text into tables. `file` names the file in errors. */
export function parseXerTables(
  text: string,
  file: string,
): { ok: true; xer: XerFile } | { ok: false; error: ProjectFileError } {
  const fail = (problem: string, line: number) => ({
    ok: false as const,
    error: new ProjectFileError("malformed", problem, { file, line }),
  });
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // P6 writes CRLF; a file with any CRLF is split on the pair, as P6 reads it.
  const separator = source.includes("\r\n") ? "\r\n" : "\n";
  const lineEndOf = (start: number) => {
    const end = source.indexOf(separator, start);
    return end < 0 ? source.length : end;
  };
  const headerEnd = lineEndOf(0);
  const headerLine = source.slice(0, headerEnd).replace(/\r$/, "");
  if (!headerLine.startsWith("ERMHDR")) {
    return fail("not a Primavera P6 XER file: it does not start with ERMHDR", 1);
  }
  const cells = new CellBounds();
  const tables = new Map<string, XerTable>();
  let table: XerTable | undefined;
  let hasFields = false;
  let ended = false;
  let lineNumber = 1;
  for (let start = headerEnd + separator.length; start <= source.length; lineNumber++) {
    const end = lineEndOf(start);
    const lineStart = start;
    start = end + separator.length;
    if (end === lineStart) continue;
    const currentLine = lineNumber + 1;
    if (ended) return fail("there is text after the %E end marker", currentLine);
    const marker = source.slice(lineStart, nextTab(source, lineStart, end));
    switch (marker) {
      case "%T": {
        const name = (source.slice(lineStart, end).split("\t")[1] ?? "").trim();
        if (name.length === 0) return fail("a %T line names no table", currentLine);
        table = new XerTable(name, source, cells);
        tables.set(name, table);
        hasFields = false;
        break;
      }
      case "%F":
        if (table === undefined)
          return fail("a %F line comes before any %T table line", currentLine);
        table.defineFields(
          trimTrailingEmpty(source.slice(lineStart, end).split("\t").slice(1)).map((field) =>
            field.trim(),
          ),
        );
        hasFields = true;
        break;
      case "%R": {
        if (table === undefined || !hasFields) {
          return fail("a %R record comes before its table's %F field line", currentLine);
        }
        const firstCell = cells.starts.length;
        let count = 0;
        for (let cellStart = lineStart; cellStart <= end; count++) {
          const cellEnd = nextTab(source, cellStart, end);
          cells.starts.push(cellStart);
          cells.ends.push(cellEnd);
          cellStart = cellEnd + 1;
        }
        // P6 ends lines with a tab in some versions and not in others.
        while (count > 0 && isEmptyCell(cells, firstCell + count - 1)) count--;
        if (count - 1 > table.fields.length) {
          return fail(
            `a ${table.name} record has ${count - 1} values for ${table.fields.length} fields`,
            currentLine,
          );
        }
        table.addRecord(currentLine, firstCell, count);
        break;
      }
      case "%E":
        table = undefined;
        ended = true;
        break;
      default:
        return fail(
          `a line starts with "${marker.slice(0, 20)}", not %T, %F, %R or %E`,
          currentLine,
        );
    }
  }
  if (!ended) {
    return fail("the file ends without the %E end marker, so it looks cut short", lineNumber);
  }
  return { ok: true, xer: { header: headerLine.split("\t"), tables } };
}

function isEmptyCell(cells: CellBounds, cell: number): boolean {
  return cells.starts.at(cell) === cells.ends.at(cell);
}

/** The next tab in `text[start, end)`, or `end`. */
function nextTab(text: string, start: number, end: number): number {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === TAB) return at;
  return end;
}

/** P6 ends lines with a tab in some versions and not in others. Trims in place. */
function trimTrailingEmpty(values: string[]): string[] {
  while (values.length > 0 && (values[values.length - 1] ?? "").length === 0) values.pop();
  return values;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}
