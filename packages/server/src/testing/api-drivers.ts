import type { TestServerOptions } from "./test-server.js";

/**
 * The databases API suites run on: PGlite always, PostgreSQL as well when
 * `ORRERY_TEST_DATABASE_URL` is set. Use with `describe.each(apiDrivers())`.
 */
export function apiDrivers(): { name: string; options: TestServerOptions }[] {
  const drivers: { name: string; options: TestServerOptions }[] = [
    { name: "pglite", options: { database: "pglite" } },
  ];
  if (process.env.ORRERY_TEST_DATABASE_URL)
    drivers.push({ name: "postgres", options: { database: "postgres" } });
  return drivers;
}
