import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { wheelScrollFrames } from "./chromium-trace.mjs";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

// A schedule MS Project saved, with the dates MS Project computed for it (../shared, as in CI).
const corpus = fileURLToPath(new URL("../../../../shared/corpus/schedules/dev/", import.meta.url));
const FILE = `${corpus}projterm_Project1.xml`;
const hasCorpus = existsSync(FILE);
if (!hasCorpus) console.warn("plan e2e: ../shared/corpus is absent; the import test is skipped.");

interface ExpectedTask {
  readonly name: string;
  readonly start: string;
  readonly finish: string;
}

let orrery: Orrery;
let page: Page;
let planPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const project = await orrery.api.createProject(orrery.org, { key: "SW", name: "Software build" });
  planPath = `/orgs/${orrery.org}/projects/${project.id}/plan`;
  page = (await adminBrowser(orrery)).page;
});

afterAll(async () => {
  await orrery?.close();
});

/** `2020-04-27T13:00:00` as the grid shows it: `27 Apr 20 13:00`. */
function shown(wallClock: string): string {
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const [date = "", time = ""] = wallClock.split("T");
  const [year = "", month = "", day = ""] = date.split("-");
  return `${Number(day)} ${months[Number(month) - 1]} ${year.slice(2)} ${time.slice(0, 5)}`;
}

/** The grid's texts that are wider than their cell and not clipped, as `text (width > room)`. */
function unclippedOverflow(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".plan-grid tbody td, .plan-cell-button")]
      .filter((element) => getComputedStyle(element).overflowX === "visible")
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((e) => `${e.textContent} (${e.scrollWidth} > ${e.clientWidth})`),
  );
}

describe("the Plan page", () => {
  it("says how to start when a project has no plan", async () => {
    await page.goto(planPath);
    await page.getByText("This project has no plan yet").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.skipIf(!hasCorpus)(
    "previews an MS Project file, imports it, and shows the dates MS Project computed",
    async () => {
      await page.goto(planPath);
      await page.getByRole("button", { name: "Import" }).click();
      const dialog = page.getByRole("dialog", { name: "Import a plan" });
      await dialog.locator('input[type="file"]').setInputFiles(FILE);
      await dialog.getByRole("cell", { name: "86", exact: true }).waitFor();
      await dialog.getByRole("button", { name: "Import 86 tasks" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByText("Imported 86 tasks").waitFor();

      const expected: ExpectedTask[] = JSON.parse(
        readFileSync(`${corpus}projterm_Project1.expected.json`, "utf8"),
      ).tasks;
      for (const name of [
        "Secure project sponsorship",
        "Conduct needs analysis",
        "Develop delivery timeline",
      ]) {
        const task = expected.find((t) => t.name === name);
        if (!task) throw new Error(`${name} is not in the expected dates`);
        const row = page.getByRole("row", { name: new RegExp(name) });
        const cells = row.getByRole("cell");
        const dates = [
          await cells.nth(4).getAttribute("title"),
          await cells.nth(5).getAttribute("title"),
        ];
        expect(dates, name).toEqual([shown(task.start), shown(task.finish)]);
      }
      // Cells clip only text that may not fit: whatever they do not clip fits.
      expect(await unclippedOverflow()).toEqual([]);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    },
  );

  it.skipIf(!hasCorpus)("collapses a summary and filters to the critical path", async () => {
    await page.goto(planPath);
    const scope = page.getByRole("row", { name: /Determine project scope/ });
    await scope.waitFor();
    await page.getByRole("button", { name: "Collapse Scope" }).click();
    await scope.waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Expand Scope" }).click();
    await scope.waitFor();

    await page.getByRole("combobox", { name: "Show" }).click();
    await page.getByRole("option", { name: "Critical tasks" }).click();
    const names = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(86);
  });

  it.skipIf(!hasCorpus)(
    "reschedules the successors when a duration is typed, and refuses one it cannot read",
    async () => {
      await page.goto(planPath);
      const successor = page.getByRole("row", {
        name: /Draft preliminary software specifications/,
      });
      const startOf = () => successor.getByRole("cell").nth(4).getAttribute("title");
      expect(await startOf()).toBe("7 May 20 13:00");

      const cell = page.getByRole("button", { name: /^Duration of Conduct needs analysis:/ });
      await cell.focus();
      await page.keyboard.press("Enter");
      const input = page.getByRole("textbox", { name: "Duration of Conduct needs analysis" });
      await input.fill("a while");
      await page.keyboard.press("Enter");
      await page.getByText("Type a duration such as 3d, 2w, 4h or 3ed").waitFor();
      expect(await input.getAttribute("aria-invalid")).toBe("true");

      await input.fill("7d");
      await page.keyboard.press("Enter");
      // Two more working days: Thursday 7 May 13:00 becomes Monday 11 May 13:00.
      await waitUntil(async () => (await startOf()) === "11 May 20 13:00", "the successor moves");
      await page.getByRole("button", { name: "Duration of Conduct needs analysis: 7d" }).waitFor();
    },
  );

  it.skipIf(!hasCorpus)("sets the status date and filters the tasks late against it", async () => {
    await page.goto(planPath);
    await page.getByRole("button", { name: "Schedule" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule settings" });
    await dialog.getByLabel(/^Status date/).fill("2020-05-15");
    await dialog.getByRole("button", { name: "Save and reschedule" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(/status date 2020-05-15/).waitFor();

    await page.getByRole("combobox", { name: "Show" }).click();
    await page.getByRole("option", { name: "Late at the status date" }).click();
    // Nothing is reported done, so every task due by Friday 15 May 17:00 is late.
    await page.getByRole("row", { name: /Conduct needs analysis/ }).waitFor();
    expect(await page.getByRole("row", { name: /Develop delivery timeline/ }).count()).toBe(0);
    await page.getByRole("combobox", { name: "Show" }).click();
    await page.getByRole("option", { name: "All tasks" }).click();
  });

  it.skipIf(!hasCorpus)(
    "scrolls the plan on the compositor thread, so a wheel never waits for the page",
    async () => {
      await page.goto(planPath);
      await page.getByRole("row", { name: /Determine project scope/ }).waitFor();
      const frames = await wheelScrollFrames(page, ".plan-scroller", 600, 2000);
      const threads = frames
        .map((frame) => frame.scroll_state)
        .filter((thread) => thread !== undefined && thread !== "SCROLL_NONE");
      expect(threads.length).toBeGreaterThan(0);
      expect(new Set(threads)).toEqual(new Set(["SCROLL_COMPOSITOR_THREAD"]));
      expect(await page.locator(".plan-scroller").evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
    },
  );

  it.skipIf(!hasCorpus)("adds a task at the end of the plan", async () => {
    await page.goto(planPath);
    await page.getByRole("textbox", { name: "New task" }).fill("Hand over to operations");
    await page.keyboard.press("Enter");
    await page.getByText(/^87 tasks/).waitFor();
    expect(await page.getByRole("textbox", { name: "New task" }).inputValue()).toBe("");
  });

  it.skipIf(!hasCorpus)("keeps a baseline's bars where they were when the plan moves", async () => {
    await page.goto(planPath);
    await page.getByRole("button", { name: "Baselines" }).click();
    await page.getByRole("menuitem", { name: "Set Baseline", exact: true }).click();
    await page.getByText("Baseline set from the current schedule.").waitFor();
    const shapes = page.locator("g[data-uid]").filter({
      has: page.locator("title", { hasText: "Draft preliminary software specifications" }),
    });
    const barX = () => shapes.locator("rect.gantt-bar").getAttribute("x");
    const baselineX = () => shapes.locator("rect.gantt-baseline").getAttribute("x");
    await shapes.locator("rect.gantt-baseline").waitFor();
    expect(await baselineX()).toBe(await barX());

    const cell = page.getByRole("button", { name: /^Duration of Conduct needs analysis:/ });
    await cell.click();
    await page.getByRole("textbox", { name: "Duration of Conduct needs analysis" }).fill("5d");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Duration of Conduct needs analysis: 5d" }).waitFor();
    await waitUntil(
      async () => (await barX()) !== (await baselineX()),
      "the bar leaves its baseline",
    );
    expect(Number(await barX())).toBeLessThan(Number(await baselineX()));
  });

  it.skipIf(!hasCorpus)(
    "shows one person's edit in a colleague's open plan within a second",
    async () => {
      const colleague = (await adminBrowser(orrery)).page;
      await colleague.goto(planPath);
      await page.goto(planPath);
      const durationIn = (p: Page) =>
        p.getByRole("button", { name: /^Duration of Develop preliminary budget:/ });
      await durationIn(colleague).waitFor();
      await durationIn(page).click();
      await page
        .getByRole("textbox", { name: "Duration of Develop preliminary budget" })
        .fill("4d");
      const typed = Date.now();
      await page.keyboard.press("Enter");
      await colleague
        .getByRole("button", { name: "Duration of Develop preliminary budget: 4d" })
        .waitFor({ timeout: 5_000 });
      // The issue asks for a second; the margin covers the request itself on a loaded CI machine.
      expect(Date.now() - typed).toBeLessThan(2_500);
      await colleague.context().close();
    },
  );

  it.skipIf(!hasCorpus)(
    "exports the plan as MS Project XML that imports back to the same dates",
    async () => {
      await page.goto(planPath);
      await page.getByRole("row", { name: /Conduct needs analysis/ }).waitFor();
      const before = await page
        .locator("tbody tr td:nth-child(6)")
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));
      await page.getByRole("button", { name: "Export" }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("menuitem", { name: "MS Project XML (.xml)" }).click(),
      ]);
      const file = await download.path();
      const project = await orrery.api.createProject(orrery.org, { key: "RT", name: "Round trip" });
      await page.goto(`/orgs/${orrery.org}/projects/${project.id}/plan`);
      await page.getByRole("button", { name: "Import" }).click();
      const dialog = page.getByRole("dialog", { name: "Import a plan" });
      await dialog.locator('input[type="file"]').setInputFiles(file);
      await dialog.getByRole("button", { name: /^Import \d+ tasks$/ }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByRole("row", { name: /Conduct needs analysis/ }).waitFor();
      const after = await page
        .locator("tbody tr td:nth-child(6)")
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("title")));
      expect(after).toEqual(before);
    },
  );

  it("builds and links a ten-task plan from the keyboard", async () => {
    const project = await orrery.api.createProject(orrery.org, {
      key: "KB",
      name: "Keyboard plan",
    });
    await page.goto(`/orgs/${orrery.org}/projects/${project.id}/plan`);
    const newTask = page.getByRole("textbox", { name: "New task" });
    for (let n = 1; n <= 10; n++) {
      await newTask.focus();
      await page.keyboard.type(`Step ${n}`);
      await page.keyboard.press("Enter");
      await page.getByText(new RegExp(`^${n} tasks?`)).waitFor();
    }
    // Each typed cell reschedules on the server; on a loaded CI machine that can take a while.
    const type = async (button: RegExp, text: string) => {
      await page.getByRole("button", { name: button }).focus({ timeout: 30_000 });
      await page.keyboard.press("Enter");
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    };
    await type(/^Duration of Step 1:/, "3d");
    for (let n = 2; n <= 10; n++) {
      await type(new RegExp(`^Predecessors of Step ${n}:`), String(n - 1));
      await page
        .getByRole("button", { name: `Predecessors of Step ${n}: ${n - 1}` })
        .waitFor({ timeout: 30_000 });
    }
    const startOf = (n: number) =>
      page
        .getByRole("row", { name: new RegExp(`Step ${n}\\b`) })
        .getByRole("cell")
        .nth(4)
        .getAttribute("title");
    const finishOf = (n: number) =>
      page
        .getByRole("row", { name: new RegExp(`Step ${n}\\b`) })
        .getByRole("cell")
        .nth(5)
        .getAttribute("title");
    // A chain: each step starts once the one before has finished, all of it critical.
    for (let n = 2; n <= 10; n++) {
      const [before, start] = [await finishOf(n - 1), await startOf(n)];
      expect(start !== null && before !== null && start !== before, `step ${n}`).toBe(true);
    }
    expect(await startOf(10)).not.toBe(await startOf(1));
    const floats = await page.locator("tbody tr td:nth-child(9)").allTextContents();
    expect(floats.filter((f) => f !== "")).toEqual(Array(10).fill("0d"));
  });
});

describe("row operations and undo on the Plan page", () => {
  const DAY = 480;
  /** Phase 1, then Design (2d) → Build (3d) → Test (1d), from Monday 1 March 2027. */
  async function chainPlan(key: string): Promise<{ path: string; id: string }> {
    const project = await orrery.api.createProject(orrery.org, {
      key,
      name: `Rows ${key}`,
      plannedStart: "2027-03-01",
    });
    await orrery.api.editPlan(orrery.org, project.id, [
      { op: "create", task: { uid: 1, name: "Phase 1", durationMinutes: DAY } },
      { op: "create", task: { uid: 2, name: "Design", durationMinutes: 2 * DAY } },
      { op: "create", task: { uid: 3, name: "Build", durationMinutes: 3 * DAY } },
      { op: "create", task: { uid: 4, name: "Test", durationMinutes: DAY } },
      { op: "link", link: { predecessorUid: 2, successorUid: 3 } },
      { op: "link", link: { predecessorUid: 3, successorUid: 4 } },
    ]);
    return { path: `/orgs/${orrery.org}/projects/${project.id}/plan`, id: project.id };
  }
  const rowOf = (name: string) =>
    page.getByRole("row", { name: new RegExp(`Name of row \\d+: ${name}\\b`) });
  const datesOf = async (name: string) => {
    const cells = rowOf(name).getByRole("cell");
    return [await cells.nth(4).getAttribute("title"), await cells.nth(5).getAttribute("title")];
  };
  const nameButton = (name: string) =>
    page.getByRole("button", { name: new RegExp(`^Name of row \\d+: ${name}$`) });
  const names = () => page.locator("tbody tr td:nth-child(3)").allTextContents();

  it("indents rows from the keyboard into a summary whose bar spans them, inserts and moves", async () => {
    await page.goto((await chainPlan("RA")).path);
    await nameButton("Design").focus();
    await page.keyboard.press("Shift+ArrowDown");
    await waitUntil(
      async () => (await page.locator('tr[aria-selected="true"]').count()) === 2,
      "Design and Build are selected",
    );
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await page.getByRole("button", { name: "Collapse Phase 1" }).waitFor();
    expect(await rowOf("Design").getByRole("cell").nth(1).textContent()).toBe("1.1");
    // The summary rolls up its subtasks: Design's start to Build's finish, in the grid and chart.
    const [designStart] = await datesOf("Design");
    const [, buildFinish] = await datesOf("Build");
    expect(await datesOf("Phase 1")).toEqual([designStart, buildFinish]);
    const shape = (name: string) =>
      page.locator("g[data-uid]").filter({ has: page.locator("title", { hasText: name }) });
    const summary = await shape("Phase 1").locator("path.gantt-summary").getAttribute("d");
    const [, summaryX = "", summaryWidth = ""] =
      /^M([\d.]+),[\d.-]+h([\d.]+)/.exec(summary ?? "") ?? [];
    const design = shape("Design").locator("rect.gantt-bar");
    const build = shape("Build").locator("rect.gantt-bar");
    expect(Number(summaryX)).toBeCloseTo(Number(await design.getAttribute("x")), 3);
    expect(Number(summaryX) + Number(summaryWidth)).toBeCloseTo(
      Number(await build.getAttribute("x")) + Number(await build.getAttribute("width")),
      3,
    );

    // Insert opens the new row's name for typing, above the selection and at its level.
    await page.keyboard.press("Insert");
    const newName = page.getByRole("textbox", { name: /^Name of row \d+$/ });
    await newName.waitFor();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Plan the work");
    await page.keyboard.press("Enter");
    await nameButton("Plan the work").waitFor();
    await waitUntil(
      async () => (await names()).join("|") === "Phase 1|Plan the work|Design|Build|Test",
      "the new row sits above Design",
    );
    expect(await rowOf("Plan the work").getByRole("cell").nth(1).textContent()).toBe("1.1");

    await nameButton("Build").focus();
    await page.keyboard.press("Alt+Shift+ArrowUp");
    await waitUntil(
      async () => (await names()).join("|") === "Phase 1|Plan the work|Build|Design|Test",
      "Build moves above Design",
    );
    await page.keyboard.press("ControlOrMeta+Z");
    await waitUntil(
      async () => (await names()).join("|") === "Phase 1|Plan the work|Design|Build|Test",
      "undo puts Build back below Design",
    );
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("undoes a duration edit: the task and its successor get their previous dates back", async () => {
    await page.goto((await chainPlan("RB")).path);
    await rowOf("Build").waitFor();
    const [designBefore, buildBefore] = [await datesOf("Design"), await datesOf("Build")];
    await page.getByRole("button", { name: /^Duration of Design:/ }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("5d");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Duration of Design: 5d" }).waitFor();
    await waitUntil(
      async () => (await datesOf("Build")).join() !== buildBefore.join(),
      "Build moves after the longer Design",
    );
    await page.getByRole("button", { name: "Undo Duration of Design" }).waitFor();

    await page.keyboard.press("ControlOrMeta+Z");
    await page.getByRole("button", { name: "Duration of Design: 2d" }).waitFor();
    await waitUntil(
      async () => (await datesOf("Build")).join() === buildBefore.join(),
      "Build gets its previous dates back",
    );
    expect(await datesOf("Design")).toEqual(designBefore);
    await page.getByRole("status").filter({ hasText: "Undid Duration of Design" }).waitFor();

    await page.keyboard.press("ControlOrMeta+Y");
    await page.getByRole("button", { name: "Duration of Design: 5d" }).waitFor();
    await waitUntil(
      async () => (await datesOf("Build")).join() !== buildBefore.join(),
      "redo moves Build again",
    );
  });

  it("deletes a task with its links, and undo brings both back", async () => {
    await page.goto((await chainPlan("RC")).path);
    const [testBefore] = [await datesOf("Test")];
    await nameButton("Build").focus();
    await page.keyboard.press("Delete");
    await rowOf("Build").waitFor({ state: "detached" });
    await page.getByRole("button", { name: /^Predecessors of Test:\s*$/ }).waitFor();

    await page.keyboard.press("ControlOrMeta+Z");
    await rowOf("Build").waitFor();
    await page.getByRole("button", { name: "Predecessors of Build: 2" }).waitFor();
    await page.getByRole("button", { name: "Predecessors of Test: 3" }).waitFor();
    await waitUntil(
      async () => (await datesOf("Test")).join() === testBefore.join(),
      "Test follows Build again",
    );
    expect(await names()).toEqual(["Phase 1", "Design", "Build", "Test"]);
  });

  it("asks before deleting a summary with its subtasks", async () => {
    await page.goto((await chainPlan("RD")).path);
    await nameButton("Design").focus();
    await page.keyboard.press("Alt+Shift+ArrowRight");
    await page.getByRole("button", { name: "Collapse Phase 1" }).waitFor();
    await nameButton("Phase 1").focus();
    await page.keyboard.press("Delete");
    const dialog = page.getByRole("dialog", { name: "Delete Phase 1?" });
    await dialog.getByRole("button", { name: "Delete 2 tasks" }).click();
    await rowOf("Design").waitFor({ state: "detached" });
    expect(await names()).toEqual(["Build", "Test"]);
    await page.keyboard.press("ControlOrMeta+Z");
    await rowOf("Design").waitFor();
    expect(await names()).toEqual(["Phase 1", "Design", "Build", "Test"]);
  });

  it("refuses to undo over a colleague's change to the same task, and says so", async () => {
    const { path, id } = await chainPlan("RE");
    await page.goto(path);
    await page.getByRole("button", { name: /^Duration of Design:/ }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("4d");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Undo Duration of Design" }).waitFor();
    // A colleague renames the task meanwhile; the open plan shows it at once.
    await orrery.api.editPlan(orrery.org, id, [
      { op: "update", uid: 2, patch: { name: "Design review" } },
    ]);
    await nameButton("Design review").waitFor();

    await page.keyboard.press("ControlOrMeta+Z");
    await page
      .getByText(/^Cannot undo "Duration of Design": someone else changed the plan meanwhile/)
      .waitFor();
    await page.getByRole("button", { name: "Undo", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Undo", exact: true }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Duration of Design review: 4d" }).waitFor();
  });
});
