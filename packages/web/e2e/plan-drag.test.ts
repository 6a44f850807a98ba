import { PlanChange } from "@orrery/contracts/plans";
import { createPerson } from "@orrery/server/testing/test-people";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { newContext, signIn } from "./browser.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;
/** The chart's default zoom (weeks) draws a day 14 px wide; a drag snaps to whole days. */
const PX_PER_DAY = 14;

let orrery: Orrery;
let page: Page;
let projectId: string;
let planPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const project = await orrery.api.createProject(orrery.org, {
    key: "DR",
    name: "Drag and drop",
    plannedStart: "2027-03-01",
  });
  projectId = project.id;
  planPath = `/orgs/${orrery.org}/projects/${project.id}/plan`;
  // Three tasks side by side from Monday 1 March: Build (3d) is the whole critical path.
  await orrery.api.send(
    PlanChange,
    "POST",
    `/api/v1/orgs/${orrery.org}/projects/${project.id}/tasks:batch`,
    {
      operations: [
        { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
        { op: "create", task: { uid: 2, name: "Build", durationMinutes: 3 * DAY } },
        { op: "create", task: { uid: 3, name: "Test", durationMinutes: DAY } },
      ],
    },
  );
  page = (await adminBrowser(orrery, { viewport: { width: 1600, height: 900 } })).page;
});

afterAll(async () => {
  await orrery?.close();
});

/** A task's shapes in the chart, found by the name in their title. */
const shapesOf = (name: string) =>
  page.locator("g[data-uid]").filter({ has: page.locator("title", { hasText: name }) });
const rowOf = (name: string) => page.getByRole("row", { name: new RegExp(`\\b${name}\\b`) });
const startOf = (name: string) => rowOf(name).getByRole("cell").nth(4).getAttribute("title");
const floatOf = (name: string) => rowOf(name).getByRole("cell").nth(8).textContent();
const isCritical = async (name: string) =>
  ((await shapesOf(name).locator("rect.gantt-bar").getAttribute("class")) ?? "").includes(
    "gantt-critical",
  );

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses on `from`, moves in steps (as a hand does) to `to`, and optionally lets go. */
async function dragFrom(from: Locator, to: { x: number; y: number } | Locator, release = true) {
  const start = await centreOf(from);
  const end = "x" in to ? to : await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  if (release) await page.mouse.up();
}

describe("dragging in the Gantt", () => {
  it("links two tasks by drag: the successor moves and joins the critical path", async () => {
    await page.goto(planPath);
    await rowOf("Test").waitFor();
    expect(await startOf("Test")).toBe("1 Mar 27 08:00");
    expect(await isCritical("Test")).toBe(false);

    // Dropped on itself, a link is refused and nothing is sent.
    await dragFrom(
      shapesOf("Design").locator("circle.gantt-grip-link"),
      shapesOf("Design").locator("rect.gantt-bar"),
      false,
    );
    await page.getByText("A task cannot be linked to itself").waitFor();
    await page.mouse.up();
    await page.getByText("A task cannot be linked to itself").waitFor({ state: "detached" });

    const connector = shapesOf("Design").locator("circle.gantt-grip-link");
    await dragFrom(connector, shapesOf("Test").locator("rect.gantt-bar"), false);
    await page.getByText('Link "Design" → "Test" (finish-to-start)').waitFor();
    await page.mouse.up();
    // Test now follows Design (two days) and, at three days in all, is as long as Build.
    await waitUntil(async () => (await startOf("Test")) === "3 Mar 27 08:00", "Test moves");
    await page.getByRole("button", { name: "Predecessors of Test: 1" }).waitFor();
    await waitUntil(() => isCritical("Test"), "Test joins the critical path");
    expect(await floatOf("Test")).toBe("0d");
  });

  it("drags a bar's end to change the duration, and the critical path moves", async () => {
    await page.goto(planPath);
    await rowOf("Test").waitFor();
    expect(await floatOf("Build")).toBe("0d");
    const grip = shapesOf("Test").locator("rect.gantt-grip-resize");
    const end = await centreOf(grip);
    await dragFrom(grip, { x: end.x + 2 * PX_PER_DAY + 3, y: end.y }, false);
    // The prospective finish, in the tooltip: Wednesday 3 March plus two days.
    await page.getByText("Finish 5 Mar 27").waitFor();
    await page.mouse.up();
    await page.getByRole("button", { name: "Duration of Test: 3d" }).waitFor();
    // Design and Test now take five days: Build has two days of float and is off the path.
    await waitUntil(async () => (await floatOf("Build")) === "2d", "Build gains float");
    expect(await isCritical("Build")).toBe(false);
    expect(await isCritical("Test")).toBe(true);
  });

  it("moves a bar by drag: a Start No Earlier Than constraint is set and said", async () => {
    await page.goto(planPath);
    await rowOf("Build").waitFor();
    const bar = shapesOf("Build").locator("rect.gantt-bar");
    const middle = await centreOf(bar);
    await dragFrom(bar, { x: middle.x + 3 * PX_PER_DAY + 2, y: middle.y }, false);
    await page.getByText("Start 4 Mar 27").waitFor();
    await page.mouse.up();
    await page
      .getByRole("status")
      .filter({ hasText: '"Build" now starts no earlier than 4 Mar 27 — constraint set.' })
      .waitFor();
    await waitUntil(async () => (await startOf("Build")) === "4 Mar 27 08:00", "Build moves");
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("keeps a click a click, and cancels a drag on Escape", async () => {
    await page.goto(planPath);
    await rowOf("Design").waitFor();
    const bar = shapesOf("Design").locator("rect.gantt-bar");
    await bar.click();
    const middle = await centreOf(bar);
    await dragFrom(bar, { x: middle.x + 5 * PX_PER_DAY, y: middle.y }, false);
    await page.getByText("Start 6 Mar 27").waitFor();
    await page.keyboard.press("Escape");
    await page.getByText("Start 6 Mar 27").waitFor({ state: "detached" });
    await page.mouse.up();
    // Neither the click nor the cancelled drag changed anything.
    expect(await startOf("Design")).toBe("1 Mar 27 08:00");
    expect(await page.locator(".gantt-ghost").count()).toBe(0);
  });

  it("shows the server's refusal of a link that would close a loop, naming the tasks", async () => {
    await page.goto(planPath);
    await rowOf("Test").waitFor();
    await dragFrom(
      shapesOf("Test").locator("circle.gantt-grip-link"),
      shapesOf("Design").locator("rect.gantt-bar"),
    );
    await page
      .getByText(/"Link Test → Design" was not saved: would make a loop through tasks/)
      .waitFor();
    const alert = page.getByRole("alert").filter({ hasText: "would make a loop" });
    expect(await alert.textContent()).toContain('"Design" (row 1)');
  });

  it("moves a task from the keyboard: a typed start sets the same constraint", async () => {
    await page.goto(planPath);
    await page.getByRole("button", { name: "Start of Design: 1 Mar 27" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("2027-03-03");
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: '"Design" now starts no earlier than 3 Mar 27 — constraint set.' })
      .waitFor();
    await page.getByRole("button", { name: "Start of Design: 3 Mar 27" }).waitFor();
  });

  it("drags with a finger as with a mouse", async () => {
    const context = await orrery.browser.newContext({
      baseURL: orrery.server.url,
      viewport: { width: 1600, height: 900 },
      hasTouch: true,
      locale: "en-GB",
    });
    const phone = await context.newPage();
    await signIn(phone, orrery.server.admin.email, orrery.server.admin.password);
    await phone.goto(planPath);
    const bar = phone
      .locator("g[data-uid]")
      .filter({ has: phone.locator("title", { hasText: "Test" }) })
      .locator("rect.gantt-grip-resize");
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    if (!box) throw new Error("the grip has no box");
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // Chromium turns touches into pointer events, as on a tablet.
    const cdp = await context.newCDPSession(phone);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", dx: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x: x + dx, y }],
      });
    await touch("touchStart", 0);
    for (let dx = 4; dx <= PX_PER_DAY + 3; dx += 4) await touch("touchMove", dx);
    await touch("touchEnd", 0);
    await phone.getByRole("button", { name: "Duration of Test: 4d" }).waitFor();
    await context.close();
  });

  it("offers a project's viewer no drags", async () => {
    const viewer = await createPerson(orrery.server.url, orrery.server.admin.token, orrery.org, {
      role: "team_member",
    });
    await orrery.api.addProjectMember(orrery.org, projectId, viewer.userId, "viewer");
    const context = await newContext(orrery.browser, { baseURL: orrery.server.url });
    const viewerPage = await context.newPage();
    await signIn(viewerPage, viewer.email, viewer.password);
    await viewerPage.goto(planPath);
    await viewerPage.locator("g[data-uid]").first().waitFor();
    expect(await viewerPage.locator("[data-drag]").count()).toBe(0);
    await context.close();
  });
});
