import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { buildPlan, buildTask } from "./plan-test-builders.js";
import { invalidatePlanBefore, tasksQuery } from "./queries.js";

describe("reading a plan again after an event about it", () => {
  const key = tasksQuery("acme", "p1").queryKey;
  const cachedAt = (version: number) => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(key, { plan: buildPlan({ version }), items: [buildTask()] });
    return queryClient;
  };
  const invalidated = (queryClient: QueryClient) =>
    queryClient.getQueryState(key)?.isInvalidated ?? false;

  it("keeps the plan when it shows the event's version or a later one", async () => {
    for (const shown of [5, 6]) {
      const queryClient = cachedAt(shown);
      await invalidatePlanBefore(queryClient, "acme", "p1", 5);
      expect(invalidated(queryClient)).toBe(false);
    }
  });

  it("reads it again when it is older than the event, or the event names no version", async () => {
    for (const version of [6, null]) {
      const queryClient = cachedAt(5);
      await invalidatePlanBefore(queryClient, "acme", "p1", version);
      expect(invalidated(queryClient)).toBe(true);
    }
  });
});
