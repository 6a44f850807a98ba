import { ComplianceReport } from "@orrery/contracts/compliance";
import { Project } from "@orrery/contracts/projects";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Id = z.object({ id: z.string() });

describe.each(apiDrivers())("compliance API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let member: ApiClient;
  let org: string;
  let late: Project;
  let awaiting: Project;
  let reviewId: string;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    org = `/api/v1/orgs/${server.org.slug}`;
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    member = apiClient(server.url, { token: person.token });
    const template = LifecycleTemplate.parse(
      (
        await admin.post(`${org}/templates`, {
          name: "One gate",
          methodology: "waterfall",
          phases: [{ name: "Define", gate: { name: "Go", reviewerRoles: ["pmo_manager"] } }],
        })
      ).body,
    );
    const project = async (key: string) =>
      Project.parse(
        (await admin.post(`${org}/projects`, { key, name: key, templateId: template.id })).body,
      );
    // A gate planned long ago and never requested; a report overdue since a fortnight (the
    // template's cadence) after the period it covered.
    late = await project("LATE");
    await admin.patch(`${org}/projects/LATE/lifecycle`, {
      gateDates: [{ gate: 1, date: "2020-01-10" }],
    });
    const report = Id.parse(
      (await admin.post(`${org}/projects/LATE/status-reports`, { periodEnd: "2020-01-03" })).body,
    );
    await admin.post(`${org}/projects/LATE/status-reports/${report.id}/submit`, {});
    // A gate requested with a decision due long ago.
    awaiting = await project("WAIT");
    const review = await admin.post(`${org}/projects/WAIT/gates/1/reviews`, {
      dueDate: "2020-02-01",
    });
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    reviewId = Id.parse(review.body).id;
    // On time: a gate far ahead and no report yet (the first is due today).
    await project("FINE");
    await admin.patch(`${org}/projects/FINE/lifecycle`, {
      gateDates: [{ gate: 1, date: "2099-01-01" }],
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("lists overdue reports and gates, longest overdue first, each with the page that fixes it", async () => {
    const response = await admin.get(`${org}/compliance`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const report = ComplianceReport.parse(response.body);
    expect(report.counts).toEqual({
      report_overdue: 1,
      gate_overdue: 2,
      gate_documents_missing: 0,
      raid_stale: 0,
    });
    expect(report.findings.map((f) => [f.kind, f.project.key, f.since, f.fix])).toEqual([
      ["gate_overdue", "LATE", "2020-01-10", { page: "lifecycle", projectId: late.id }],
      ["report_overdue", "LATE", "2020-01-17", { page: "status-reports", projectId: late.id }],
      [
        "gate_overdue",
        "WAIT",
        "2020-02-01",
        { page: "gate-review", projectId: awaiting.id, gate: 1, reviewId },
      ],
    ]);
    const first = report.findings[0];
    expect(first?.daysOverdue).toBe(
      Math.round((Date.parse(`${report.asOf}T00:00:00Z`) - Date.parse("2020-01-10")) / 86_400_000),
    );
    expect(first?.subject).toBe("Gate 1 (Go) not yet requested");
  });

  it("names open RAID entries nobody reviewed for the days asked, never closed ones", async () => {
    const record = async (title: string) =>
      Id.parse(
        (await admin.post(`${org}/projects/LATE/raid`, { type: "issue", title, priority: "high" }))
          .body,
      );
    const silent = await record("Vendor silent");
    const closed = await record("Permit granted");
    await admin.patch(`${org}/projects/LATE/raid/${closed.id}`, { status: "closed" });
    const { store } = await server.server.ready;
    for (const id of [silent.id, closed.id])
      await store.db.execute(
        sql`update raid_item set last_reviewed_at = now() - make_interval(days => 40) where id = ${id}`,
      );
    const stale = async (days: number) =>
      ComplianceReport.parse(
        (await admin.get(`${org}/compliance?kind=raid_stale&staleDays=${days}`)).body,
      );
    const month = await stale(30);
    expect(month.findings.map((f) => [f.project.key, f.fix])).toEqual([
      ["LATE", { page: "raid", projectId: late.id }],
    ]);
    expect(month.findings[0]?.subject).toMatch(/^I-\d+ Vendor silent: not reviewed since /);
    expect(month.findings[0]?.daysOverdue).toBe(10);
    expect((await stale(60)).findings).toEqual([]);
  });

  it("names a gate due within two weeks whose required documents are missing, until supplied", async () => {
    const template = Id.parse(
      (
        await admin.post(`${org}/templates`, {
          name: "Charter first",
          methodology: "waterfall",
          phases: [
            {
              name: "Initiate",
              gate: {
                name: "Charter",
                requiredDocuments: ["Charter"],
                reviewerRoles: ["pmo_manager"],
              },
            },
          ],
        })
      ).body,
    );
    const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    for (const [key, date] of [
      ["DOCS", soon],
      ["AHEAD", later],
    ] as const) {
      await admin.post(`${org}/projects`, { key, name: key, templateId: template.id });
      await admin.patch(`${org}/projects/${key}/lifecycle`, { gateDates: [{ gate: 1, date }] });
    }
    const missing = async () =>
      ComplianceReport.parse(
        (await admin.get(`${org}/compliance?kind=gate_documents_missing`)).body,
      ).findings;
    const [finding, ...others] = await missing();
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      project: { key: "DOCS" },
      subject: "Gate 1 (Charter) lacks Charter",
      since: soon,
      daysOverdue: 0,
      fix: { page: "documents" },
    });
    await admin.patch(`${org}/projects/DOCS/lifecycle`, {
      checklist: [{ kind: "document", label: "Charter", done: true, reference: "https://wiki/c" }],
    });
    expect(await missing()).toEqual([]);
  });

  it("filters by kind and keeps the counts of every kind", async () => {
    const report = ComplianceReport.parse(
      (await admin.get(`${org}/compliance?kind=report_overdue`)).body,
    );
    expect(report.findings.map((f) => f.kind)).toEqual(["report_overdue"]);
    expect(report.counts.gate_overdue).toBe(2);
    const bad = await admin.get(`${org}/compliance?kind=late_lunch`);
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("kind");
  });

  it("shows a team member only the projects they belong to", async () => {
    const report = ComplianceReport.parse((await member.get(`${org}/compliance`)).body);
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({
      report_overdue: 0,
      gate_overdue: 0,
      gate_documents_missing: 0,
      raid_stale: 0,
    });
  });

  it("answers 404 for another organisation", async () => {
    const response = await member.get("/api/v1/orgs/somebody-else/compliance");
    expect(response.status).toBe(404);
  });
});
