import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

let orrery: Orrery;
let page: Page;
let closingPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const closing = await orrery.api.createProject(orrery.org, {
    key: "PAY",
    name: "Payroll system migration",
    description: "Move payroll to the new HR platform",
  });
  closingPath = `/orgs/${orrery.org}/projects/${closing.id}`;
  page = (await adminBrowser(orrery)).page;
});

afterAll(async () => {
  await orrery?.close();
});

async function expectAccessible() {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe("lessons learned", () => {
  it("opens a project's lessons from its overview and says what to do when there are none", async () => {
    await page.goto(closingPath);
    await page.getByRole("link", { name: "Lessons" }).click();
    await page
      .getByRole("heading", { name: "Lessons learned · Payroll system migration" })
      .waitFor();
    await page.getByText("No lessons recorded yet").waitFor();
    await expectAccessible();
  });

  it("names the missing fields, then records a lesson", async () => {
    await page.goto(`${closingPath}/lessons`);
    await page.getByRole("button", { name: "Record lesson" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New lesson" });
    await dialog.getByRole("button", { name: "Record lesson" }).click();
    await dialog.getByText("Recommendation is required").waitFor();
    await dialog
      .getByRole("textbox", { name: /^Title/ })
      .fill("Freeze payroll changes a cycle ahead");
    await dialog
      .getByRole("textbox", { name: /^What happened/ })
      .fill("A late pay-rule change broke the parallel run.");
    await dialog
      .getByRole("textbox", { name: /^Recommendation/ })
      .fill("Freeze pay rules one payroll cycle before go-live.");
    await dialog.getByRole("button", { name: "Record lesson" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("article", { name: "Freeze payroll changes a cycle ahead" }).waitFor();
  });

  it("turns the post-project review's observations into lessons at close", async () => {
    await page.goto(`${closingPath}/review`);
    await page.getByRole("heading", { name: "Observations" }).waitFor();
    await expectAccessible();
    await page
      .getByRole("textbox", { name: /^What to improve/ })
      .fill("Payroll cutover rehearsals started too late; rehearse the cutover twice.");
    await page.getByRole("button", { name: "Save review" }).click();
    await page.getByText("Review saved.").waitFor();
    // By keyboard: the "Review saved." notification covers the button's corner for a while.
    await page.getByRole("button", { name: "Turn 1 observation into lessons" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("1 lesson recorded from the review.").waitFor();
    await page.goto(`${closingPath}/lessons`);
    await page
      .getByRole("article", {
        name: "Payroll cutover rehearsals started too late; rehearse the cutover twice.",
      })
      .getByText("At close")
      .waitFor();
  });

  it("suggests the lesson recorded at close when a similar project starts", async () => {
    const next = await orrery.api.createProject(orrery.org, {
      key: "PAY2",
      name: "Payroll cutover for the subsidiaries",
    });
    await page.goto(`/orgs/${orrery.org}/projects/${next.id}`);
    const suggestions = page.getByRole("region", { name: "Lessons from past projects" });
    await suggestions
      .getByRole("article", { name: /Payroll cutover rehearsals started too late/ })
      .waitFor();
    await suggestions
      .getByRole("link", { name: "PAY · Payroll system migration" })
      .first()
      .waitFor();
    await expectAccessible();
  });

  it("suggests past lessons next to a risk being recorded", async () => {
    const other = await orrery.api.createProject(orrery.org, { key: "HRX", name: "HR portal" });
    await page.goto(`/orgs/${orrery.org}/projects/${other.id}/raid`);
    await page.getByRole("button", { name: "Record risk" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New risk" });
    await dialog
      .getByRole("textbox", { name: /^Title/ })
      .fill("Pay rules change during the parallel run");
    await dialog
      .getByRole("region", { name: "Lessons from past projects" })
      .getByRole("article", { name: "Freeze payroll changes a cycle ahead" })
      .waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });

  it("searches the knowledge base with the matched words marked", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    const link = page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Knowledge base" });
    expect(await link.getAttribute("href")).toBe(`/orgs/${orrery.org}/lessons`);
    // Loaded afresh rather than clicked, as in the RAID test: the hovered active link is tinted.
    await page.goto(`/orgs/${orrery.org}/lessons`);
    await page.getByRole("heading", { name: "Knowledge base" }).waitFor();
    await page.getByRole("textbox", { name: "Search" }).fill("rehearsals");
    const best = page.getByRole("article").first();
    await best.getByRole("heading", { name: /Payroll cutover rehearsals/ }).waitFor();
    expect(await best.locator("mark").first().textContent()).toMatch(/^rehearsals?$/i);
    await expectAccessible();
    await page.getByRole("textbox", { name: "Search" }).fill("zebra crossing");
    await page.getByText("No lessons match").waitFor();
    await page.getByRole("button", { name: "Clear search" }).click();
    await page.getByRole("article", { name: "Freeze payroll changes a cycle ahead" }).waitFor();
  });
});
