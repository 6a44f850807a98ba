import { Baseline, BaselineComparison, PlanChange, TaskList } from "@orrery/contracts/plans";
import { Project } from "@orrery/contracts/projects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const DAY = 480;

describe.each(apiDrivers())("baseline comparison on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  /** Design (2d, Mon–Tue) → Build (3d, Wed–Fri), from Monday 1 March 2027, and a summary. */
  async function twoTaskPlan(): Promise<string> {
    const created = await admin.post(projects, {
      key: `BC${++serial}`,
      name: "Compare fixture",
      plannedStart: "2027-03-01",
    });
    const project = `${projects}/${Project.parse(created.body).id}`;
    const response = await admin.post(`${project}/tasks:batch`, {
      operations: [
        { op: "create", task: { uid: 1, name: "Phase", durationMinutes: DAY } },
        {
          op: "create",
          task: { uid: 2, name: "Design", durationMinutes: 2 * DAY, outlineLevel: 2 },
        },
        {
          op: "create",
          task: { uid: 3, name: "Build", durationMinutes: 3 * DAY, outlineLevel: 2 },
        },
        { op: "link", link: { predecessorUid: 2, successorUid: 3 } },
      ],
    });
    expect(response.status).toBe(200);
    PlanChange.parse(response.body);
    return project;
  }

  async function lengthen(project: string, uid: number, days: number) {
    const tasks = TaskList.parse((await admin.get(`${project}/tasks`)).body);
    const task = tasks.items.find((t) => t.uid === uid);
    const response = await admin.patch(
      `${project}/tasks/${uid}`,
      { durationMinutes: days * DAY },
      { headers: { "if-match": `"${task?.version}"` } },
    );
    expect(response.status).toBe(200);
  }

  async function compare(project: string, a: string | number, b: string | number) {
    const response = await admin.get(`${project}/baselines/compare?a=${a}&b=${b}`);
    expect(response.status).toBe(200);
    return BaselineComparison.parse(response.body);
  }

  it("reports a baseline against the current schedule in working minutes, positive when later", async () => {
    const project = await twoTaskPlan();
    expect((await admin.request("PUT", `${project}/baselines/0`)).status).toBe(200);
    await lengthen(project, 2, 4);
    const comparison = await compare(project, 0, "current");
    const build = comparison.items.find((item) => item.taskUid === 3);
    // Design grew by two days, so Build starts and finishes two working days later (over a
    // weekend: Friday 5 March becomes Tuesday 9 March, two working days, not four).
    expect(build).toMatchObject({
      name: "Build",
      position: 3,
      a: { finish: "2027-03-05T17:00:00" },
      b: { finish: "2027-03-09T17:00:00" },
      startVarianceMinutes: 2 * DAY,
      finishVarianceMinutes: 2 * DAY,
      durationVarianceMinutes: 0,
    });
    expect(comparison.items.find((item) => item.taskUid === 2)?.durationVarianceMinutes).toBe(
      2 * DAY,
    );
    expect(comparison).toMatchObject({
      a: 0,
      b: "current",
      finishA: "2027-03-05T17:00:00",
      finishB: "2027-03-09T17:00:00",
      finishVarianceMinutes: 2 * DAY,
      // Design and Build; the summary Phase is not counted.
      slippedCount: 2,
      improvedCount: 0,
    });
  });

  it("compares any two baselines, and swapping them changes every sign", async () => {
    const project = await twoTaskPlan();
    await admin.request("PUT", `${project}/baselines/0`);
    await lengthen(project, 3, 5);
    await admin.request("PUT", `${project}/baselines/2`);
    const forward = await compare(project, 0, 2);
    const backward = await compare(project, 2, 0);
    expect(forward.finishVarianceMinutes).toBe(2 * DAY);
    expect(forward.slippedCount).toBe(1);
    expect(backward.improvedCount).toBe(1);
    for (const item of forward.items) {
      const back = backward.items.find((other) => other.taskUid === item.taskUid);
      expect((back?.finishVarianceMinutes ?? 1) + (item.finishVarianceMinutes ?? 0)).toBe(0);
      expect((back?.startVarianceMinutes ?? 1) + (item.startVarianceMinutes ?? 0)).toBe(0);
      expect(back?.a).toEqual(item.b);
    }
    const same = await compare(project, 2, 2);
    expect(same.items.every((item) => item.finishVarianceMinutes === 0)).toBe(true);
  });

  it("shows a task added after the baseline with no baseline side and no variance", async () => {
    const project = await twoTaskPlan();
    await admin.request("PUT", `${project}/baselines/1`);
    const added = await admin.post(`${project}/tasks`, { name: "Test", durationMinutes: DAY });
    expect(added.status).toBe(201);
    const comparison = await compare(project, 1, "current");
    expect(comparison.items.at(-1)).toMatchObject({
      name: "Test",
      position: 4,
      a: null,
      b: { durationMinutes: DAY },
      finishVarianceMinutes: null,
    });
    expect(comparison.slippedCount).toBe(0);
  });

  it("stores given values as a baseline, so a set or a clear can be undone", async () => {
    const project = await twoTaskPlan();
    await admin.request("PUT", `${project}/baselines/0`);
    const first = Baseline.parse((await admin.get(`${project}/baselines/0`)).body);
    await lengthen(project, 2, 4);
    await admin.request("PUT", `${project}/baselines/0`);
    const moved = Baseline.parse((await admin.get(`${project}/baselines/0`)).body);
    expect(moved.items).not.toEqual(first.items);

    const restored = await admin.request("PUT", `${project}/baselines/0`, {
      body: { items: first.items },
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({ number: 0, taskCount: 3 });
    expect(Baseline.parse((await admin.get(`${project}/baselines/0`)).body)).toEqual(first);

    // A cleared baseline comes back the same way.
    expect((await admin.delete(`${project}/baselines/0`)).status).toBe(204);
    await admin.request("PUT", `${project}/baselines/0`, { body: { items: moved.items } });
    expect(Baseline.parse((await admin.get(`${project}/baselines/0`)).body)).toEqual(moved);
  });

  it("refuses values for a task no longer in the plan, naming the item", async () => {
    const project = await twoTaskPlan();
    const response = await admin.request("PUT", `${project}/baselines/5`, {
      body: {
        items: [
          {
            taskUid: 99,
            start: "2027-03-01T08:00:00",
            finish: "2027-03-01T17:00:00",
            durationMinutes: DAY,
            workMinutes: null,
            cost: null,
          },
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(response.body)).toContain("items.0.taskUid");
    expect((await admin.get(`${project}/baselines/5`)).status).toBe(404);
  });

  it("refuses a baseline never set, and a side that is no baseline", async () => {
    const project = await twoTaskPlan();
    const missing = await admin.get(`${project}/baselines/compare?a=4&b=current`);
    expect(missing.status).toBe(404);
    const invalid = await admin.get(`${project}/baselines/compare?a=11&b=current`);
    expect(invalid.status).toBe(422);
    expect(JSON.stringify(invalid.body)).toContain('"a"');
  });
});
