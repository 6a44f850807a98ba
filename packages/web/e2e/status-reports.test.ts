import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;
let orrery: Orrery;
let projectId: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  projectId = (
    await api.createProject(org, { key: "ERP", name: "ERP rollout", plannedStart: "2027-03-01" })
  ).id;
  await api.editPlan(org, projectId, [
    { op: "create", task: { uid: 1, name: "Build", durationMinutes: 3 * DAY } },
    { op: "create", task: { uid: 2, name: "Go-live", durationMinutes: 0, milestone: true } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
  ]);
  await api.setBaseline(org, projectId);
});

afterAll(async () => {
  await orrery?.close();
});

describe("status reports", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  const computed = () =>
    page.getByRole("table", { name: "Colours computed from the project's data" });

  it("opens from the overview with the data's colours and says what to do with no reports", async () => {
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}`);
    await page.getByRole("link", { name: "Status reports" }).click();
    await page.getByRole("heading", { name: "Status reports · ERP rollout" }).waitFor();
    await computed()
      .getByRole("row", { name: /Schedule\s+Green/ })
      .waitFor();
    await page.getByText("No status reports yet").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("turns the schedule amber with the reason when a milestone slips, and keeps an override beside it", async () => {
    await orrery.api.editPlan(orrery.org, projectId, [
      { op: "update", uid: 1, version: 1, patch: { durationMinutes: 5 * DAY } },
    ]);
    await page.reload();
    await computed()
      .getByRole("row", {
        name: /Schedule\s+Amber\s+milestone "Go-live" is forecast 2 working days after its baseline/,
      })
      .waitFor();

    await page.getByRole("button", { name: "Write report" }).click();
    const dialog = page.getByRole("dialog", { name: "New status report" });
    await dialog
      .getByRole("textbox", { name: "Summary" })
      .fill("Build runs two days late; go-live holds.");
    // Overriding without a reason is refused next to the field.
    await dialog.getByRole("radiogroup", { name: "Schedule" }).getByText("Green").click();
    await dialog.getByRole("button", { name: "Save as draft" }).click();
    await dialog.getByText("Say why you override the data, in at least 10 characters").waitFor();
    await dialog
      .getByRole("textbox", { name: /Why schedule is green/ })
      .fill("Two days of contingency before go-live");
    await dialog.getByRole("button", { name: "Save as draft" }).click();
    await dialog.waitFor({ state: "detached" });

    const row = page
      .getByRole("table", { name: "Status reports" })
      .getByRole("row", { name: /^1\s/ });
    await row.getByText("(data: amber)").waitFor();
    await row.getByText("Draft").waitFor();
    await row.getByRole("button", { name: "Actions for status report 1" }).click();
    await page.getByRole("menuitem", { name: "Submit to the PMO" }).click();
    await row.getByText("Submitted").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("is reviewed by the PMO and shows on the portfolio status page", async () => {
    const row = page
      .getByRole("table", { name: "Status reports" })
      .getByRole("row", { name: /^1\s/ });
    await row.getByRole("button", { name: "Actions for status report 1" }).click();
    await page.getByRole("menuitem", { name: "Review" }).click();
    const dialog = page.getByRole("dialog", { name: "Review status report 1" });
    await dialog.getByRole("button", { name: "Return to the manager" }).click();
    await dialog.getByText("Comment is required to return a report").waitFor();
    await dialog.getByRole("button", { name: "Accept" }).click();
    await dialog.waitFor({ state: "detached" });
    await row.getByText("Accepted").waitFor();
    await row.getByRole("button", { name: "Actions for status report 1" }).click();
    const pdf = await page.getByRole("menuitem", { name: "Download PDF" }).getAttribute("href");
    await page.keyboard.press("Escape");
    const download = await page.request.get(pdf ?? "");
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("link", { name: "Status", exact: true }).click();
    await page.getByRole("heading", { name: "Portfolio status" }).waitFor();
    const erp = page
      .getByRole("table", { name: "Portfolio status" })
      .getByRole("row", { name: /ERP/ });
    await erp.getByText("First report").waitFor();
    await erp.getByRole("img", { name: "Trend, oldest first: green" }).waitFor();
    const exported = await page.getByRole("link", { name: "Export PDF" }).getAttribute("href");
    expect((await page.request.get(exported ?? "")).headers()["content-type"]).toBe(
      "application/pdf",
    );
    await page.mouse.move(0, 0);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
