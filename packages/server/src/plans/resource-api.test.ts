import { Page } from "@orrery/contracts/common";
import { MyWorkTask } from "@orrery/contracts/my-work";
import { ImportResult, PlanChange } from "@orrery/contracts/plans";
import { Project } from "@orrery/contracts/projects";
import { AssignmentList, ResourceList } from "@orrery/contracts/resources";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { uploadPlanFile } from "../testing/plan-upload.js";
import { createPerson, type TestPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const MyWork = Page(MyWorkTask);
const Problem = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const DAY = 480;

/** Three tasks (Design → Build, Test) with Tess on Design and Build, and Olga on Test. */
function mspdiWithTeam(tessEmail: string): Uint8Array {
  const task = (uid: number, name: string, days: number, extra = "") =>
    `<Task><UID>${uid}</UID><ID>${uid - 9}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT${days * 8}H0M0S</Duration><DurationFormat>7</DurationFormat>${extra}</Task>`;
  const assignment = (uid: number, taskUid: number, resourceUid: number) =>
    `<Assignment><UID>${uid}</UID><TaskUID>${taskUid}</TaskUID><ResourceUID>${resourceUid}</ResourceUID><Units>1</Units><Work>PT16H0M0S</Work></Assignment>`;
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <ScheduleFromStart>1</ScheduleFromStart>
  <StartDate>2027-03-01T08:00:00</StartDate>
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    ${task(10, "Design", 2)}
    ${task(11, "Build", 3, "<PredecessorLink><PredecessorUID>10</PredecessorUID><Type>1</Type></PredecessorLink>")}
    ${task(12, "Test", 1)}
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Name></Name><Type>1</Type></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Tess</Name><Type>1</Type><EmailAddress>${tessEmail.toUpperCase()}</EmailAddress><MaxUnits>1</MaxUnits></Resource>
    <Resource><UID>2</UID><ID>2</ID><Name>Olga</Name><Type>1</Type><EmailAddress>nobody@example.test</EmailAddress></Resource>
  </Resources>
  <Assignments>
    ${assignment(1, 10, 1)}${assignment(2, 11, 1)}${assignment(3, 12, 2)}${assignment(4, 12, -65535)}
  </Assignments>
</Project>`);
}

describe.each(apiDrivers())("resources, assignments and My work on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let tess: TestPerson;
  let tessClient: ApiClient;
  /** Tess is a viewer of Apollo (imported) and a member of Comet; Boreas she cannot read. */
  let apollo: string;
  let boreas: string;
  let comet: string;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
    tess = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
      name: "Tess",
    });
    tessClient = apiClient(server.url, { token: tess.token });
    apollo = await newProject("APO", "2027-03-01", "viewer");
    boreas = await newProject("BOR", "2027-01-04", null);
    comet = await newProject("COM", "2027-02-01", "member");
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function newProject(key: string, start: string, tessRole: string | null) {
    const created = await admin.post(projects, {
      key,
      name: `Project ${key}`,
      plannedStart: start,
    });
    const path = `${projects}/${Project.parse(created.body).id}`;
    if (tessRole) await admin.post(`${path}/members`, { userId: tess.userId, role: tessRole });
    return path;
  }

  const upload = (project: string, name: string, bytes: Uint8Array, dryRun = false) =>
    uploadPlanFile(server, project, { name, bytes }, dryRun);

  /** One task assigned to a resource mapped to Tess through the API. */
  async function assignTessOnePlannedTask(project: string, name: string) {
    const batch = await admin.post(`${project}/tasks:batch`, {
      operations: [{ op: "create", task: { uid: 1, name, durationMinutes: DAY } }],
    });
    expect(batch.status, JSON.stringify(batch.body)).toBe(200);
    const resource = await admin.post(`${project}/resources`, { name: "Tess" });
    expect(resource.status, JSON.stringify(resource.body)).toBe(201);
    const mapped = await admin.patch(
      `${project}/resources/1`,
      { userId: tess.userId },
      { headers: { "if-match": '"1"' } },
    );
    expect(mapped.status, JSON.stringify(mapped.body)).toBe(200);
    const assigned = await admin.request("PUT", `${project}/tasks/1/assignments`, {
      body: { assignments: [{ resourceUid: 1 }] },
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  }

  async function myWork(query = "", client = tessClient) {
    const response = await client.get(`/api/v1/orgs/${server.org.slug}/my-work${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return MyWork.parse(response.body);
  }

  it("imports an MS Project file's resources and assignments, mapping people by e-mail", async () => {
    const file = mspdiWithTeam(tess.email);
    const preview = ImportResult.parse((await upload(apollo, "team.xml", file, true)).body);
    expect(preview).toMatchObject({ taskCount: 3, resourceCount: 2, assignmentCount: 3 });
    expect(preview.warnings.map((w) => w.message).join("\n")).not.toMatch(/resource/i);
    expect((await upload(apollo, "team.xml", file)).status).toBe(200);

    const resources = ResourceList.parse((await tessClient.get(`${apollo}/resources`)).body);
    expect(resources.items.map((r) => [r.uid, r.name, r.userId])).toEqual([
      [1, "Tess", tess.userId],
      [2, "Olga", null],
    ]);
    const assignments = AssignmentList.parse((await tessClient.get(`${apollo}/assignments`)).body);
    expect(assignments.items.map((a) => [a.taskUid, a.resourceUid])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
  });

  it("exports the resources and assignments so a round trip keeps them", async () => {
    const exported = await fetch(`${server.url}${apollo}/export?format=mspdi`, {
      headers: { authorization: `Bearer ${server.admin.token}` },
    });
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toContain("<Name>Tess</Name>");
    const again = ImportResult.parse((await upload(apollo, "again.xml", bytes, true)).body);
    expect(again).toMatchObject({ taskCount: 3, resourceCount: 2, assignmentCount: 3 });
  });

  it("lists a team member's tasks open first and due soonest first, only in projects they read", async () => {
    await assignTessOnePlannedTask(boreas, "Secret task");
    await assignTessOnePlannedTask(comet, "Comet kick-off");
    const page = await myWork();
    expect(page.items.map((t) => [t.projectKey, t.name, t.finish])).toEqual([
      ["COM", "Comet kick-off", "2027-02-01T17:00:00"],
      ["APO", "Design", "2027-03-02T17:00:00"],
      ["APO", "Build", "2027-03-05T17:00:00"],
    ]);
    const first = await myWork("?limit=2");
    expect(first.items).toHaveLength(2);
    const rest = await myWork(`?limit=2&cursor=${first.nextCursor}`);
    expect(rest.items.map((t) => t.name)).toEqual(["Build"]);
    expect(rest.nextCursor).toBeNull();
    // The admin reads every project but is assigned to nothing.
    expect((await myWork("", admin)).items).toEqual([]);
  });

  it("lets an assigned viewer record progress, which reschedules the plan", async () => {
    const recorded = await tessClient.patch(`${apollo}/tasks/1/progress`, {
      percentComplete: 50,
      actualStart: "2027-03-02T08:00:00",
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    const change = PlanChange.parse(recorded.body);
    const byUid = new Map(change.changed.map((task) => [task.uid, task]));
    expect(byUid.get(1)).toMatchObject({ percentComplete: 50, start: "2027-03-02T08:00:00" });
    // Design now finishes a day later, and Build follows it.
    expect(change.rescheduled.find((task) => task.uid === 2)?.finish).toBe("2027-03-08T17:00:00");
    expect(recorded.headers.get("etag")).toBe(`"${byUid.get(1)?.version}"`);
    const mine = (await myWork()).items.find((t) => t.name === "Design");
    expect(mine).toMatchObject({ percentComplete: 50, actualStart: "2027-03-02T08:00:00" });
  });

  it("refuses progress on a task the viewer is not assigned to, and other fields of their own", async () => {
    const other = await tessClient.patch(`${apollo}/tasks/3/progress`, { percentComplete: 10 });
    expect(other.status).toBe(403);
    const renamed = await tessClient.patch(`${apollo}/tasks/1`, { name: "Mine now" });
    expect(renamed.status).toBe(403);
    const sneaky = await tessClient.patch(`${apollo}/tasks/1/progress`, { name: "Mine now" });
    expect(sneaky.status).toBe(422);
    expect(JSON.stringify(sneaky.body)).toContain("name");
  });

  it("refuses progress recorded against a stale version with 412", async () => {
    const stale = await tessClient.patch(
      `${apollo}/tasks/2/progress`,
      { percentComplete: 20 },
      { headers: { "if-match": '"1"' } },
    );
    expect(stale.status).toBe(200);
    const again = await tessClient.patch(
      `${apollo}/tasks/2/progress`,
      { percentComplete: 30 },
      { headers: { "if-match": '"1"' } },
    );
    expect(again.status).toBe(412);
  });

  it("lists complete tasks after the open ones and leaves out those done before completedSince", async () => {
    const done = await tessClient.patch(`${comet}/tasks/1/progress`, {
      percentComplete: 100,
      actualStart: "2027-02-01T08:00:00",
      actualFinish: "2027-02-01T17:00:00",
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await myWork()).items.map((t) => t.name)).toEqual([
      "Design",
      "Build",
      "Comet kick-off",
    ]);
    expect((await myWork("?completedSince=2027-02-02")).items.map((t) => t.name)).toEqual([
      "Design",
      "Build",
    ]);
  });

  it("imports a task list's Resource Names column as resources and assignments", async () => {
    const sheet = await newProject("SHT", "2027-03-01", null);
    const csv = new TextEncoder().encode(
      'Name,Duration,Start,Resource Names\nDig,2d,2027-03-01,Ana\nPour,1d,,"Ana,Ben[50%]"\n',
    );
    const imported = await upload(sheet, "plan.csv", csv);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const resources = ResourceList.parse((await admin.get(`${sheet}/resources`)).body);
    expect(resources.items.map((r) => r.name)).toEqual(["Ana", "Ben"]);
    const assignments = AssignmentList.parse((await admin.get(`${sheet}/assignments`)).body);
    expect(assignments.items.map((a) => [a.taskUid, a.resourceUid, a.units])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [2, 2, 0.5],
    ]);
  });

  it("maps a resource only to a member of the organisation", async () => {
    const response = await admin.patch(`${apollo}/resources/2`, { userId: "not-a-member" });
    expect(response.status).toBe(422);
    expect(Problem.parse(response.body).errors[0]?.path).toBe("userId");
    const unknown = await admin.request("PUT", `${apollo}/tasks/3/assignments`, {
      body: { assignments: [{ resourceUid: 9 }] },
    });
    expect(unknown.status).toBe(422);
    expect(Problem.parse(unknown.body).errors[0]?.path).toBe("assignments.0.resourceUid");
  });

  it("refuses a stale resource change, and deletes a resource with its assignments", async () => {
    const stale = await admin.patch(
      `${apollo}/resources/2`,
      { name: "Olga K." },
      { headers: { "if-match": '"99"' } },
    );
    expect(stale.status).toBe(412);
    const deleted = await admin.delete(`${apollo}/resources/2`, {
      headers: { "if-match": '"1"' },
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    const assignments = AssignmentList.parse((await admin.get(`${apollo}/assignments`)).body);
    expect(assignments.items.map((a) => a.resourceUid)).toEqual([1, 1]);
  });
});
