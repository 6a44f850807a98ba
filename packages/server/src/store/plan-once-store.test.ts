import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/test-database.js";

const PLAN_CACHE_MODE = { name: "orrery_test_plan_cache_mode", text: "show plan_cache_mode" };

describe.each(testDrivers())("sessions of the $name store", (driver) => {
  it("plan named statements once, on every connection", async () => {
    const store = await driver.open();
    try {
      // Several at once: on PostgreSQL they take several connections of the pool.
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => store.statements.rows(PLAN_CACHE_MODE, [])),
      );
      expect(answers.flat()).toEqual(Array(4).fill(["force_generic_plan"]));
    } finally {
      await store.close();
    }
  });
});
