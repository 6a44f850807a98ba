import { describe, expect, it } from "vitest";
import { planOnceConnection } from "./plan-once.js";

describe("planOnceConnection", () => {
  it("puts the plan setting in the config when the URL has no options of its own", () => {
    expect(planOnceConnection("postgres://u@db:5432/app")).toEqual({
      connectionString: "postgres://u@db:5432/app",
      options: "-c plan_cache_mode=force_generic_plan",
    });
  });

  it("appends it to the URL's own options, which node-postgres prefers over the config", () => {
    const { connectionString } = planOnceConnection(
      "postgres://u@db/app?options=-c%20search_path%3Dx&sslmode=disable",
    );
    const params = new URL(connectionString).searchParams;
    expect(params.get("options")).toBe("-c search_path=x -c plan_cache_mode=force_generic_plan");
    expect(params.get("sslmode")).toBe("disable");
  });
});
