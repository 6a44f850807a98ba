import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyClusterSync } from "./cluster-copy.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "orrery-copy-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A file of `length` bytes, zero except for the given runs of data. */
const fileBytes = fc
  .record({
    length: fc.integer({ min: 0, max: 40_000 }),
    runs: fc.array(
      fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 300 }) }),
      { maxLength: 4 },
    ),
  })
  .map(({ length, runs }) => {
    const bytes = new Uint8Array(length);
    for (const run of runs) {
      if (length === 0) break;
      const at = run.at % length;
      bytes.set(run.bytes.subarray(0, length - at), at);
    }
    return bytes;
  });

describe("copying a cluster", () => {
  it("copies every file byte for byte, WAL segments with zero tails included", () => {
    let round = 0;
    fc.assert(
      fc.property(fileBytes, fileBytes, (segment, relation) => {
        const template = join(dir, `template-${round}`);
        const cluster = join(dir, `cluster-${round++}`);
        mkdirSync(join(template, "pg_wal"), { recursive: true });
        mkdirSync(join(template, "base", "5"), { recursive: true });
        writeFileSync(join(template, "pg_wal", "000000010000000000000002"), segment);
        writeFileSync(join(template, "base", "5", "1259"), relation);
        copyClusterSync(template, `${cluster}.creating`, cluster);
        const copied = join(cluster, "pg_wal", "000000010000000000000002");
        expect(statSync(copied).size).toBe(segment.length);
        expect(readFileSync(copied).equals(segment)).toBe(true);
        expect(readFileSync(join(cluster, "base", "5", "1259")).equals(relation)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
