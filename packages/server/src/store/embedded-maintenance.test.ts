import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { maintainTablesDue } from "./embedded-maintenance.js";
import { openThrowawayStore } from "./embedded-store.js";
import { queryRows } from "./raw-query.js";
import type { Store } from "./store.js";

const Analyzed = z.object({ analyzed: z.boolean() });

describe("maintainTablesDue", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openThrowawayStore();
    await maintainTablesDue(store);
  });
  afterAll(async () => {
    await store.close();
  });

  const analyzed = async (table: string) => {
    const [row] = await queryRows(
      store.db,
      sql`select last_analyze is not null as analyzed from pg_stat_user_tables where relname = ${table}`,
      Analyzed,
    );
    return row?.analyzed;
  };

  // PostgreSQL passes a session's table counters on at most once a second; ask it not to wait.
  const change = async (statement: ReturnType<typeof sql>) => {
    await store.db.execute(statement);
    await store.db.execute(sql`select pg_stat_force_next_flush()`);
    await store.db.execute(sql`select 1`);
  };

  it("analyzes a table once enough of it changed, as autovacuum would", async () => {
    await store.db.execute(sql`create table maintained (n integer)`);
    await change(sql`insert into maintained select generate_series(1, 40)`);
    expect(await maintainTablesDue(store)).toEqual([]);
    expect(await analyzed("maintained")).toBe(false);

    await change(sql`insert into maintained select generate_series(41, 100)`);
    expect(await maintainTablesDue(store)).toEqual(["public.maintained"]);
    expect(await analyzed("maintained")).toBe(true);
    expect(await maintainTablesDue(store)).toEqual([]);
  });
});
