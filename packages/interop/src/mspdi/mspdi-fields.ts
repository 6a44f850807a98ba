// Typed access to the child elements of one MSPDI record (a Task, a Calendar…), turning a bad
// value into a ProjectFileError that names the file, line, element path and field.

import type { LocalDate, LocalDateTime } from "../document/local-date-time.js";
import type { DurationFormat } from "../document/project-document.js";
import { ProjectFileError, type ProjectFileErrorCode } from "../document/project-file-error.js";
import { NO_ITEMS } from "../document/shared-task-parts.js";
import { parseMspdiDate, parseMspdiDateTime } from "./mspdi-dates.js";
import { parseMspdiDuration, parseMspdiDurationFormat } from "./mspdi-duration.js";
import { NO_ELEMENT, type XmlElementTable } from "./xml-element-table.js";
import type { XmlNameTable } from "./xml-name-table.js";
import { lineAt } from "./xml-record-scanner.js";

/** No element of the file has the name. */
const ABSENT = -1;

/**
 * An element name that readers ask records for. Its id in the file being read is looked up once
 * (and again only when the file has since shown new names), so asking a record for a field is
 * an array read, not a hash of the name each time: a 100,000-task file asks seven million times.
 */
export class MspdiField {
  private names: XmlNameTable | undefined;
  private namesSeen = 0;
  private id = ABSENT;

  constructor(readonly name: string) {}

  /** The name's id in `names`, or ABSENT when no element of the file has it (yet). */
  idIn(names: XmlNameTable): number {
    if (this.names !== names || (this.id === ABSENT && this.namesSeen !== names.localCount)) {
      this.names = names;
      this.namesSeen = names.localCount;
      this.id = names.idOf(this.name) ?? ABSENT;
    }
    return this.id;
  }
}

/** One MspdiField per name, keyed by the name: `FIELD.Duration`. */
export function mspdiFields<const N extends string>(
  names: readonly N[],
): Readonly<Record<N, MspdiField>> {
  const fields: object = {};
  for (const name of names) Reflect.set(fields, name, new MspdiField(name));
  if (hasEvery(fields, names)) return fields;
  throw new Error("a field name went missing");
}

function hasEvery<N extends string>(
  fields: object,
  names: readonly N[],
): fields is Readonly<Record<N, MspdiField>> {
  return names.every((name) => {
    const field: unknown = Reflect.get(fields, name);
    return typeof field === "object" && field instanceof MspdiField;
  });
}

/** What a record reader needs: the scanned elements, and the file name for messages. */
export interface MspdiSource {
  readonly table: XmlElementTable;
  readonly file: string;
}

/** The children of one record, by name, with readers that validate as they convert. */
export class MspdiFields {
  constructor(
    readonly source: MspdiSource,
    /** The record's row in the source's element table. */
    readonly row: number,
    /** Element path for messages, e.g. `Project/Tasks/Task[UID=12]`. */
    readonly path: string,
  ) {}

  /** The same fields with a more precise path, once the record's UID is known. */
  at(path: string): MspdiFields {
    return new MspdiFields(this.source, this.row, path);
  }

  /** Every child with this name, in file order. */
  all(field: MspdiField): MspdiFields[] {
    return this.source.table
      .childrenNamed(this.row, field.idIn(this.source.table.nameTable))
      .map((row) => new MspdiFields(this.source, row, `${this.path}/${field.name}`));
  }

  /**
   * Reads every child with this name. Records without any share one empty list: most tasks have
   * no baselines or custom fields, and 100,000 empty arrays would be kept for nothing.
   */
  readAll<T>(field: MspdiField, read: (child: MspdiFields) => T): readonly T[] {
    const rows = this.source.table.childrenNamed(this.row, field.idIn(this.source.table.nameTable));
    if (rows.length === 0) return NO_ITEMS;
    return rows.map((row) => read(new MspdiFields(this.source, row, `${this.path}/${field.name}`)));
  }

  /** The first child with this name, as a record of its own. */
  child(field: MspdiField): MspdiFields | undefined {
    const table = this.source.table;
    const row = table.childNamed(this.row, field.idIn(table.nameTable));
    return row === NO_ELEMENT
      ? undefined
      : new MspdiFields(this.source, row, `${this.path}/${field.name}`);
  }

  /** Every child element, in file order, each as a record of its own. */
  children(): MspdiFields[] {
    const table = this.source.table;
    return table
      .children(this.row)
      .map((row) => new MspdiFields(this.source, row, `${this.path}/${table.name(row)}`));
  }

  /** The raw text, or undefined when the element is absent. Empty text counts as absent. */
  text(field: MspdiField): string | undefined {
    const table = this.source.table;
    const child = table.childNamed(this.row, field.idIn(table.nameTable));
    if (child === NO_ELEMENT) return undefined;
    const text = table.text(child);
    return text.length === 0 ? undefined : text;
  }

  int(field: MspdiField): number | undefined {
    const value = this.number(field);
    if (value === undefined) return undefined;
    if (!Number.isInteger(value)) throw this.error("invalid-value", field, "is not a whole number");
    return value;
  }

  requiredInt(field: MspdiField): number {
    const value = this.int(field);
    if (value === undefined) throw this.error("missing-field", field, "is required");
    return value;
  }

  number(field: MspdiField): number | undefined {
    const whole = this.wholeNumber(field);
    if (whole !== undefined) return whole;
    const text = this.text(field)?.trim();
    if (text === undefined || text.length === 0) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value))
      throw this.error("invalid-value", field, `"${text}" is not a number`);
    return value;
  }

  /** MSPDI booleans are `0`/`1`; `true`/`false` also occur in files written by other tools. */
  bool(field: MspdiField): boolean | undefined {
    const raw = this.text(field);
    if (raw === "1") return true;
    if (raw === "0") return false;
    const text = raw?.trim().toLowerCase();
    if (text === undefined) return undefined;
    if (text === "1" || text === "true") return true;
    if (text === "0" || text === "false") return false;
    throw this.error("invalid-value", field, `"${text}" is not 0 or 1`);
  }

  dateTime(field: MspdiField): LocalDateTime | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = parseMspdiDateTime(text);
    if (value === undefined)
      throw this.error("invalid-value", field, `"${text}" is not a date-time`);
    return value;
  }

  date(field: MspdiField): LocalDate | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = parseMspdiDate(text);
    if (value === undefined) throw this.error("invalid-value", field, `"${text}" is not a date`);
    return value;
  }

  /** A duration in minutes. */
  duration(field: MspdiField): number | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const value = parseMspdiDuration(text);
    if (value === undefined)
      throw this.error("invalid-value", field, `"${text}" is not a duration`);
    return value;
  }

  /** The child's text when it is a plain whole number, without making a string of it. */
  private wholeNumber(field: MspdiField): number | undefined {
    const table = this.source.table;
    const child = table.childNamed(this.row, field.idIn(table.nameTable));
    return child === NO_ELEMENT ? undefined : table.wholeNumber(child);
  }

  /** A duration format code; absent or "no format" gives undefined. */
  durationFormat(field: MspdiField): DurationFormat | undefined {
    const code = this.int(field);
    if (code === undefined) return undefined;
    const format = parseMspdiDurationFormat(code);
    if (format === undefined)
      throw this.error("invalid-value", field, `${code} is not a duration format`);
    return format ?? undefined;
  }

  /** An MSPDI tenths-of-a-minute value (slack, variances) in minutes. */
  tenthsAsMinutes(field: MspdiField): number | undefined {
    const value = this.number(field);
    return value === undefined ? undefined : value / 10;
  }

  /** A value from a closed code table, e.g. ConstraintType 0–7. */
  code<T>(field: MspdiField, table: ReadonlyMap<number, T>): T | undefined {
    const value = this.int(field);
    if (value === undefined) return undefined;
    const mapped = table.get(value);
    if (mapped === undefined)
      throw this.error("invalid-value", field, `${value} is not a known code`);
    return mapped;
  }

  error(code: ProjectFileErrorCode, field: MspdiField, problem: string): ProjectFileError {
    const table = this.source.table;
    const child = table.childNamed(this.row, field.idIn(table.nameTable));
    const offset = table.tagOffset(child === NO_ELEMENT ? this.row : child);
    return new ProjectFileError(
      code,
      `${field.name} ${problem}`,
      {
        file: this.source.file,
        line: lineAt(table.xml, offset),
        element: `${this.path}/${field.name}`,
      },
      field.name,
    );
  }
}

/** Builds a `code -> value` table from pairs. */
export function codeTable<T>(pairs: readonly (readonly [number, T])[]): ReadonlyMap<number, T> {
  return new Map(pairs);
}
