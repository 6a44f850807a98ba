import { GateReview, ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { StatusReport } from "@orrery/contracts/status-reports";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const DAY = 480;
let orrery: Orrery;
let page: Page;
let template: LifecycleTemplate;
let projectId: string;

async function expectAccessible() {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  template = await api.send(LifecycleTemplate, "POST", `/api/v1/orgs/${org}/templates`, {
    name: "Tolerant delivery",
    methodology: "waterfall",
    ragRules: { milestoneSlipDays: { amberAbove: 3, redAbove: 10 } },
    phases: [
      {
        name: "Define",
        gate: { name: "Go", criteria: ["Sponsor named"], reviewerRoles: ["executive"] },
      },
      { name: "Deliver", gate: { name: "Done", reviewerRoles: ["pmo_manager"] } },
    ],
  });
  projectId = (
    await api.createProject(org, {
      key: "SLIP",
      name: "Slipping rollout",
      plannedStart: "2027-03-01",
      templateId: template.id,
    })
  ).id;
  await api.editPlan(org, projectId, [
    { op: "create", task: { uid: 1, name: "Build", durationMinutes: 3 * DAY } },
    { op: "create", task: { uid: 2, name: "Go-live", durationMinutes: 0, milestone: true } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
  ]);
  await api.setBaseline(org, projectId);
  // Go-live slips two working days: within the template's tolerance of three.
  await api.editPlan(org, projectId, [
    { op: "update", uid: 1, version: 1, patch: { durationMinutes: 5 * DAY } },
  ]);
  await api.recordLesson(org, projectId, {
    title: "Check supplier finances before signing",
    whatHappened: "The supplier went bust in month three.",
    recommendation: "Ask for audited accounts during procurement.",
    category: "procurement",
  });
  page = (await adminBrowser(orrery)).page;
});

afterAll(async () => {
  await orrery?.close();
});

const scheduleRow = (rag: "Green" | "Amber") =>
  page
    .getByRole("table", { name: "Colours computed from the project's data" })
    .getByRole("row", { name: new RegExp(`Schedule\\s+${rag}`) });

describe("the method learns: RAG rules per template and lessons promoted into it", () => {
  it("colours a project's schedule by its template's slip threshold, changed by the PMO", async () => {
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/status-reports`);
    await scheduleRow("Green").waitFor();

    await page.goto(`/orgs/${orrery.org}/templates/${template.id}`);
    await page.getByRole("heading", { name: "Tolerant delivery" }).waitFor();
    const slip = page.getByRole("group", { name: "Milestone slip" });
    await slip.getByLabel("Amber when above").fill("1");
    await slip.getByLabel("Red when above").fill("0");
    await page.getByRole("button", { name: "Publish version 2" }).click();
    await slip
      .getByText("Milestone slip: red threshold must not be below the amber threshold")
      .waitFor();
    await slip.getByLabel("Red when above").fill("10");
    await expectAccessible();
    await page.getByRole("button", { name: "Publish version 2" }).click();
    await page.getByText("Tolerant delivery version 2 published.").waitFor();

    // The project keeps version 1's rules until it is moved on, explicitly.
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/lifecycle`);
    await page.getByRole("button", { name: "Move to version 2" }).click();
    await page.getByRole("button", { name: "Move to version 2" }).waitFor({ state: "detached" });
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/status-reports`);
    await page
      .getByRole("table", { name: "Colours computed from the project's data" })
      .getByRole("row", {
        name: /Schedule\s+Amber\s+milestone "Go-live" is forecast 2 working days after its baseline/,
      })
      .waitFor();
  });

  it("promotes a lesson from the knowledge base into a gate's checklist of the template's next version", async () => {
    await page.goto(`/orgs/${orrery.org}/lessons`);
    const lesson = page.getByRole("article", { name: "Check supplier finances before signing" });
    await lesson
      .getByRole("button", {
        name: "Promote Check supplier finances before signing into a template",
      })
      .click();
    const dialog = page.getByRole("dialog", { name: /^Promote/ });
    await dialog.getByRole("button", { name: "Publish" }).click();
    await dialog.getByText("Template must be a template id").waitFor();
    await dialog.getByLabel(/^Template/).click();
    await page.getByRole("option", { name: "Tolerant delivery (version 2)" }).click();
    await dialog.getByLabel(/^Gate/).click();
    await page.getByRole("option", { name: "Gate 1: Go (closes Define)" }).click();
    await dialog.getByLabel(/^Criterion/).fill("Supplier's audited accounts checked");
    await expectAccessible();
    await dialog.getByRole("button", { name: "Publish version 3" }).click();
    await dialog.waitFor({ state: "detached" });
    await lesson.getByText(/Promoted into Tolerant delivery version 3/).waitFor();

    await page.goto(`/orgs/${orrery.org}/templates/${template.id}`);
    await page.getByText(/^Version 3/).waitFor();
    const first = page.getByRole("group", { name: /^Phase 1/ });
    await first.getByText("Supplier's audited accounts checked").waitFor();
  });

  it("shows the gate's reviewers the project's latest submitted status report", async () => {
    const { api, org } = orrery;
    const project = `/api/v1/orgs/${org}/projects/${projectId}`;
    const report = await api.send(StatusReport, "POST", `${project}/status-reports`, {
      periodEnd: "2027-03-05",
      summary: "Build runs two days late; go-live holds.",
    });
    await api.send(StatusReport, "POST", `${project}/status-reports/${report.id}/submit`, {});
    await api.send(ProjectLifecycle, "PATCH", `${project}/lifecycle`, {
      checklist: [{ kind: "criterion", label: "Sponsor named", done: true }],
    });
    const review = await api.send(GateReview, "POST", `${project}/gates/1/reviews`, {});

    await page.goto(`/orgs/${org}/projects/${projectId}/gates/1/reviews/${review.id}`);
    const latest = page.getByRole("region", { name: "Latest status report" });
    await latest.getByText("Report 1 · period ending").waitFor();
    await latest.getByText("Build runs two days late; go-live holds.").waitFor();
    await latest.getByRole("link", { name: "All status reports of SLIP" }).waitFor();
    await expectAccessible();
  });
});
