import type { Link } from "@orrery/contracts/plans";
import { describe, expect, it } from "vitest";
import { predecessorCells, predecessorEdits } from "./plan-links.js";

const lengths = { minutesPerDay: 480, minutesPerWeek: 2400, daysPerMonth: 20 };
const link = (predecessorUid: number, successorUid: number, extra: Partial<Link> = {}): Link => ({
  id: `00000000-0000-4000-8000-00000000000${predecessorUid}`,
  predecessorUid,
  successorUid,
  type: "FS",
  lag: { kind: "time", minutes: 0, unit: "days", elapsed: false },
  version: 1,
  ...extra,
});
// Rows 1..4 hold tasks with UIDs 10, 20, 30, 40.
const uidOfRow = new Map([
  [1, 10],
  [2, 20],
  [3, 30],
  [4, 40],
]);
const rowOf = new Map([...uidOfRow].map(([row, uid]) => [uid, row]));

describe("the Predecessors cell", () => {
  it("writes links as MS Project does, by row number", () => {
    const links = [
      link(20, 40, {
        type: "SS",
        lag: { kind: "time", minutes: 960, unit: "days", elapsed: false },
      }),
      link(10, 40),
      link(30, 40, { type: "FF", lag: { kind: "percent", percent: -10, elapsed: false } }),
    ];
    expect(predecessorCells(links, rowOf, lengths).get(40)).toBe("1,2SS+2d,3FF-10%");
  });

  it("turns what is typed into the unlinks and links that make it so", () => {
    const links = [link(10, 40), link(20, 40)];
    expect(predecessorEdits(40, "1, 3SS+1d", links, uidOfRow, lengths)).toEqual({
      ok: true,
      value: [
        { op: "unlink", predecessorUid: 20, successorUid: 40 },
        {
          op: "link",
          link: {
            predecessorUid: 30,
            successorUid: 40,
            type: "SS",
            lag: { kind: "time", minutes: 480, unit: "days", elapsed: false },
          },
        },
      ],
    });
    expect(predecessorEdits(40, "1,2", links, uidOfRow, lengths)).toEqual({ ok: true, value: [] });
    expect(predecessorEdits(40, "", links, uidOfRow, lengths)).toMatchObject({
      value: [{ op: "unlink" }, { op: "unlink" }],
    });
  });

  it("refuses rows that do not exist, a task before itself, and what is not notation", () => {
    expect(predecessorEdits(40, "9", [], uidOfRow, lengths)).toEqual({
      ok: false,
      message: "There is no row 9",
    });
    expect(predecessorEdits(40, "4", [], uidOfRow, lengths)).toEqual({
      ok: false,
      message: "A task cannot be its own predecessor",
    });
    expect(predecessorEdits(40, "2XX", [], uidOfRow, lengths).ok).toBe(false);
  });
});
