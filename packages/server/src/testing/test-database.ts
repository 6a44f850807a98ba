import { randomBytes } from "node:crypto";
import pg from "pg";
import { openThrowawayStore } from "../store/embedded-store.js";
import { migrate } from "../store/migrator.js";
import { openPostgresStore } from "../store/postgres-store.js";
import type { Store } from "../store/store.js";

/**
 * The store drivers a suite runs on: PGlite always, PostgreSQL too when
 * `ORRERY_TEST_DATABASE_URL` names a server (CI sets it). Each opened store is a fresh, migrated
 * database of its own, so test files run in parallel without seeing each other's rows.
 */
export interface TestDriver {
  readonly name: "pglite" | "postgres";
  open(): Promise<Store>;
}

export function testDrivers(): TestDriver[] {
  const url = process.env.ORRERY_TEST_DATABASE_URL;
  const drivers: TestDriver[] = [
    {
      name: "pglite",
      open: openThrowawayStore,
    },
  ];
  if (url) {
    drivers.push({
      name: "postgres",
      async open() {
        const database = await createTestDatabase(url);
        const store = await openPostgresStore({
          url: database.url,
          poolSize: 5,
          onError: () => {},
        });
        await migrate(store.db);
        return {
          ...store,
          async close() {
            await store.close();
            await database.drop();
          },
        };
      },
    });
  }
  return drivers;
}

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** An empty database beside the one `baseUrl` names, dropped again by `drop()`. */
export async function createTestDatabase(baseUrl: string): Promise<TestDatabase> {
  const base = new URL(baseUrl);
  const name = `${base.pathname.slice(1) || "orrery"}_t${randomBytes(6).toString("hex")}`;
  await adminQuery(baseUrl, `create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(baseUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
