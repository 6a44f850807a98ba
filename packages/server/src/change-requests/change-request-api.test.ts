import { ChangeRequest } from "@orrery/contracts/change-requests";
import { Page } from "@orrery/contracts/common";
import { Baseline, TaskList } from "@orrery/contracts/plans";
import { Project } from "@orrery/contracts/projects";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { DAY, DIAMOND_PLAN } from "../testing/diamond-plan.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Requests = Page(ChangeRequest);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const Detail = z.object({ detail: z.string() });

describe.each(apiDrivers())("change requests API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let executive: ApiClient;
  let org: string;
  let boardTemplate: LifecycleTemplate;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    org = `/api/v1/orgs/${server.org.slug}`;
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "executive",
    });
    executive = apiClient(server.url, { token: person.token });
    const created = await admin.post(`${org}/templates`, {
      name: "Board decides changes",
      methodology: "waterfall",
      changeApproverRoles: ["executive"],
      phases: [{ name: "Deliver", gate: { name: "Done", reviewerRoles: ["pmo_manager"] } }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    boardTemplate = LifecycleTemplate.parse(created.body);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  /** A project on the diamond plan: Design → {Build 1d, Procure 3d} → Done. */
  async function plannedProject(extra: object = {}): Promise<string> {
    const response = await admin.post(`${org}/projects`, {
      key: `CR${++serial}`,
      name: "Change fixture",
      plannedStart: "2027-03-01",
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const project = `${org}/projects/${Project.parse(response.body).id}`;
    const built = await admin.post(`${project}/tasks:batch`, DIAMOND_PLAN);
    expect(built.status, JSON.stringify(built.body)).toBe(200);
    return project;
  }

  async function raise(project: string, body: object): Promise<ChangeRequest> {
    const response = await admin.post(`${project}/change-requests`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return ChangeRequest.parse(response.body);
  }

  async function tasksOf(project: string): Promise<TaskList> {
    return TaskList.parse((await admin.get(`${project}/tasks`)).body);
  }

  const slipProcure = [{ op: "update", uid: 3, patch: { durationMinutes: 5 * DAY } }];

  it("computes the schedule impact of a slip on the critical path without touching the plan", async () => {
    const project = await plannedProject();
    const before = await tasksOf(project);
    const request = await raise(project, {
      title: "Supplier needs two more days",
      reason: "Customs hold",
      scopeImpact: "None",
      riskImpact: "Launch date at risk",
      operations: slipProcure,
    });
    expect(request).toMatchObject({
      ref: "CR-1",
      status: "draft",
      approverRoles: ["pmo_manager"],
      planChangedSinceImpact: false,
      scheduleImpact: {
        planVersion: before.plan.version,
        problem: null,
        finishBefore: "2027-03-05T17:00:00",
        finishAfter: "2027-03-09T17:00:00",
        finishDeltaWorkingDays: 2,
        movedTaskCount: 2,
        addedTaskCount: 0,
        becameCritical: [],
        leftCritical: [],
      },
    });
    expect(request.scheduleImpact?.movedTasks.map((t) => [t.uid, t.deltaWorkingDays])).toEqual([
      [3, 2],
      [4, 2],
    ]);
    const after = await tasksOf(project);
    expect(after.plan).toEqual(before.plan);
    expect(after.items.find((t) => t.uid === 3)?.durationMinutes).toBe(3 * DAY);

    const second = await raise(project, {
      title: "Build grows",
      operations: [{ op: "update", uid: 2, patch: { durationMinutes: 4 * DAY } }],
    });
    expect(second.ref).toBe("CR-2");
    expect(second.scheduleImpact).toMatchObject({
      finishDeltaWorkingDays: 1,
      becameCritical: [{ uid: 2, name: "Build" }],
      leftCritical: [{ uid: 3, name: "Procure" }],
    });
  });

  it("applies an approved change to the plan and takes the baseline asked for; a stale decision gets 412", async () => {
    const project = await plannedProject();
    const request = await raise(project, { title: "Slip procurement", operations: slipProcure });
    const path = `${project}/change-requests/${request.id}`;
    const undecided = await admin.post(`${path}/decision`, { decision: "approved" });
    expect(undecided.status).toBe(409);
    const submitted = await admin.post(`${path}/submit`, undefined, {
      headers: { "if-match": `"${request.version}"` },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const current = ChangeRequest.parse(submitted.body);
    expect(current.status).toBe("submitted");
    expect(current.submittedAt).not.toBeNull();

    const stale = await admin.post(
      `${path}/decision`,
      { decision: "approved" },
      { headers: { "if-match": `"${request.version}"` } },
    );
    expect(stale.status).toBe(412);

    const approved = await admin.post(
      `${path}/decision`,
      { decision: "approved", comment: "Accepted by the board", takeBaseline: 1 },
      { headers: { "if-match": `"${current.version}"` } },
    );
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const applied = ChangeRequest.parse(approved.body);
    expect(applied).toMatchObject({
      status: "applied",
      baselineNumber: 1,
      appliedBy: { email: server.admin.email },
      decisions: [
        {
          decision: "approved",
          comment: "Accepted by the board",
          decidedBy: { email: server.admin.email },
        },
      ],
    });
    const tasks = await tasksOf(project);
    expect(tasks.plan.finish).toBe("2027-03-09T17:00:00");
    expect(tasks.items.find((t) => t.uid === 3)?.durationMinutes).toBe(5 * DAY);
    const baseline = Baseline.parse((await admin.get(`${project}/baselines/1`)).body);
    expect(baseline.items.find((item) => item.taskUid === 4)?.finish).toBe("2027-03-09T17:00:00");

    const again = await admin.post(`${path}/decision`, { decision: "rejected" });
    expect(again.status).toBe(409);
    const audit = await admin.get(`${org}/audit?entityType=change_request&entityId=${request.id}`);
    const actions = z
      .object({ items: z.array(z.object({ action: z.string() })) })
      .parse(audit.body)
      .items.map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "change_request.create",
        "change_request.submit",
        "change_request.decide",
        "change_request.apply",
      ]),
    );
  });

  it("recomputes the impact once the plan moved on, and refuses to apply edits that no longer fit (409, nothing written)", async () => {
    const project = await plannedProject();
    const request = await raise(project, {
      title: "Longer build",
      operations: [{ op: "update", uid: 2, patch: { durationMinutes: 2 * DAY } }],
    });
    const path = `${project}/change-requests/${request.id}`;
    const submitted = ChangeRequest.parse((await admin.post(`${path}/submit`)).body);
    expect((await admin.request("DELETE", `${project}/tasks/2`)).status).toBe(200);
    const planBefore = (await tasksOf(project)).plan;

    const viewed = ChangeRequest.parse((await admin.get(path)).body);
    expect(viewed.planChangedSinceImpact).toBe(true);
    expect(viewed.scheduleImpact?.planVersion).toBe(planBefore.version);
    expect(viewed.scheduleImpact?.problem).toMatch(/operations\.0\.uid: no task 2/);

    const refused = await admin.post(`${path}/decision`, { decision: "approved" });
    expect(refused.status).toBe(409);
    expect(Detail.parse(refused.body).detail).toMatch(/no longer apply.*no task 2/);
    expect(ChangeRequest.parse((await admin.get(path)).body).version).toBe(submitted.version);
    expect((await tasksOf(project)).plan.version).toBe(planBefore.version);
  });

  it("lets only the roles the template names decide, besides administrators and PMO managers", async () => {
    const plain = await plannedProject();
    const onPlain = await raise(plain, { title: "No template" });
    await admin.post(`${plain}/change-requests/${onPlain.id}/submit`);
    const refused = await executive.post(`${plain}/change-requests/${onPlain.id}/decision`, {
      decision: "deferred",
    });
    expect(refused.status).toBe(403);

    const governed = await plannedProject({ templateId: boardTemplate.id });
    const onGoverned = await raise(governed, { title: "Board call" });
    expect(onGoverned.approverRoles).toEqual(["executive"]);
    await admin.post(`${governed}/change-requests/${onGoverned.id}/submit`);
    const deferred = await executive.post(`${governed}/change-requests/${onGoverned.id}/decision`, {
      decision: "deferred",
      comment: "Next quarter",
    });
    expect(deferred.status, JSON.stringify(deferred.body)).toBe(200);
    expect(ChangeRequest.parse(deferred.body)).toMatchObject({
      status: "deferred",
      decisions: [{ decision: "deferred", comment: "Next quarter" }],
    });
  });

  it("names bad fields: an operation on a missing task, a cost without a budget, a risk of another log", async () => {
    const project = await plannedProject();
    const badOp = await admin.post(`${project}/change-requests`, {
      title: "Ghost",
      operations: [{ op: "update", uid: 99, patch: { durationMinutes: DAY } }],
    });
    expect(badOp.status).toBe(422);
    expect(Errors.parse(badOp.body).errors).toEqual([
      { path: "operations.0.uid", message: "no task 99 in this plan" },
    ]);
    const noBudget = await admin.post(`${project}/change-requests`, {
      title: "Costly",
      costDeltaMinor: 5000,
      riskIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(noBudget.status).toBe(422);
    expect(Errors.parse(noBudget.body).errors.map((e) => e.path)).toEqual([
      "riskIds.0",
      "costDeltaMinor",
    ]);
    const budgeted = await plannedProject({ budget: { amountMinor: 100_000, currency: "EUR" } });
    const costed = await raise(budgeted, { title: "Saving", costDeltaMinor: -2500 });
    expect(costed.costImpact).toEqual({ deltaMinor: -2500, currency: "EUR" });
  });

  it("lists the change log newest first, by status, page by page", async () => {
    const project = await plannedProject();
    const first = await raise(project, { title: "One" });
    await raise(project, { title: "Two" });
    await raise(project, { title: "Three" });
    await admin.post(`${project}/change-requests/${first.id}/withdraw`);
    const page1 = Requests.parse((await admin.get(`${project}/change-requests?limit=2`)).body);
    expect(page1.items.map((r) => r.ref)).toEqual(["CR-3", "CR-2"]);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = Requests.parse(
      (await admin.get(`${project}/change-requests?limit=2&cursor=${page1.nextCursor}`)).body,
    );
    expect(page2.items.map((r) => r.ref)).toEqual(["CR-1"]);
    expect(page2.nextCursor).toBeNull();
    const withdrawn = Requests.parse(
      (await admin.get(`${project}/change-requests?status=withdrawn`)).body,
    );
    expect(withdrawn.items.map((r) => [r.ref, r.status])).toEqual([["CR-1", "withdrawn"]]);
    const edit = await admin.patch(`${project}/change-requests/${first.id}`, { title: "Again" });
    expect(edit.status).toBe(409);
  });
});
