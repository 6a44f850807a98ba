import type { Page } from "@orrery/contracts/common";
import { describe, expect, it } from "vitest";
import { collectItems, type PageRequest } from "./page-walk.js";

/** A fake list of `total` numbers served in pages, recording each request. */
function numbers(total: number) {
  const requests: PageRequest[] = [];
  const fetchPage = async (request: PageRequest): Promise<Page<number>> => {
    requests.push(request);
    const from = request.cursor === undefined ? 0 : Number(request.cursor);
    const items = Array.from(
      { length: Math.max(0, Math.min(request.limit, total - from)) },
      (_, i) => from + i,
    );
    const next = from + items.length;
    return { items, nextCursor: next < total ? String(next) : null };
  };
  return { requests, fetchPage };
}

describe("collectItems", () => {
  it("follows nextCursor until the last page, asking for the largest pages", async () => {
    const list = numbers(1234);
    const items = await collectItems(list.fetchPage, undefined);
    expect(items).toEqual(Array.from({ length: 1234 }, (_, i) => i));
    expect(list.requests).toEqual([
      { limit: 500, cursor: undefined },
      { limit: 500, cursor: "500" },
      { limit: 500, cursor: "1000" },
    ]);
  });

  it("stops at the limit and never asks for more than it still needs", async () => {
    const list = numbers(1234);
    const items = await collectItems(list.fetchPage, 620);
    expect(items).toHaveLength(620);
    expect(list.requests).toEqual([
      { limit: 500, cursor: undefined },
      { limit: 120, cursor: "500" },
    ]);
  });

  it("returns an empty list for an empty collection", async () => {
    expect(await collectItems(numbers(0).fetchPage, undefined)).toEqual([]);
  });

  it("fails (exit 1) when the server repeats a cursor instead of looping forever", async () => {
    const stuck = async (): Promise<Page<number>> => ({ items: [1], nextCursor: "same" });
    await expect(collectItems(stuck, undefined)).rejects.toMatchObject({
      exitCode: 1,
      message: "the server repeated a page cursor; listing stopped",
    });
  });
});
