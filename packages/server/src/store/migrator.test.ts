import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.js";
import { isMigrated, migrate } from "./migrator.js";
import { openPostgresStore } from "./postgres-store.js";
import { queryRows } from "./raw-query.js";

describe("migrate on PGlite", () => {
  it("applies every migration once and reports nothing on the second run", async () => {
    // A bare cluster (initdb only): the store template would come migrated already.
    const client = await PGlite.create();
    const store = { db: drizzle({ client }), close: () => client.close() };
    try {
      expect(await isMigrated(store.db)).toBe(false);
      const first = await migrate(store.db);
      expect(first.applied.length).toBeGreaterThan(0);
      expect(await isMigrated(store.db)).toBe(true);
      const second = await migrate(store.db);
      expect(second.applied).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

const baseUrl = process.env.ORRERY_TEST_DATABASE_URL;

describe.runIf(baseUrl)("migrate on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(baseUrl ?? "");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("migrates an empty database exactly once when several nodes start together", async () => {
    const stores = await Promise.all(
      Array.from({ length: 4 }, () =>
        openPostgresStore({ url: database.url, poolSize: 2, onError: () => {} }),
      ),
    );
    try {
      const reports = await Promise.all(stores.map((s) => migrate(s.db)));
      const appliers = reports.filter((r) => r.applied.length > 0);
      expect(appliers).toHaveLength(1);
      const first = stores[0];
      if (!first) throw new Error("no store");
      const rows = await queryRows(
        first.db,
        sql`select count(*)::int as n from orrery_migration`,
        z.object({ n: z.number() }),
      );
      expect(rows).toEqual([{ n: appliers[0]?.applied.length }]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
