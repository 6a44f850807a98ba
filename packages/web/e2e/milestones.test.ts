import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;
let orrery: Orrery;
let erp: string;

/** Design (2d) → Design signed off ◆ → Build (3d) → Go-live ◆, from the project's start. */
const PLAN = [
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
];

beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  erp = (
    await api.createProject(org, { key: "ERP", name: "ERP rollout", plannedStart: "2027-03-01" })
  ).id;
  const crm = (
    await api.createProject(org, { key: "CRM", name: "CRM upgrade", plannedStart: "2027-04-05" })
  ).id;
  await api.editPlan(org, erp, PLAN);
  await api.editPlan(org, crm, PLAN);
  await api.setBaseline(org, erp);
  await api.setBaseline(org, crm);
  // ERP's build takes two days longer than planned: Go-live slips from 5 to 9 March.
  await api.editPlan(org, erp, [
    { op: "update", uid: 3, version: 1, patch: { durationMinutes: 5 * DAY } },
  ]);
});

afterAll(async () => {
  await orrery?.close();
});

describe("the milestone timeline", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  it("draws every project's milestones and names the one that slipped", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page.getByRole("link", { name: "Milestones" }).click();
    await page.getByRole("heading", { name: "Milestones" }).waitFor();
    await page
      .getByRole("img", { name: /^Timeline of 4 milestones across 2 projects, 1 slipped/ })
      .waitFor();
    const rows = page.getByRole("table", { name: "Milestones" }).getByRole("row");
    await rows.filter({ hasText: "Go-live" }).first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/Forecast\s+Project\s+Milestone\s+Baseline 0\s+Slip\s+Status/),
      expect.stringMatching(
        /2 Mar 27\s+ERP\s+Design signed off.*\s+2 Mar 27\s+on baseline\s+On track/,
      ),
      expect.stringMatching(/9 Mar 27\s+ERP\s+Go-live.*\s+5 Mar 27\s+\+4 days\s+Slipped/),
      expect.stringMatching(
        /6 Apr 27\s+CRM\s+Design signed off.*\s+6 Apr 27\s+on baseline\s+On track/,
      ),
      expect.stringMatching(/9 Apr 27\s+CRM\s+Go-live.*\s+9 Apr 27\s+on baseline\s+On track/),
    ]);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("moves a milestone when a colleague changes the plan, without a reload", async () => {
    await page.goto(`/orgs/${orrery.org}/milestones`);
    const goLive = page.getByRole("row", { name: /ERP Go-live/ });
    await goLive.getByText("+4 days").waitFor();
    await orrery.api.editPlan(orrery.org, erp, [
      { op: "update", uid: 3, version: 2, patch: { durationMinutes: 3 * DAY } },
    ]);
    await goLive.getByText("on baseline").waitFor();
    await page.getByRole("img", { name: /, 0 slipped/ }).waitFor();
  });

  it("narrows to open milestones and opens a milestone's plan", async () => {
    await page.goto(`/orgs/${orrery.org}/milestones`);
    await orrery.api.editPlan(orrery.org, erp, [
      { op: "update", uid: 2, version: 1, patch: { percentComplete: 100 } },
    ]);
    await page.getByRole("row", { name: /ERP Design signed off.*Complete/ }).waitFor();
    await page.getByRole("switch", { name: "Hide completed" }).check();
    await page.getByRole("img", { name: /^Timeline of 3 milestones/ }).waitFor();
    await page.getByRole("link", { name: "Go-live" }).first().click();
    await page.waitForURL(`**/projects/${erp}/plan`);
  });
});
