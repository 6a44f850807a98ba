import { Page } from "@orrery/contracts/common";
import { GateCalendarEntry, GateReview, ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { Project } from "@orrery/contracts/projects";
import { RaidItem } from "@orrery/contracts/raid";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Calendar = Page(GateCalendarEntry);

describe.each(apiDrivers())("lifecycle and gate reviews API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let executive: ApiClient;
  let portfolio: ApiClient;
  let org: string;
  let template: LifecycleTemplate;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    org = `/api/v1/orgs/${server.org.slug}`;
    const person = (role: "executive" | "portfolio_manager") =>
      createPerson(server.url, server.admin.token, server.org.slug, { role });
    executive = apiClient(server.url, { token: (await person("executive")).token });
    portfolio = apiClient(server.url, { token: (await person("portfolio_manager")).token });
    const created = await admin.post(`${org}/templates`, {
      name: "Two gates",
      methodology: "waterfall",
      phases: [
        {
          name: "Define",
          gate: {
            name: "Go",
            criteria: ["Sponsor named"],
            requiredDocuments: ["Charter"],
            reviewerRoles: ["executive"],
          },
        },
        { name: "Deliver", gate: { name: "Done", reviewerRoles: ["pmo_manager"] } },
      ],
    });
    template = LifecycleTemplate.parse(created.body);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newProject(templateId: string | null = template.id): Promise<Project> {
    const key = `GT${++serial}`;
    const response = await admin.post(`${org}/projects`, { key, name: `Gated ${key}`, templateId });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return Project.parse(response.body);
  }

  async function lifecycleOf(project: Project): Promise<ProjectLifecycle> {
    return ProjectLifecycle.parse(
      (await admin.get(`${org}/projects/${project.key}/lifecycle`)).body,
    );
  }

  async function tickAll(project: Project): Promise<void> {
    const ticked = await admin.patch(`${org}/projects/${project.key}/lifecycle`, {
      checklist: [
        { kind: "criterion", label: "Sponsor named", done: true },
        { kind: "document", label: "Charter", done: true, reference: "https://wiki/charter" },
      ],
    });
    expect(ticked.status, JSON.stringify(ticked.body)).toBe(200);
  }

  async function request(project: Project, body: object = {}): Promise<GateReview> {
    const response = await admin.post(`${org}/projects/${project.key}/gates/1/reviews`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return GateReview.parse(response.body);
  }

  it("starts a project created from a template in its first phase, showing what the gate misses", async () => {
    const project = await newProject();
    const lifecycle = await lifecycleOf(project);
    expect(lifecycle).toMatchObject({
      template: { id: template.id, version: 1, latestVersion: 1, name: "Two gates" },
      status: "running",
      currentPhase: 1,
      nextGate: { number: 1, name: "Go", state: "open" },
      pendingReviewId: null,
    });
    expect(lifecycle.phases.map((p) => p.progress)).toEqual(["current", "future"]);
    expect(lifecycle.missing.map((m) => [m.kind, m.label])).toEqual([
      ["criterion", "Sponsor named"],
      ["document", "Charter"],
    ]);
    const refused = await admin.post(`${org}/projects/${project.key}/gates/1/reviews`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      detail: 'the gate "Go" still misses "Sponsor named", document "Charter"',
    });
  });

  it("refuses to enter the next phase without an approved gate (409 with the reason)", async () => {
    const project = await newProject();
    const advance = await admin.post(`${org}/projects/${project.key}/lifecycle/advance`);
    expect(advance.status).toBe(409);
    expect(advance.body).toMatchObject({
      type: "urn:orrery:problem:conflict",
      detail: "the gate closing this phase is not yet requested, not approved",
    });
    await tickAll(project);
    await request(project);
    const frozen = await admin.patch(`${org}/projects/${project.key}/lifecycle`, {
      checklist: [{ kind: "criterion", label: "Sponsor named", done: false }],
    });
    expect(frozen.status).toBe(409);
    const pending = await admin.post(`${org}/projects/${project.key}/lifecycle/advance`);
    expect(pending.status).toBe(409);
    expect(pending.body).toMatchObject({
      detail: "the gate closing this phase is awaiting its review, not approved",
    });
  });

  it("lets an executive named on the gate approve it with conditions tracked as RAID actions", async () => {
    const project = await newProject();
    await tickAll(project);
    const review = await request(project, { note: "Ready", dueDate: "2027-02-01" });
    expect(review).toMatchObject({ state: "requested", gate: 1, gateName: "Go", mayDecide: true });
    const path = `${org}/projects/${project.key}/gates/1/reviews/${review.id}`;

    const notNamed = await portfolio.post(`${path}/decision`, { decision: "approved" });
    expect(notNamed.status).toBe(403);
    const asExec = GateReview.parse((await executive.get(path)).body);
    expect(asExec.mayDecide).toBe(true);

    const decided = await executive.post(
      `${path}/decision`,
      {
        decision: "approved_with_conditions",
        comments: "Go, once the budget is signed",
        conditions: [{ title: "Sign the budget", dueDate: "2027-03-01" }],
      },
      { headers: { "if-match": `"${review.version}"` } },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const review2 = GateReview.parse(decided.body);
    expect(review2).toMatchObject({
      state: "approved_with_conditions",
      conditions: [{ ref: "ACT-1", title: "Sign the budget", dueDate: "2027-03-01" }],
      mayDecide: false,
    });
    const actions = Page(RaidItem).parse(
      (await admin.get(`${org}/projects/${project.key}/raid?type=action`)).body,
    );
    expect(actions.items.map((a) => a.title)).toEqual(["Sign the budget"]);

    const advanced = await admin.post(`${org}/projects/${project.key}/lifecycle/advance`);
    expect(advanced.status).toBe(200);
    expect(ProjectLifecycle.parse(advanced.body)).toMatchObject({
      currentPhase: 2,
      nextGate: { number: 2, name: "Done", state: "open" },
      phases: [
        { progress: "passed", gate: { state: "approved_with_conditions" } },
        { progress: "current" },
      ],
    });
    const reviews = Page(GateReview).parse(
      (await executive.get(`${org}/projects/${project.key}/gates/1/reviews`)).body,
    );
    expect(reviews.items.map((r) => r.id)).toEqual([review.id]);
  });

  it("shows reviewers the project's latest submitted status report, never a draft", async () => {
    const project = await newProject();
    await tickAll(project);
    const review = await request(project);
    expect(review.latestStatusReport).toBeNull();
    const reports = `${org}/projects/${project.key}/status-reports`;
    const draft = async (periodEnd: string, summary: string) => {
      const created = await admin.post(reports, { periodEnd, summary });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return z.object({ id: z.string() }).parse(created.body).id;
    };
    const first = await draft("2027-01-08", "On track for the gate");
    expect((await admin.post(`${reports}/${first}/submit`, {})).status).toBe(200);
    await draft("2027-01-15", "Still being written");

    const path = `${org}/projects/${project.key}/gates/1/reviews/${review.id}`;
    const seen = GateReview.parse((await executive.get(path)).body);
    expect(seen.mayDecide).toBe(true);
    expect(seen.latestStatusReport).toMatchObject({
      id: first,
      number: 1,
      state: "submitted",
      summary: "On track for the gate",
      overall: { rag: "green" },
    });
  });

  it("refuses a decision on a stale review with 412 and a second decision with 409", async () => {
    const project = await newProject();
    await tickAll(project);
    const review = await request(project);
    const path = `${org}/projects/${project.key}/gates/1/reviews/${review.id}/decision`;
    const stale = await executive.post(
      path,
      { decision: "approved" },
      { headers: { "if-match": `"${review.version + 1}"` } },
    );
    expect(stale.status).toBe(412);
    const recycled = await executive.post(
      path,
      { decision: "recycled", comments: "Charter unsigned" },
      { headers: { "if-match": `"${review.version}"` } },
    );
    expect(recycled.status).toBe(200);
    const again = await executive.post(path, { decision: "approved" });
    expect(again.status).toBe(409);
    const noComment = await executive.post(path, { decision: "rejected" });
    expect(noComment.status).toBe(422);
    expect(noComment.body).toMatchObject({ errors: [{ path: "comments" }] });
    // Recycled: the project manager may ask again.
    await request(project);
  });

  it("applies a template to a project without one, and moves it to a newer version explicitly", async () => {
    const project = await newProject(null);
    expect((await admin.get(`${org}/projects/${project.key}/lifecycle`)).status).toBe(404);
    // A copy, so the other tests keep the template's first version.
    const own = LifecycleTemplate.parse(
      (await admin.post(`${org}/templates/${template.id}/copy`, { name: "Evolving" })).body,
    );
    const applied = await admin.request("PUT", `${org}/projects/${project.key}/lifecycle`, {
      body: { templateId: own.id },
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const again = await admin.request("PUT", `${org}/projects/${project.key}/lifecycle`, {
      body: { templateId: own.id },
    });
    expect(again.status).toBe(409);

    const current = LifecycleTemplate.parse((await admin.get(`${org}/templates/${own.id}`)).body);
    const published = await admin.request("PUT", `${org}/templates/${own.id}`, {
      body: {
        name: current.name,
        methodology: current.methodology,
        phases: current.phases.map((p, i) =>
          i === 0
            ? { ...p, gate: { ...p.gate, criteria: [...p.gate.criteria, "Budget agreed"] } }
            : p,
        ),
      },
    });
    expect(published.status).toBe(200);
    const before = await lifecycleOf(project);
    expect(before.template).toMatchObject({ version: 1, latestVersion: 2 });
    expect(before.missing.map((m) => m.label)).not.toContain("Budget agreed");

    const migrated = await admin.post(`${org}/projects/${project.key}/lifecycle/migrate`, {
      version: 2,
    });
    expect(migrated.status, JSON.stringify(migrated.body)).toBe(200);
    const after = ProjectLifecycle.parse(migrated.body);
    expect(after.template.version).toBe(2);
    expect(after.missing.map((m) => m.label)).toContain("Budget agreed");
    const backwards = await admin.post(`${org}/projects/${project.key}/lifecycle/migrate`, {
      version: 1,
    });
    expect(backwards.status).toBe(422);
    const audit = await admin.get(`${org}/audit?entityType=lifecycle&entityId=${project.id}`);
    expect(JSON.stringify(audit.body)).toContain("lifecycle.migrate");
  });

  it("names an unknown checklist line and a gate the template lacks", async () => {
    const project = await newProject();
    const bad = await admin.patch(`${org}/projects/${project.key}/lifecycle`, {
      checklist: [{ kind: "criterion", label: "Made up", done: true }],
      gateDates: [{ gate: 9, date: "2027-01-01" }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ errors: [{ path: "checklist.0.label" }] });
    expect((await admin.get(`${org}/projects/${project.key}/gates/7/reviews`)).status).toBe(404);
    const wrongGate = await admin.post(`${org}/projects/${project.key}/gates/2/reviews`, {});
    expect(wrongGate.status).toBe(409);
  });

  it("lists requested, upcoming and overdue gates on the calendar, soonest first", async () => {
    const planned = await newProject();
    await admin.patch(`${org}/projects/${planned.key}/lifecycle`, {
      gateDates: [{ gate: 1, date: "2030-06-01" }],
    });
    const requested = await newProject();
    await tickAll(requested);
    const review = await request(requested, { dueDate: "2020-01-15" });
    const all = Calendar.parse(
      (await admin.get(`${org}/gates/calendar?asOf=2026-01-01&limit=500`)).body,
    );
    const mine = all.items.filter((e) => [planned.id, requested.id].includes(e.project.id));
    expect(mine).toEqual([
      expect.objectContaining({
        project: expect.objectContaining({ key: requested.key }),
        state: "requested",
        date: "2020-01-15",
        overdue: true,
        reviewId: review.id,
        gateName: "Go",
        phaseName: "Define",
      }),
      expect.objectContaining({
        project: expect.objectContaining({ key: planned.key }),
        state: "upcoming",
        date: "2030-06-01",
        overdue: false,
      }),
    ]);
    const overdue = Calendar.parse(
      (await admin.get(`${org}/gates/calendar?state=overdue&asOf=2026-01-01`)).body,
    );
    expect(overdue.items.every((e) => e.overdue)).toBe(true);
    const first = Calendar.parse((await admin.get(`${org}/gates/calendar?limit=1`)).body);
    expect(first.nextCursor).not.toBeNull();
    const second = Calendar.parse(
      (await admin.get(`${org}/gates/calendar?limit=1&cursor=${first.nextCursor}`)).body,
    );
    expect(second.items[0]?.project.id).not.toBe(first.items[0]?.project.id);
  });
});
