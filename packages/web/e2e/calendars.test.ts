import { Calendar } from "@orrery/contracts/calendars";
import { CalendarChange, PlanChange } from "@orrery/contracts/plans";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { isFocused, waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;

let orrery: Orrery;
let page: Page;
let projectPath: string;
let apiPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const project = await orrery.api.createProject(orrery.org, {
    key: "CAL",
    name: "Calendar check",
    plannedStart: "2027-03-01",
  });
  projectPath = `/orgs/${orrery.org}/projects/${project.id}`;
  apiPath = `/api/v1${projectPath}`;
  // From Monday 1 March 2027 on the Standard calendar: Build takes Mon–Wed.
  await orrery.api.send(PlanChange, "POST", `${apiPath}/tasks:batch`, {
    operations: [
      { op: "create", task: { uid: 1, name: "Build", durationMinutes: 3 * DAY } },
      { op: "create", task: { uid: 2, name: "Review", durationMinutes: DAY } },
    ],
  });
  page = (await adminBrowser(orrery, { viewport: { width: 1500, height: 1000 } })).page;
});

afterAll(async () => {
  await orrery?.close();
});

const rowOf = (name: string) => page.getByRole("row", { name: new RegExp(`\\b${name}\\b`) });
const finishOf = (name: string) => rowOf(name).getByRole("cell").nth(5).getAttribute("title");
const day = (label: RegExp) => page.getByRole("gridcell", { name: label });
/** A day of the month grid by its name's start (`Tuesday 2 March 2027`) and what follows. */
const dayCalled = (date: string, then = "") => day(new RegExp(`^${date}\\s*:\\s*${then}`));

async function calendars() {
  return orrery.api.send(z.object({ items: z.array(Calendar) }), "GET", `${apiPath}/calendars`);
}

describe("the Calendars page", () => {
  it("moves through the month grid by keyboard alone", async () => {
    await page.goto(`${projectPath}/plan`);
    await page.getByRole("link", { name: "Calendars" }).click();
    await page.getByRole("heading", { name: "Standard" }).waitFor();
    await page.getByRole("grid", { name: "March 2027" }).waitFor();
    const monday = dayCalled("Monday 1 March 2027", "Working,\\s*08:00–12:00, 13:00–17:00$");
    expect(await monday.getAttribute("tabindex")).toBe("0");
    await monday.focus();
    await page.keyboard.press("ArrowRight");
    const tuesday = day(/^Tuesday 2 March 2027/);
    await waitUntil(() => isFocused(tuesday), "Tuesday 2 March has focus");
    await page.keyboard.press("ArrowDown");
    await waitUntil(() => isFocused(day(/^Tuesday 9 March 2027/)), "a week later has focus");
    // The plan's weeks start on Sunday (MS Project's default), so End is Saturday.
    await page.keyboard.press("End");
    const saturday = dayCalled("Saturday 13 March 2027", "Non-working$");
    await waitUntil(() => isFocused(saturday), "the week's last day has focus");
    await page.keyboard.press("PageDown");
    await page.getByRole("grid", { name: "April 2027" }).waitFor();
    await waitUntil(() => isFocused(day(/^Tuesday 13 April 2027/)), "a month later has focus");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("Home");
    await waitUntil(() => isFocused(day(/^Sunday 7 March 2027/)), "the week's first day");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowUp");
    await waitUntil(() => isFocused(day(/^Monday 1 March 2027/)), "back on 1 March");
    expect(await page.locator('[role="gridcell"][tabindex="0"]').count()).toBe(1);
  });

  it("adds a holiday inside a task from the grid, and the task finishes a working day later", async () => {
    await page.goto(`${projectPath}/plan`);
    await waitUntil(async () => (await finishOf("Build")) === "3 Mar 27 17:00", "Build ends Wed");
    await page.goto(`${projectPath}/plan/calendars`);
    await day(/^Monday 1 March 2027/).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Add exception" });
    expect(await dialog.getByLabel("From").inputValue()).toBe("2027-03-02");
    await page.keyboard.type("Founders' day");
    await dialog.getByRole("button", { name: "Add and reschedule" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(/Add exception Founders' day: saved\. The plan was rescheduled/).waitFor();
    await dayCalled(
      "Tuesday 2 March 2027",
      "Exception,\\s*Non-working\\s*,\\s*Founders' day$",
    ).waitFor();
    const [standard] = (await calendars()).items;
    expect(standard?.exceptions).toEqual([
      expect.objectContaining({ name: "Founders' day", fromDate: "2027-03-02", working: false }),
    ]);

    await page.getByRole("link", { name: "Plan", exact: true }).click();
    await waitUntil(async () => (await finishOf("Build")) === "4 Mar 27 17:00", "Build ends Thu");
  });

  it("changes working hours with the error beside the field, and refuses a stale save", async () => {
    await page.goto(`${projectPath}/plan/calendars`);
    const friday = page.getByLabel("Friday working hours");
    await friday.fill("08:00–12:00, 11:00–15:00");
    await page.getByText('"11:00–15:00" overlaps or comes before the range before it').waitFor();
    const save = page.getByRole("button", { name: "Save working week and reschedule" });
    expect(await save.isDisabled()).toBe(true);
    await friday.fill("08:00–12:00");

    // A colleague renames the calendar meanwhile: this page's copy is now stale.
    const [standard] = (await calendars()).items;
    if (!standard) throw new Error("no Standard calendar");
    await orrery.api.send(
      CalendarChange,
      "PATCH",
      `${apiPath}/calendars/${standard.uid}`,
      { name: "Office" },
      standard.version,
    );
    await save.click();
    await page.getByText("Not saved: someone else changed this calendar").waitFor();
    await page.getByRole("heading", { name: "Office" }).waitFor();
    const [after] = (await calendars()).items;
    expect(after?.weekDays.find((d) => d.day === 5)?.workingTimes).toHaveLength(2);
  });

  it("gives a task its own calendar from the plan grid, undoably", async () => {
    await orrery.api.send(CalendarChange, "POST", `${apiPath}/calendars`, {
      name: "Night shift",
      baseCalendarUid: 1,
      weekDays: [1, 2, 3, 4, 5].map((d) => ({
        day: d,
        working: true,
        workingTimes: [{ fromMinuteOfDay: 1200, toMinuteOfDay: 1440 }],
      })),
    });
    await page.goto(`${projectPath}/plan`);
    await rowOf("Review")
      .getByRole("button", { name: /^Calendar of Review/ })
      .click();
    await page.getByRole("textbox", { name: "Calendar of Review" }).fill("night shift");
    await page.keyboard.press("Enter");
    await rowOf("Review").getByText("Night shift").waitFor();
    const review = async () =>
      (
        await orrery.api.send(
          z.object({
            items: z.array(z.object({ uid: z.number(), calendarUid: z.number().nullable() })),
          }),
          "GET",
          `${apiPath}/tasks`,
        )
      ).items.find((t) => t.uid === 2);
    expect((await review())?.calendarUid).toBe(2);
    await page.getByRole("button", { name: /^Undo/ }).click();
    await waitUntil(async () => (await review())?.calendarUid === null, "Undo restores it");
  });

  it("is accessible (axe)", async () => {
    await page.goto(`${projectPath}/plan/calendars`);
    await page.getByRole("grid").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole("tab", { name: /Exceptions/ }).click();
    await page.getByRole("table", { name: "Exceptions" }).waitFor();
    const onExceptions = await seriousViolations(page);
    expect(onExceptions, describeViolations(onExceptions)).toEqual([]);
  });
});
