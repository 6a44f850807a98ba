// Typed access to one XER record's fields, turning a bad value into a ProjectFileError that
// names the file, line, table, row and field.

import { type LocalDateTime, parseLocalDateTime } from "../document/local-date-time.js";
import { ProjectFileError, type ProjectFileErrorCode } from "../document/project-file-error.js";
import type { XerTable } from "./xer-tables.js";

/** One record's fields. */
export class XerFields {
  constructor(
    readonly file: string,
    readonly table: XerTable,
    /** The record's number in its table (0-based). */
    readonly record: number,
    /** 1-based position of the record in its table. */
    readonly row: number,
  ) {}

  /** The value, or undefined when empty. */
  text(field: string): string | undefined {
    const value = this.table.value(this.record, field);
    return value.length === 0 ? undefined : value;
  }

  number(field: string): number | undefined {
    const whole = this.table.wholeNumber(this.record, field);
    if (whole !== undefined) return whole;
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value))
      throw this.error("invalid-value", field, `"${text}" is not a number`);
    return value;
  }

  /** A whole-number id (task_id, clndr_id…). */
  id(field: string): number | undefined {
    const value = this.number(field);
    if (value !== undefined && !Number.isSafeInteger(value)) {
      throw this.error("invalid-value", field, `"${this.text(field)}" is not a whole number`);
    }
    return value;
  }

  requiredId(field: string): number {
    const value = this.id(field);
    if (value === undefined) throw this.error("missing-field", field, "is empty");
    return value;
  }

  /** P6 writes `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`. */
  dateTime(field: string): LocalDateTime | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = parseLocalDateTime(text.replace(" ", "T"));
    if (value === undefined)
      throw this.error("invalid-value", field, `"${text}" is not a date and time`);
    return value;
  }

  /** `Y`/`N` flags. */
  flag(field: string): boolean | undefined {
    const text = this.text(field)?.toUpperCase();
    if (text === undefined) return undefined;
    return text === "Y";
  }

  error(code: ProjectFileErrorCode, field: string, problem: string): ProjectFileError {
    return new ProjectFileError(
      code,
      problem,
      {
        file: this.file,
        line: this.table.lineOf(this.record),
        table: this.table.name,
        row: this.row,
      },
      field,
    );
  }
}

/** The fields of every record of a table (empty when the file has no such table). */
export function recordsOf(file: string, table: XerTable | undefined): XerFields[] {
  if (table === undefined) return [];
  return Array.from(
    { length: table.recordCount },
    (_, record) => new XerFields(file, table, record, record + 1),
  );
}
