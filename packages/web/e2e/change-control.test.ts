import { Baseline, TaskList } from "@orrery/contracts/plans";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;
let orrery: Orrery;
let projectPath: string;
let apiPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const project = await orrery.api.createProject(orrery.org, {
    key: "WH",
    name: "Warehouse move",
    plannedStart: "2027-03-01",
  });
  projectPath = `/orgs/${orrery.org}/projects/${project.id}`;
  apiPath = `/api/v1/orgs/${orrery.org}/projects/${project.id}`;
  // Design → {Pack 1d, Lease 3d} → Moved; the lease is on the critical path.
  await orrery.api.editPlan(orrery.org, project.id, [
    { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
    { op: "create", task: { uid: 2, name: "Pack", durationMinutes: DAY } },
    { op: "create", task: { uid: 3, name: "Lease", durationMinutes: 3 * DAY } },
    { op: "create", task: { uid: 4, name: "Moved", durationMinutes: 0, milestone: true } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    { op: "link", link: { predecessorUid: 1, successorUid: 3 } },
    { op: "link", link: { predecessorUid: 2, successorUid: 4 } },
    { op: "link", link: { predecessorUid: 3, successorUid: 4 } },
  ]);
});

afterAll(async () => {
  await orrery?.close();
});

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe("change control", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  it("opens from the project's overview and says what to do when the log is empty", async () => {
    await page.goto(projectPath);
    await page.getByRole("link", { name: "Changes" }).click();
    await page.getByRole("heading", { name: "Changes · Warehouse move" }).waitFor();
    await page.getByText("No change requests yet").waitFor();
    await expectAccessible(page);
  });

  it("shows the finish slipping when a critical task is to take longer", async () => {
    await page.goto(`${projectPath}/changes`);
    await page.getByRole("button", { name: "New change request" }).first().click();
    const form = page.getByRole("dialog", { name: "New change request" });
    await form.getByRole("textbox", { name: "Title" }).fill("Landlord needs two more days");
    await form.getByRole("textbox", { name: "Reason" }).fill("Lease paperwork delayed");
    await form.getByRole("button", { name: "Change a duration" }).click();
    await form.getByLabel("Task 1").click();
    await page.getByRole("option", { name: /Lease/ }).click();
    await form.getByRole("textbox", { name: "New duration 1 (days)" }).fill("5");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Raise change request" }).click();
    await form.waitFor({ state: "detached" });

    const drawer = page.getByRole("dialog", { name: /CR-1 · Landlord needs two more days/ });
    await drawer.getByRole("heading", { name: "Schedule impact" }).waitFor();
    const finish = drawer.getByLabel("Project finish");
    await expect.poll(() => finish.innerText()).toMatch(/5 Mar 27.*9 Mar 27.*\+2 working days/s);
    await drawer
      .getByRole("row", { name: /Lease\s+5 Mar 27\s+9 Mar 27\s+\+2 working days/ })
      .waitFor();
    await expectAccessible(page);
    // Nothing is written before the decision.
    const tasks = await orrery.api.send(TaskList, "GET", `${apiPath}/tasks`);
    expect(tasks.plan.finish).toBe("2027-03-05T17:00:00");
  });

  it("applies the approved change to the plan and takes the baseline chosen", async () => {
    const drawer = page.getByRole("dialog", { name: /CR-1/ });
    await drawer.getByRole("button", { name: "Submit for decision" }).click();
    await drawer.getByRole("button", { name: "Decide" }).click();
    const decision = page.getByRole("dialog", { name: "Decide CR-1" });
    await decision.getByRole("textbox", { name: "Comment" }).fill("Agreed at the steering meeting");
    await decision.getByLabel("Take a baseline after applying").click();
    await page.getByRole("option", { name: "Baseline 1", exact: true }).click();
    await expectAccessible(page);
    await decision.getByRole("button", { name: "Approve change" }).click();
    await decision.waitFor({ state: "detached" });
    await drawer.getByText(/Applied to the plan on .*; baseline 1 taken/).waitFor();
    await page.keyboard.press("Escape");
    await page
      .getByRole("row", { name: /CR-1.*Applied.*\+2 working days.*Approved by .*baseline 1/ })
      .waitFor();

    const tasks = await orrery.api.send(TaskList, "GET", `${apiPath}/tasks`);
    expect(tasks.plan.finish).toBe("2027-03-09T17:00:00");
    expect(tasks.items.find((task) => task.uid === 3)?.durationMinutes).toBe(5 * DAY);
    const baseline = await orrery.api.send(Baseline, "GET", `${apiPath}/baselines/1`);
    expect(baseline.items.find((item) => item.taskUid === 4)?.finish).toBe("2027-03-09T17:00:00");
    await expectAccessible(page);
  });
});
