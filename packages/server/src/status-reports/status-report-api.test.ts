import { inflateSync } from "node:zlib";
import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import {
  PortfolioStatusEntry,
  RagAssessment,
  StatusReport,
} from "@orrery/contracts/status-reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Problem = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  detail: z.string().optional(),
});
const Statuses = Page(PortfolioStatusEntry);
const DAY = 480;

/** The text a PDF draws, read from its compressed content streams (pdfkit writes hex strings). */
function pdfTextOf(bytes: Buffer): string {
  const raw = bytes.toString("latin1");
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const array of content.matchAll(/\[(.*?)\] TJ/g))
      texts.push(
        [...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)]
          .map((hex) => Buffer.from(hex[1] ?? "", "hex").toString("latin1"))
          .join(""),
      );
  }
  return texts.join("\n");
}

describe.each(apiDrivers())("status reports API on $name", ({ options }) => {
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

  /** Build (3d) → Go-live ◆ from 1 March 2027, with baseline 0 taken. */
  async function projectWithBaseline(templateId?: string): Promise<string> {
    const key = `SR${++serial}`;
    const created = await admin.post(projects, {
      key,
      name: `Status ${key}`,
      plannedStart: "2027-03-01",
      ...(templateId ? { templateId } : {}),
    });
    const path = `${projects}/${Project.parse(created.body).id}`;
    const batch = await admin.post(`${path}/tasks:batch`, {
      operations: [
        { op: "create", task: { uid: 1, name: "Build", durationMinutes: 3 * DAY } },
        { op: "create", task: { uid: 2, name: "Go-live", durationMinutes: 0, milestone: true } },
        { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
      ],
    });
    expect(batch.status).toBe(200);
    expect((await admin.request("PUT", `${path}/baselines/0`)).status).toBe(200);
    return path;
  }

  async function rag(path: string): Promise<RagAssessment> {
    const response = await admin.get(`${path}/rag`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return RagAssessment.parse(response.body);
  }

  async function draft(path: string, body: object = {}): Promise<StatusReport> {
    const response = await admin.post(`${path}/status-reports`, {
      periodEnd: "2027-03-05",
      ...body,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return StatusReport.parse(response.body);
  }

  it("computes the colours from the plan and the RAID log, each with its reason", async () => {
    const path = await projectWithBaseline();
    const calm = await rag(path);
    expect(calm.overall.rag).toBe("green");
    expect(calm.signals.milestones).toEqual([{ name: "Go-live", slipDays: 0 }]);
    expect(calm.signals.finishFloatDays).toBe(0);

    // Build takes two working days longer: Go-live slips over the weekend, 2 working days.
    expect((await admin.patch(`${path}/tasks/1`, { durationMinutes: 5 * DAY })).status).toBe(200);
    const slipped = await rag(path);
    expect(slipped.schedule).toEqual({
      rag: "amber",
      reasons: ['milestone "Go-live" is forecast 2 working days after its baseline'],
    });
    expect(slipped.overall.rag).toBe("amber");

    await admin.post(`${path}/raid`, {
      type: "risk",
      title: "Vendor insolvent",
      probability: 4,
      impact: 5,
    });
    await admin.post(`${path}/raid`, {
      type: "action",
      title: "Sign contract",
      dueDate: "2020-01-10",
    });
    const risky = await rag(path);
    expect(risky.risk.rag).toBe("red");
    expect(risky.risk.reasons).toEqual([
      'risk "Vendor insolvent" scores 20 and has no response',
      "1 RAID item(s) are overdue",
    ]);
    expect(risky.signals.overdueItems).toEqual([{ title: "Sign contract" }]);
    expect(risky.overall.rag).toBe("red");
  });

  it("keeps the data's colour beside an override, which needs a justification", async () => {
    const path = await projectWithBaseline();
    expect((await admin.patch(`${path}/tasks/1`, { durationMinutes: 5 * DAY })).status).toBe(200);
    const bare = await admin.post(`${path}/status-reports`, {
      periodEnd: "2027-03-05",
      overrides: { schedule: { rag: "green" } },
    });
    expect(bare.status).toBe(422);
    expect(Problem.parse(bare.body).errors).toContainEqual(
      expect.objectContaining({ path: "overrides.schedule.justification" }),
    );
    const report = await draft(path, {
      summary: "Build runs two days late",
      overrides: {
        schedule: { rag: "green", justification: "Go-live has two days of contingency" },
      },
    });
    expect(report).toMatchObject({
      number: 1,
      state: "draft",
      summary: "Build runs two days late",
    });
    expect(report.schedule.computed.rag).toBe("amber");
    expect(report.schedule.rag).toBe("green");
    expect(report.overall.rag).toBe("green");
    expect(report.overall.computed.rag).toBe("amber");

    const cleared = await admin.patch(
      `${path}/status-reports/${report.id}`,
      { overrides: { schedule: null } },
      { headers: { "if-match": `"${report.version}"` } },
    );
    expect(cleared.status).toBe(200);
    expect(StatusReport.parse(cleared.body)).toMatchObject({
      schedule: { rag: "amber", override: null },
      overall: { rag: "amber" },
      version: 2,
    });
  });

  it("goes from draft to submitted to reviewed, refusing stale and out-of-turn changes", async () => {
    const path = await projectWithBaseline();
    const report = await draft(path);
    const at = `${path}/status-reports/${report.id}`;
    const stale = await admin.post(`${at}/submit`, {}, { headers: { "if-match": '"9"' } });
    expect(stale.status).toBe(412);
    const submitted = StatusReport.parse((await admin.post(`${at}/submit`, {})).body);
    expect(submitted).toMatchObject({ state: "submitted", version: 2 });
    expect(submitted.submittedAt).not.toBeNull();
    expect((await admin.patch(at, { summary: "Too late" })).status).toBe(409);
    expect((await admin.request("DELETE", at)).status).toBe(409);

    const silent = await admin.post(`${at}/review`, { decision: "return", comment: " " });
    expect(silent.status).toBe(422);
    expect(Problem.parse(silent.body).errors?.[0]?.path).toBe("comment");
    const returned = await admin.post(
      `${at}/review`,
      { decision: "return", comment: "Say what the slip costs" },
      { headers: { "if-match": '"2"' } },
    );
    expect(StatusReport.parse(returned.body)).toMatchObject({
      state: "returned",
      reviewComment: "Say what the slip costs",
      reviewer: { email: server.admin.email },
    });
    // Returned: the manager edits and submits again; then the PMO accepts.
    expect((await admin.patch(at, { summary: "Two days late, no extra cost" })).status).toBe(200);
    expect((await admin.post(`${at}/submit`, {})).status).toBe(200);
    const accepted = await admin.post(`${at}/review`, { decision: "accept" });
    expect(StatusReport.parse(accepted.body).state).toBe("accepted");
    expect((await admin.post(`${at}/review`, { decision: "accept" })).status).toBe(409);

    const pdf = await fetch(`${server.url}${at}/pdf`, {
      headers: { authorization: `Bearer ${server.admin.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toMatch(/-status-report-1\.pdf"$/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfTextOf(bytes);
    expect(text).toContain("Status report 1 for 2027-03-05 · accepted");
    expect(text).toContain("Two days late, no extra cost");
    expect(text).toMatch(/Schedule\s*GREEN\s*Nothing amber or red\./);

    const list = Page(StatusReport).parse((await admin.get(`${path}/status-reports`)).body);
    expect(list.items.map((r) => [r.number, r.state])).toEqual([[1, "accepted"]]);
  });

  it("lets only the PMO review and only managers write, and hides other projects", async () => {
    const path = await projectWithBaseline();
    const report = await draft(path);
    await admin.post(`${path}/status-reports/${report.id}/submit`, {});
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const client = apiClient(server.url, { token: member.token });
    expect((await client.get(`${path}/rag`)).status).toBe(404);
    const projectId = path.split("/").at(-1) ?? "";
    await admin.post(`${projects}/${projectId}/members`, { userId: member.userId, role: "member" });
    expect((await client.get(`${path}/rag`)).status).toBe(200);
    expect((await client.post(`${path}/status-reports`, { periodEnd: "2027-03-05" })).status).toBe(
      403,
    );
    const review = await client.post(`${path}/status-reports/${report.id}/review`, {
      decision: "accept",
    });
    expect(review.status).toBe(403);
  });

  it("shows the portfolio's latest colours, their trend, what changed and what is overdue", async () => {
    const path = await projectWithBaseline();
    const first = await draft(path, { periodEnd: "2020-01-03" });
    await admin.post(`${path}/status-reports/${first.id}/submit`, {});
    expect((await admin.patch(`${path}/tasks/1`, { durationMinutes: 5 * DAY })).status).toBe(200);
    const second = await draft(path, { periodEnd: "2020-01-10" });
    await admin.post(`${path}/status-reports/${second.id}/submit`, {});
    // A draft never shows on the portfolio page.
    await draft(path, { periodEnd: "2020-01-17" });

    const all: z.infer<typeof Statuses>["items"] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const response = await admin.get(
        `/api/v1/orgs/${server.org.slug}/status?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page: z.infer<typeof Statuses> = Statuses.parse(response.body);
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    const pdf = await fetch(`${server.url}/api/v1/orgs/${server.org.slug}/status/pdf`, {
      headers: { authorization: `Bearer ${server.admin.token}` },
    });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pages = pdfTextOf(Buffer.from(await pdf.arrayBuffer()));
    expect(pages).toContain("Portfolio status");
    for (const status of all) expect(pages).toContain(status.project.key);
    expect(pages).toContain("2020-01-17 overdue");

    const projectId = path.split("/").at(-1);
    const mine = all.find((status) => status.project.id === projectId);
    expect(mine).toMatchObject({
      latest: { number: 2, overall: { rag: "amber" } },
      previousOverall: "green",
      changed: ["overall", "schedule"],
      trend: ["green", "amber"],
      nextDue: "2020-01-17",
      overdue: true,
    });
    const fresh = all.find((status) => status.latest === null);
    expect(fresh).toMatchObject({ trend: [], changed: [], overdue: false });
    expect(all.map((status) => status.project.key)).toEqual(
      [...all.map((status) => status.project.key)].sort(),
    );
  });

  it("shows a trend longer than the two reports it compares", async () => {
    const path = await projectWithBaseline();
    for (const periodEnd of ["2020-02-07", "2020-02-14", "2020-02-21"]) {
      const report = await draft(path, { periodEnd });
      await admin.post(`${path}/status-reports/${report.id}/submit`, {});
    }
    const projectId = path.split("/").at(-1);
    const page = Statuses.parse(
      (await admin.get(`/api/v1/orgs/${server.org.slug}/status?limit=500`)).body,
    );
    const mine = page.items.find((status) => status.project.id === projectId);
    expect(mine?.latest?.number).toBe(3);
    expect(mine?.trend).toHaveLength(3);
  });

  it("colours and schedules reports by the rules and cadence of the project's template version", async () => {
    const templates = `/api/v1/orgs/${server.org.slug}/templates`;
    const definition = {
      name: `Tolerant ${++serial}`,
      methodology: "waterfall",
      reportCadence: "monthly",
      ragRules: { milestoneSlipDays: { amberAbove: 3, redAbove: 10 } },
      phases: [{ name: "Deliver", gate: { name: "Close", reviewerRoles: ["pmo_manager"] } }],
    };
    const created = await admin.post(templates, definition);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const templateId = z.object({ id: z.string() }).parse(created.body).id;
    const path = await projectWithBaseline(templateId);

    // Go-live slips 2 working days: within the template's 3, so the schedule stays green.
    expect((await admin.patch(`${path}/tasks/1`, { durationMinutes: 5 * DAY })).status).toBe(200);
    expect((await rag(path)).schedule).toEqual({ rag: "green", reasons: [] });

    // The PMO tightens the rule; the project keeps its version's rules until moved on.
    const tightened = await admin.request("PUT", `${templates}/${templateId}`, {
      body: { ...definition, ragRules: { milestoneSlipDays: { amberAbove: 1, redAbove: 10 } } },
    });
    expect(tightened.status, JSON.stringify(tightened.body)).toBe(200);
    expect((await rag(path)).schedule.rag).toBe("green");
    const moved = await admin.post(`${path}/lifecycle/migrate`, { version: 2 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await rag(path)).schedule).toEqual({
      rag: "amber",
      reasons: ['milestone "Go-live" is forecast 2 working days after its baseline'],
    });

    // Monthly reports: the next is due a month after the latest period.
    const report = await draft(path, { periodEnd: "2020-01-31" });
    await admin.post(`${path}/status-reports/${report.id}/submit`, {});
    const projectId = path.split("/").at(-1);
    let mine: z.infer<typeof Statuses>["items"][number] | undefined;
    let cursor: string | null = "";
    while (mine === undefined && cursor !== null) {
      const response = await admin.get(
        `/api/v1/orgs/${server.org.slug}/status?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      const page: z.infer<typeof Statuses> = Statuses.parse(response.body);
      mine = page.items.find((status) => status.project.id === projectId);
      cursor = page.nextCursor;
    }
    expect(mine).toMatchObject({ nextDue: "2020-02-29", overdue: true });
  });

  it("refuses rules whose red threshold is below the amber one, naming the field", async () => {
    const response = await admin.post(`/api/v1/orgs/${server.org.slug}/templates`, {
      name: `Upside down ${++serial}`,
      methodology: "waterfall",
      ragRules: { costOverrunPercent: { amberAbove: 10, redAbove: 5 } },
      phases: [{ name: "Deliver", gate: { name: "Close", reviewerRoles: ["pmo_manager"] } }],
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(response.body).errors).toEqual([
      {
        path: "ragRules.costOverrunPercent.redAbove",
        message: "must not be below the amber threshold",
      },
    ]);
  });
});
