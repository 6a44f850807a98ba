// Large reads in PostgreSQL's binary COPY format. A 100,000-task plan is 3.8 million values;
// in the text protocol PostgreSQL formats every one (floats and timestamps dearly) and the
// driver then makes a string of each. In binary the server copies bytes and this file reads
// the few types plans use straight out of one buffer.

import { NodePgSession } from "drizzle-orm/node-postgres";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Db } from "./database.js";

/** How one column's bytes become a value. */
export type BinaryDecoder = (bytes: Buffer, at: number, length: number) => unknown;

/** A copied column: the row field it fills and how. */
export interface CopyColumn {
  readonly field: string;
  readonly decode: BinaryDecoder;
}

/** `COPY … TO STDOUT` as it arrives: the signature, flags and header extension come first. */
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");

/**
 * Runs `select` (a SELECT without parameters) as a binary COPY on `db`'s connection, inside its
 * transaction when it is one, and makes each row a copy of `template` with the columns filled
 * in (so every row has one shape, and no row is an array first). COPY takes no parameters, so
 * values reach the query as transaction-local settings (`current_setting('orrery.copy_…')`),
 * never as SQL text.
 */
export async function copyRows<Row extends object>(
  db: Db,
  select: string,
  settings: Readonly<Record<string, string>>,
  columns: readonly CopyColumn[],
  template: Row,
): Promise<Row[]> {
  // Drizzle keeps its connection out of its types; what is found is checked, not assumed.
  const session: unknown = Reflect.get(db, "session");
  if (!(session instanceof NodePgSession)) throw new Error("binary COPY needs node-postgres");
  const client: unknown = Reflect.get(session, "client");
  if (!(client instanceof pg.Pool || client instanceof pg.Client))
    throw new Error("binary COPY found no node-postgres connection");
  const run = async (connection: pg.PoolClient | pg.Client) => {
    for (const [name, value] of Object.entries(settings))
      await connection.query("select set_config($1, $2, true)", [name, value]);
    // Decoded as the chunks arrive, while PostgreSQL is still writing the rest.
    const decoder = new CopyDecoder(columns, template);
    for await (const chunk of connection.query(
      copyTo(`copy (${select}) to stdout (format binary)`),
    ))
      decoder.push(chunk);
    return decoder.finish();
  };
  // Drizzle hands a session its own connection only inside a transaction.
  if (!(client instanceof pg.Pool)) return run(client);
  const connection = await client.connect();
  try {
    await connection.query("begin read only");
    const rows = await run(connection);
    await connection.query("commit");
    return rows;
  } catch (error) {
    await connection.query("rollback").catch(() => {});
    throw error;
  } finally {
    connection.release();
  }
}

/** The tuples of a binary COPY (all of it, in one buffer) as rows shaped like `template`. */
export function decodeCopy<Row extends object>(
  bytes: Buffer,
  columns: readonly CopyColumn[],
  template: Row,
): Row[] {
  const decoder = new CopyDecoder(columns, template);
  decoder.push(bytes);
  return decoder.finish();
}

/**
 * Reads a binary COPY stream chunk by chunk: each whole tuple becomes a row shaped like
 * `template` as soon as its last byte is in; a tuple split across chunks waits for the rest.
 */
export class CopyDecoder<Row extends object> {
  readonly #rows: Row[] = [];
  #pending: Buffer = Buffer.alloc(0);
  #headerRead = false;
  #ended = false;

  constructor(
    private readonly columns: readonly CopyColumn[],
    private readonly template: Row,
  ) {}

  push(chunk: Buffer): void {
    const bytes = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    let at = 0;
    if (!this.#headerRead) {
      const header = this.#headerEnd(bytes);
      if (header < 0) {
        this.#pending = bytes;
        return;
      }
      at = header;
      this.#headerRead = true;
    }
    while (!this.#ended && at + 2 <= bytes.length) {
      const count = bytes.readInt16BE(at);
      if (count === -1) {
        this.#ended = true;
        at += 2;
        break;
      }
      if (count !== this.columns.length)
        throw new Error(`a COPY row has ${count} columns, expected ${this.columns.length}`);
      const end = this.#tupleEnd(bytes, at + 2, count);
      if (end < 0) break;
      this.#rows.push(this.#row(bytes, at + 2, count));
      at = end;
    }
    this.#pending = bytes.subarray(at);
  }

  /** The rows; throws when the stream stopped before its trailer. */
  finish(): Row[] {
    if (!this.#headerRead) throw new Error("not a binary COPY stream");
    if (!this.#ended) throw new Error("the binary COPY stream ended inside a row");
    return this.#rows;
  }

  /** Where the tuples start, or -1 while the header is not all in. */
  #headerEnd(bytes: Buffer): number {
    const fixed = SIGNATURE.length + 8;
    if (bytes.length < fixed) return -1;
    if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE))
      throw new Error("not a binary COPY stream");
    const end = fixed + bytes.readUInt32BE(SIGNATURE.length + 4);
    return bytes.length < end ? -1 : end;
  }

  /** Where the tuple whose fields start at `at` ends, or -1 while it is not all in. */
  #tupleEnd(bytes: Buffer, at: number, count: number): number {
    let end = at;
    for (let i = 0; i < count; i++) {
      if (end + 4 > bytes.length) return -1;
      const length = bytes.readInt32BE(end);
      end += 4 + Math.max(0, length);
    }
    return end <= bytes.length ? end : -1;
  }

  #row(bytes: Buffer, at: number, count: number): Row {
    const row: Record<string, unknown> = { ...(this.template as Record<string, unknown>) };
    let field = at;
    for (let i = 0; i < count; i++) {
      const column = this.columns[i] as CopyColumn;
      const length = bytes.readInt32BE(field);
      field += 4;
      if (length < 0) row[column.field] = null;
      else {
        row[column.field] = column.decode(bytes, field, length);
        field += length;
      }
    }
    return row as Row;
  }
}

export const decodeInt4: BinaryDecoder = (bytes, at) => bytes.readInt32BE(at);
export const decodeFloat8: BinaryDecoder = (bytes, at) => bytes.readDoubleBE(at);
export const decodeBool: BinaryDecoder = (bytes, at) => bytes[at] !== 0;
export const decodeText: BinaryDecoder = (bytes, at, length) =>
  bytes.toString("utf8", at, at + length);

export const decodeUuid: BinaryDecoder = (bytes, at) => {
  const hex = bytes.toString("hex", at, at + 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const MICROS_PER_DAY = 86_400_000_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, "0"));
const dayTexts = new Map<number, string>();
/** Plans repeat their dates (a chain's finish is its successor's start): one string each. */
const timestampTexts = new Map<number, string>();

/**
 * A `timestamp without time zone` as the API writes it, `2027-03-01T08:00:00` (whole seconds,
 * as the text form the store read before). Days are formatted once and remembered: a plan's
 * dates fall on a few thousand days.
 */
export const decodeTimestamp: BinaryDecoder = (bytes, at) => {
  const micros = bytes.readInt32BE(at) * 2 ** 32 + bytes.readUInt32BE(at + 4);
  const known = timestampTexts.get(micros);
  if (known !== undefined) return known;
  const text = timestampText(micros);
  if (timestampTexts.size > 200_000) timestampTexts.clear();
  timestampTexts.set(micros, text);
  return text;
};

function timestampText(micros: number): string {
  const day = Math.floor(micros / MICROS_PER_DAY);
  let dayText = dayTexts.get(day);
  if (dayText === undefined) {
    const date = new Date(POSTGRES_EPOCH_MS + day * 86_400_000);
    if (Number.isNaN(date.getTime())) throw new RangeError("an infinite timestamp");
    dayText = date.toISOString().slice(0, 10);
    if (dayTexts.size > 100_000) dayTexts.clear();
    dayTexts.set(day, dayText);
  }
  const seconds = Math.floor((micros - day * MICROS_PER_DAY) / 1_000_000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor(seconds / 60) % 60;
  return `${dayText}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds % 60]}`;
}

/** The decoder of each Drizzle column type the binary reads meet. */
const DECODERS: Readonly<Record<string, BinaryDecoder>> = {
  PgInteger: decodeInt4,
  PgDoublePrecision: decodeFloat8,
  PgBoolean: decodeBool,
  PgText: decodeText,
  PgUUID: decodeUuid,
  PgTimestampString: decodeTimestamp,
};

/** The COPY column of a Drizzle column, filling `field`. */
export function copyColumnOf(
  field: string,
  column: { readonly columnType: string; readonly name: string },
): CopyColumn {
  const decode = DECODERS[column.columnType];
  if (!decode) throw new Error(`no binary decoder for ${column.name} (${column.columnType})`);
  return { field, decode };
}
