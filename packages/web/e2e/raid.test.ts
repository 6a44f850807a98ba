import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { recordRisk } from "./raid-steps.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

let orrery: Orrery;
let raidPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const project = await orrery.api.createProject(orrery.org, { key: "CRM", name: "CRM upgrade" });
  raidPath = `/orgs/${orrery.org}/projects/${project.id}/raid`;
});

afterAll(async () => {
  await orrery?.close();
});

/** Records a threat with the keyboard only: the button, the title, the two ratings, Enter. */
describe("the RAID log", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  it("opens from the project's overview and says what to do when it has no risks", async () => {
    await page.goto(raidPath.replace(/\/raid$/, ""));
    await page.getByRole("link", { name: "RAID log" }).click();
    await page.getByRole("heading", { name: "RAID log · CRM upgrade" }).waitFor();
    await page.getByText("No open risks").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("records two risks by keyboard and counts them on the heat map", async () => {
    await page.goto(raidPath);
    await recordRisk(page, "Vendor delivers late", 4, 5);
    await page.getByRole("row", { name: /R-1.*Vendor delivers late/ }).waitFor();
    await recordRisk(page, "Key person leaves", 2, 3);
    await page.getByRole("row", { name: /R-2.*Key person leaves/ }).waitFor();
    await page.getByRole("row", { name: /R-1.*20 · Critical/ }).waitFor();

    await page
      .getByRole("cell", { name: "Probability 4, impact 5: 1 open threat, critical band" })
      .waitFor();
    await page
      .getByRole("cell", { name: "Probability 2, impact 3: 1 open threat, medium band" })
      .waitFor();
    await page.getByText("2 open threats, by probability and impact.").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("names a missing rating next to the field", async () => {
    await page.goto(raidPath);
    await page.getByRole("button", { name: "Actions for R-1 · Vendor delivers late" }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: /Edit R-1/ });
    await dialog.getByRole("textbox", { name: /^Probability/ }).fill("");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.getByText("Probability is required").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("shows the PMO every project's RAID items with the portfolio heat map", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "RAID" });
    expect(await link.getAttribute("href")).toBe(`/orgs/${orrery.org}/raid`);
    // Clicked, so the axe check below also sees the active link under the pointer.
    await link.click();
    await page.getByRole("heading", { name: "RAID across projects" }).waitFor();
    await page.getByRole("row", { name: /CRM.*R-1.*Vendor delivers late/ }).waitFor();
    await page.getByRole("row", { name: /CRM.*R-2.*Key person leaves/ }).waitFor();
    await page
      .getByRole("cell", { name: "Probability 4, impact 5: 1 open threat, critical band" })
      .waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("bulk edits and links to the plan", () => {
  let page: Page;
  let projectId: string;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
    const project = await orrery.api.createProject(orrery.org, { key: "HQ", name: "New HQ" });
    projectId = project.id;
    await orrery.api.editPlan(orrery.org, projectId, [
      { op: "create", task: { uid: 1, name: "Build" } },
      { op: "create", task: { uid: 2, name: "Pour the slab", outlineLevel: 2 } },
      { op: "create", task: { uid: 3, name: "Fit out", outlineLevel: 2 } },
    ]);
    for (const title of ["Book the crane", "Order the steel", "Hire the fitters"])
      await orrery.api.recordRaidItem(orrery.org, projectId, { type: "action", title });
    await orrery.api.recordRaidItem(orrery.org, projectId, {
      type: "risk",
      title: "Rain on pour day",
      probability: 3,
      impact: 4,
    });
  });

  it("closes two selected actions at once, by keyboard", async () => {
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/raid`);
    await page.getByRole("tab", { name: "Actions" }).click();
    await page.getByRole("row", { name: /ACT-3.*Hire the fitters/ }).waitFor();
    for (const name of ["Select ACT-1 · Book the crane", "Select ACT-2 · Order the steel"]) {
      await page.getByRole("checkbox", { name }).focus();
      await page.keyboard.press("Space");
    }
    const bar = page.getByRole("region", { name: "Selected items" });
    await bar.getByText("2 items selected").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await bar.getByRole("button", { name: "Close selected" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("2 items closed.").waitFor();
    await bar.waitFor({ state: "detached" });
    await page.getByRole("row", { name: /ACT-1/ }).waitFor({ state: "detached" });
    await page.getByRole("row", { name: /ACT-2/ }).waitFor({ state: "detached" });
    await page.getByRole("row", { name: /ACT-3.*Hire the fitters/ }).waitFor();
    await page.getByRole("radio", { name: "Closed" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("row", { name: /ACT-1.*Book the crane.*Closed/ }).waitFor();
    await page.getByRole("row", { name: /ACT-2.*Order the steel.*Closed/ }).waitFor();
  });

  it("links a risk to a task of the plan and opens the plan at that task", async () => {
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/raid`);
    await page.getByRole("button", { name: "Actions for R-1 · Rain on pour day" }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: /Edit R-1/ });
    await dialog.getByPlaceholder("Pick tasks of the plan").click();
    await page.getByRole("option", { name: "1.1 · Pour the slab" }).click();
    await page.keyboard.press("Escape");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.waitFor({ state: "detached" });
    const link = page
      .getByRole("row", { name: /R-1.*Rain on pour day/ })
      .getByRole("link", { name: "1.1 Pour the slab" });
    await link.click();
    await page.getByRole("table", { name: "Tasks" }).waitFor();
    const row = page.locator('tr[data-uid="2"]');
    await row.waitFor();
    expect(await row.getAttribute("aria-selected")).toBe("true");
  });
});

describe("the RAID pages in dark mode", () => {
  it("keep every text readable", async () => {
    const page = (await adminBrowser(orrery, { colorScheme: "dark" })).page;
    for (const path of [raidPath, `/orgs/${orrery.org}/raid`]) {
      await page.goto(path);
      await page.getByRole("cell", { name: /Probability 4, impact 5: 1 open threat/ }).waitFor();
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });
});
