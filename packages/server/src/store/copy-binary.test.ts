import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testDrivers } from "../testing/test-database.js";
import {
  CopyDecoder,
  copyRows,
  decodeBool,
  decodeCopy,
  decodeFloat8,
  decodeInt4,
  decodeText,
  decodeTimestamp,
  decodeUuid,
} from "./copy-binary.js";
import { queryRows } from "./raw-query.js";

const COLUMNS = Object.entries({
  n: decodeInt4,
  x: decodeFloat8,
  b: decodeBool,
  t: decodeText,
  u: decodeUuid,
  ts: decodeTimestamp,
}).map(([field, decode]) => ({ field, decode }));
const TEMPLATE = { n: null, x: null, b: null, t: null, u: null, ts: null };

/** Rows as the text protocol answers them, timestamps written the way the API writes them. */
const TEXT_SELECT = sql`select n, x, b, t, u::text as u,
  to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS') as ts from copy_sample order by n`;

const sampleRow = fc.record({
  x: fc.double({ noNaN: true, noDefaultInfinity: true }),
  b: fc.boolean(),
  t: fc.option(fc.string({ unit: "binary", maxLength: 12 }).map((s) => s.replaceAll("\0", ""))),
  u: fc.uuid(),
  // 1900–2199, to the second: every date a plan can hold, around the store's own epoch.
  ts: fc.option(fc.integer({ min: -2_208_988_800, max: 7_258_118_399 })),
});

describe.each(testDrivers())("binary COPY on the $name store", (driver) => {
  it("decodes every type as the text protocol answers it, inside and outside a transaction", async () => {
    const store = await driver.open();
    try {
      await store.db.execute(sql`create table copy_sample (n int4 primary key, x float8,
        b bool, t text, u uuid, ts timestamp)`);
      await fc.assert(
        fc.asyncProperty(fc.array(sampleRow, { maxLength: 30 }), async (rows) => {
          await store.db.execute(sql`truncate copy_sample`);
          for (const [n, row] of rows.entries())
            await store.db.execute(sql`insert into copy_sample values (${n}, ${row.x}, ${row.b},
              ${row.t}, ${row.u}, to_timestamp(${row.ts})::timestamptz at time zone 'UTC')`);
          const expected = await queryRows(store.db, TEXT_SELECT, z.looseObject({}));
          const select = "select n, x, b, t, u, ts from copy_sample order by n";
          const copied = await copyRows(store.db, select, {}, COLUMNS, TEMPLATE);
          expect(copied).toEqual(expected);
          const inside = await store.db.transaction((tx) =>
            copyRows(tx, select, {}, COLUMNS, TEMPLATE),
          );
          expect(inside).toEqual(expected);
        }),
        { numRuns: 10 },
      );
    } finally {
      await store.close();
    }
  }, 60_000);

  it("passes values as transaction-local settings, never as SQL text", async () => {
    const store = await driver.open();
    try {
      const evil = "x'); drop table nothing; --";
      const rows = await copyRows(
        store.db,
        "select current_setting('orrery.copy_probe')",
        { "orrery.copy_probe": evil },
        [{ field: "probe", decode: decodeText }],
        { probe: null },
      );
      expect(rows).toEqual([{ probe: evil }]);
      // Gone once the COPY's own transaction ended: the pooled connection keeps nothing.
      const [after] = await queryRows(
        store.db,
        sql`select current_setting('orrery.copy_probe', true) as probe`,
        z.object({ probe: z.string().nullable() }),
      );
      expect([null, ""]).toContain(after?.probe);
    } finally {
      await store.close();
    }
  }, 60_000);
});

/** A binary COPY stream of (int4, text) tuples, as PostgreSQL writes it. */
function copyStream(rows: readonly (readonly [number, string | null])[]): Buffer {
  const parts = [Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), Buffer.alloc(8)];
  parts[1]?.writeUInt32BE(4, 4);
  parts.push(Buffer.from([1, 2, 3, 4])); // a header extension, skipped
  for (const [n, t] of rows) {
    const head = Buffer.alloc(10);
    head.writeInt16BE(2, 0);
    head.writeInt32BE(4, 2);
    head.writeInt32BE(n, 6);
    const text = t === null ? null : Buffer.from(t, "utf8");
    const length = Buffer.alloc(4);
    length.writeInt32BE(text === null ? -1 : text.length, 0);
    parts.push(head, length, ...(text ? [text] : []));
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1, 0);
  parts.push(trailer);
  return Buffer.concat(parts);
}

describe("decoding a binary COPY as its chunks arrive", () => {
  const columns = [
    { field: "n", decode: decodeInt4 },
    { field: "t", decode: decodeText },
  ];
  const template = { n: null, t: null };
  const tuples = fc.array(fc.tuple(fc.integer(), fc.option(fc.string({ maxLength: 20 }))), {
    maxLength: 20,
  });

  it("reads the same rows however the stream is cut", () => {
    fc.assert(
      fc.property(tuples, fc.array(fc.nat(), { maxLength: 12 }), (rows, cuts) => {
        const stream = copyStream(rows);
        const at = [...new Set(cuts.map((cut) => cut % (stream.length + 1)))].sort((a, b) => a - b);
        const decoder = new CopyDecoder(columns, template);
        let from = 0;
        for (const cut of [...at, stream.length]) {
          decoder.push(stream.subarray(from, cut));
          from = cut;
        }
        const expected = rows.map(([n, t]) => ({ n, t }));
        expect(decoder.finish()).toEqual(expected);
        expect(decodeCopy(stream, columns, template)).toEqual(expected);
      }),
    );
  });

  it("refuses a stream cut short, or one that is not a COPY", () => {
    const stream = copyStream([[1, "a"]]);
    const decoder = new CopyDecoder(columns, template);
    decoder.push(stream.subarray(0, stream.length - 3));
    expect(() => decoder.finish()).toThrow(/ended inside a row/);
    expect(() => decodeCopy(Buffer.from("not a copy stream at all"), columns, template)).toThrow(
      /not a binary COPY stream/,
    );
  });
});
