import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { planKeys } from "../plan/queries.js";
import { invalidateProjects, projectQuery } from "./queries.js";

describe("invalidateProjects", () => {
  it("marks projects stale and leaves the plans under them alone", async () => {
    const client = new QueryClient();
    const project: readonly unknown[] = projectQuery("acme", "p1").queryKey;
    const tasks = [...planKeys.all("acme", "p1"), "tasks"];
    client.setQueryData(project, { id: "p1" });
    client.setQueryData(tasks, { items: [] });
    await invalidateProjects(client, "acme");
    expect(client.getQueryState(project)?.isInvalidated).toBe(true);
    expect(client.getQueryState(tasks)?.isInvalidated).toBe(false);
  });
});
