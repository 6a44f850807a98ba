import { Page } from "@orrery/contracts/common";
import { PortfolioMilestone } from "@orrery/contracts/milestones";
import { Project } from "@orrery/contracts/projects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Milestones = Page(PortfolioMilestone);
const Problem = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const DAY = 480;

describe.each(apiDrivers())("milestone timeline API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let milestones: string;
  /** Apollo: Design (2d) → Kick-off done; Build (3d) → Go-live. Zeus: one milestone, later. */
  let apollo: Project;
  let zeus: Project;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
    milestones = `/api/v1/orgs/${server.org.slug}/milestones`;
    apollo = await projectWithPlan("APO", "2027-03-01", [
      { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
      {
        op: "create",
        task: { uid: 2, name: "Design signed off", durationMinutes: 0, milestone: true },
      },
      { op: "create", task: { uid: 3, name: "Build", durationMinutes: 3 * DAY } },
      { op: "create", task: { uid: 4, name: "Go-live", durationMinutes: 0, milestone: true } },
      { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
      { op: "link", link: { predecessorUid: 2, successorUid: 3 } },
      { op: "link", link: { predecessorUid: 3, successorUid: 4 } },
    ]);
    zeus = await projectWithPlan("ZEU", "2027-04-05", [
      { op: "create", task: { uid: 1, name: "Contract", durationMinutes: DAY } },
      {
        op: "create",
        task: { uid: 2, name: "Contract signed", durationMinutes: 0, milestone: true },
      },
      { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    ]);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function projectWithPlan(
    key: string,
    start: string,
    operations: object[],
  ): Promise<Project> {
    const created = await admin.post(projects, {
      key,
      name: `Project ${key}`,
      plannedStart: start,
    });
    const project = Project.parse(created.body);
    const batch = await admin.post(`${projects}/${project.id}/tasks:batch`, { operations });
    expect(batch.status, JSON.stringify(batch.body)).toBe(200);
    return project;
  }

  async function list(query: string, client = admin): Promise<Milestones> {
    const response = await client.get(`${milestones}${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return Milestones.parse(response.body);
  }
  type Milestones = z.infer<typeof Milestones>;

  it("lists every project's milestones in finish order with the engine's dates", async () => {
    const page = await list("");
    expect(page.items.map((m) => [m.projectKey, m.name, m.finish])).toEqual([
      ["APO", "Design signed off", "2027-03-02T17:00:00"],
      ["APO", "Go-live", "2027-03-05T17:00:00"],
      ["ZEU", "Contract signed", "2027-04-05T17:00:00"],
    ]);
    expect(page.items[0]).toMatchObject({
      projectId: apollo.id,
      projectName: "Project APO",
      uid: 2,
      baselineFinish: null,
      critical: true,
      percentComplete: 0,
    });
    expect(page.nextCursor).toBeNull();
  });

  it("shows how far a milestone slipped from its baseline", async () => {
    const plan = `${projects}/${apollo.id}`;
    expect((await admin.request("PUT", `${plan}/baselines/0`)).status).toBe(200);
    expect((await admin.patch(`${plan}/tasks/3`, { durationMinutes: 5 * DAY })).status).toBe(200);
    const goLive = (await list(`?projectId=${apollo.id}`)).items.find((m) => m.uid === 4);
    expect(goLive).toMatchObject({
      finish: "2027-03-09T17:00:00",
      baselineFinish: "2027-03-05T17:00:00",
    });
    // Baseline 1 was never set: nothing to compare with.
    const other = await list(`?projectId=${apollo.id}&baseline=1`);
    expect(other.items.every((m) => m.baselineFinish === null)).toBe(true);
  });

  it("keeps to a window of finish dates, both ends included, and hides completed ones on request", async () => {
    const window = await list("?from=2027-03-09&to=2027-04-05");
    expect(window.items.map((m) => m.name)).toEqual(["Go-live", "Contract signed"]);
    expect((await list("?to=2027-03-01")).items).toEqual([]);

    const plan = `${projects}/${zeus.id}`;
    expect((await admin.patch(`${plan}/tasks/2`, { percentComplete: 100 })).status).toBe(200);
    const open = await list("?open=true&from=2027-04-01");
    expect(open.items).toEqual([]);
    expect((await list("?open=false&from=2027-04-01")).items).toHaveLength(1);
  });

  it("pages in finish order without repeating or skipping a milestone", async () => {
    const all = (await list("")).items.map((m) => `${m.projectKey}:${m.uid}`);
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: Milestones = await list(`?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((m) => `${m.projectKey}:${m.uid}`));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all);
  });

  it("shows a team member only the projects they belong to, and leaves archived projects out", async () => {
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const client = apiClient(server.url, { token: member.token });
    expect((await list("", client)).items).toEqual([]);
    await admin.post(`${projects}/${zeus.id}/members`, { userId: member.userId, role: "viewer" });
    expect((await list("", client)).items.map((m) => m.projectKey)).toEqual(["ZEU"]);
    // Asking for a project one cannot read answers nothing rather than telling it exists.
    expect((await list(`?projectId=${apollo.id}`, client)).items).toEqual([]);

    const archived = await admin.patch(`${projects}/${zeus.id}`, { archived: true });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect((await list("")).items.some((m) => m.projectKey === "ZEU")).toBe(false);
    await admin.patch(`${projects}/${zeus.id}`, { archived: false });
  });

  it("names the field of a bad query and refuses a forged cursor", async () => {
    const reversed = await admin.get(`${milestones}?from=2027-05-01&to=2027-04-01`);
    expect(reversed.status).toBe(422);
    expect(Problem.parse(reversed.body).errors).toContainEqual(
      expect.objectContaining({ path: "to", message: "must not be before from" }),
    );
    const badDate = await admin.get(`${milestones}?from=2027-02-30`);
    expect(badDate.status).toBe(422);
    expect(Problem.parse(badDate.body).errors[0]?.path).toBe("from");
    const forged = await admin.get(
      `${milestones}?cursor=${Buffer.from("{}").toString("base64url")}`,
    );
    expect(forged.status).toBe(422);
    expect(Problem.parse(forged.body).errors[0]?.path).toBe("cursor");
  });
});
