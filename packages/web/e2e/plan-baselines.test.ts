import { Me } from "@orrery/contracts/account";
import { ResourceChange } from "@orrery/contracts/resources";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;

let orrery: Orrery;
let page: Page;
let planPath: string;

/** Design (2d) → Build (3d) → Test (1d) from Monday 4 March 2030; Test is the admin's. */
beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  const project = await api.createProject(org, {
    key: "VAR",
    name: "Variance",
    plannedStart: "2030-03-04",
  });
  await api.editPlan(org, project.id, [
    { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
    { op: "create", task: { uid: 2, name: "Build", durationMinutes: 3 * DAY } },
    { op: "create", task: { uid: 3, name: "Test", durationMinutes: DAY } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    { op: "link", link: { predecessorUid: 2, successorUid: 3 } },
  ]);
  const me = await api.send(Me, "GET", "/api/v1/me");
  const plan = `/api/v1/orgs/${org}/projects/${project.id}`;
  await api.send(ResourceChange, "POST", `${plan}/resources`, {
    name: "Admin",
    userId: me.user.id,
  });
  await api.send(z.unknown(), "PUT", `${plan}/tasks/3/assignments`, {
    assignments: [{ resourceUid: 1 }],
  });
  planPath = `/orgs/${org}/projects/${project.id}/plan`;
  page = (await adminBrowser(orrery)).page;
});

afterAll(async () => {
  await orrery?.close();
});

/** The text of a grid cell under `column` in the row of task `name`. */
async function cellText(name: string, column: string): Promise<string> {
  const headers = await page
    .getByRole("table", { name: "Tasks" })
    .locator("thead th")
    .allTextContents();
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${headers.join(", ")}`);
  const row = page.locator("table.plan-grid tbody tr").filter({ hasText: name });
  return (await row.locator("td").nth(index).textContent()) ?? "";
}

async function setBaseline(name: string) {
  await page.getByRole("button", { name: "Baselines", exact: true }).click();
  // A baseline that holds one says how many tasks it replaces: `Set Baseline (replaces 3 tasks)`.
  await page.getByRole("menuitem", { name: new RegExp(`^Set ${name}( \\(|$)`) }).click();
  await page.getByText(`${name} set from the current schedule.`).waitFor();
}

describe("baselines on the Plan page", () => {
  it("shows the slip since the baseline in the variance columns, and keeps the baseline bar", async () => {
    await page.goto(planPath);
    await setBaseline("Baseline");
    await page.getByRole("button", { name: /^Duration of Design:/ }).click();
    await page.getByRole("textbox", { name: "Duration of Design" }).fill("4d");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Duration of Design: 4d" }).waitFor();

    // The Variance table takes the place of the duration, links, progress and resources.
    await page.getByRole("switch", { name: "Variance columns" }).check();
    // The table is switched when its heading is there; the cells are read only after that.
    await page.getByRole("columnheader", { name: "Finish variance" }).waitFor();
    await page.getByRole("columnheader", { name: "Finish variance" }).waitFor();
    expect(await page.getByRole("columnheader", { name: "Predecessors" }).count()).toBe(0);
    await waitUntil(
      async () => (await cellText("Build", "Finish variance")) === "+2d",
      "Build finishes two working days late",
    );
    expect(await cellText("Design", "Duration variance")).toBe("+2d");
    expect(await cellText("Design", "Start variance")).toBe("0d");
    expect(await cellText("Build", "Baseline finish")).toBe("8 Mar 30");

    // The baseline bar stays where Build was planned; its current bar moved right.
    const build = page.locator("g[data-uid='2']");
    const barX = Number(await build.locator("rect.gantt-bar").getAttribute("x"));
    const baselineX = Number(await build.locator("rect.gantt-baseline").getAttribute("x"));
    expect(barX).toBeGreaterThan(baselineX);

    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("compares Baseline with Baseline 1: the finishes, the slip and each task's variance", async () => {
    await page.goto(planPath);
    await setBaseline("Baseline 1");
    await page.getByRole("button", { name: "Compare baselines" }).click();
    const dialog = page.getByRole("dialog", { name: "Compare baselines" });
    await dialog.getByRole("combobox", { name: "with" }).click();
    await page.getByRole("option", { name: "Baseline 1", exact: true }).click();
    const table = dialog.getByRole("table", { name: "Baseline compared with Baseline 1" });
    await table.waitFor();
    await dialog
      .getByText("Baseline finishes 11 Mar 30; Baseline 1 finishes 13 Mar 30 (+2d).")
      .waitFor();
    await dialog.getByText("3 tasks finish later in Baseline 1, 0 earlier.").waitFor();
    const build = table.getByRole("row").filter({ hasText: "Build" });
    expect(await build.getByRole("cell").allTextContents()).toEqual([
      "2",
      "Build",
      "6 Mar 30",
      "8 Mar 30",
      "8 Mar 30",
      "12 Mar 30",
      "+2d",
      "+2d",
      "0d",
      "",
    ]);
    expect(await build.locator("rect").count()).toBe(2);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("undoes a baseline set over an old one: the old values come back", async () => {
    await page.goto(planPath);
    await page.getByRole("combobox", { name: "Baseline shown" }).click();
    await page.getByRole("option", { name: "Show Baseline", exact: true }).click();
    await page.getByRole("switch", { name: "Variance columns" }).check();
    // The table is switched when its heading is there; the cells are read only after that.
    await page.getByRole("columnheader", { name: "Finish variance" }).waitFor();
    await waitUntil(async () => (await cellText("Build", "Finish variance")) === "+2d", "slipped");

    // Baseline again, now from the slipped schedule: no variance left.
    await setBaseline("Baseline");
    await waitUntil(async () => (await cellText("Build", "Finish variance")) === "0d", "re-set");

    await page.getByRole("button", { name: "Undo Set Baseline" }).click();
    await page.getByText("Undid Set Baseline").waitFor();
    await waitUntil(
      async () => (await cellText("Build", "Finish variance")) === "+2d",
      "the earlier baseline is back",
    );
    expect(await cellText("Build", "Baseline finish")).toBe("8 Mar 30");

    await page.keyboard.press("ControlOrMeta+Y");
    await waitUntil(async () => (await cellText("Build", "Finish variance")) === "0d", "redone");
  });

  it("shows only the tasks assigned to me under the mine filter", async () => {
    await page.goto(planPath);
    await page.getByRole("combobox", { name: "Show", exact: true }).click();
    await page.getByRole("option", { name: "Assigned to me" }).click();
    await waitUntil(
      async () => (await page.locator("table.plan-grid tbody tr[data-uid]").count()) === 1,
      "one row left",
    );
    expect(await page.locator("table.plan-grid tbody tr[data-uid]").getAttribute("data-uid")).toBe(
      "3",
    );
  });
});
