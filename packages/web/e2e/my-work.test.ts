import type { Project } from "@orrery/contracts/projects";
import { ResourceChange } from "@orrery/contracts/resources";
import { createPerson, type TestPerson } from "@orrery/server/testing/test-people";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { newContext, PHONE, scrollsSideways, signIn } from "./browser.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";
import { isFocused, waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const DAY = 480;

let orrery: Orrery;
let project: Project;
let member: Page;
let tess: TestPerson;

beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  project = await api.createProject(org, {
    key: "APO",
    name: "Apollo",
    plannedStart: "2030-03-04",
  });
  // Tess only views the project: being assigned is what lets her record progress.
  tess = await createPerson(orrery.server.url, orrery.server.admin.token, org, {
    role: "team_member",
    name: "Tess Ortega",
  });
  await api.addProjectMember(org, project.id, tess.userId, "viewer");
  await api.editPlan(org, project.id, [
    { op: "create", task: { uid: 1, name: "Design review", durationMinutes: 2 * DAY } },
    { op: "create", task: { uid: 2, name: "Build", durationMinutes: 3 * DAY } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
  ]);
  const plan = `/api/v1/orgs/${org}/projects/${project.id}`;
  await api.send(ResourceChange, "POST", `${plan}/resources`, {
    name: "Tess",
    userId: tess.userId,
  });
  await api.send(z.unknown(), "PUT", `${plan}/tasks/1/assignments`, {
    assignments: [{ resourceUid: 1 }],
  });
  const context = await newContext(orrery.browser, { baseURL: orrery.server.url });
  context.setDefaultTimeout(10_000);
  member = await context.newPage();
  await signIn(member, tess.email, tess.password);
});

afterAll(async () => {
  await orrery?.close();
});

describe("My work", () => {
  it("shows a team member the tasks assigned to them, with no accessibility problems", async () => {
    await member.goto(`/orgs/${orrery.org}/projects`);
    const nav = member.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "My work" }).click();
    await member.getByRole("heading", { name: "My work" }).waitFor();
    const item = member.getByRole("listitem", { name: "Design review" });
    await item.waitFor();
    await item.getByText("Apollo").waitFor();
    expect(await member.getByRole("listitem", { name: "Build" }).count()).toBe(0);
    const violations = await seriousViolations(member);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("records 50 % and an actual start, and the project manager's plan shows it", async () => {
    const item = member.getByRole("listitem", { name: "Design review" });
    await item.getByRole("button", { name: "Record progress on Design review" }).click();
    const form = item.getByRole("form", { name: "Progress on Design review" });
    await form.getByLabel("% complete").fill("50");
    await form.getByLabel("Actual start").fill("2030-03-05");
    const violations = await seriousViolations(member);
    expect(violations, describeViolations(violations)).toEqual([]);
    await form.getByRole("button", { name: "Save progress" }).click();
    await form.waitFor({ state: "detached" });
    const reopen = item.getByRole("button", { name: "Record progress on Design review" });
    await waitUntil(() => isFocused(reopen), "the keyboard is back on Record progress");
    await item.getByText("50% complete").waitFor();
    await item.getByText("started 5 Mar 30").waitFor();

    const manager = await adminBrowser(orrery);
    await manager.page.goto(`/orgs/${orrery.org}/projects/${project.id}/plan`);
    const row = manager.page.getByRole("row", { name: /Design review/ });
    await row.getByText("50%").waitFor();
    await row.getByRole("cell", { name: "Tess", exact: true }).waitFor();
    // Starting a day late moved the task.
    expect(await row.getByRole("cell").nth(4).getAttribute("title")).toBe("5 Mar 30 08:00");
    await manager.page.getByRole("button", { name: "Resources" }).click();
    const dialog = manager.page.getByRole("dialog", { name: "Resources" });
    const mapped = dialog.getByRole("combobox", { name: "Member for Tess" });
    await waitUntil(async () => (await mapped.inputValue()) === "Tess Ortega", "Tess is mapped");
    await manager.context.close();
  });

  it("fits a 390 px phone in dark mode, with the progress form open", async () => {
    const context = await newContext(orrery.browser, {
      baseURL: orrery.server.url,
      viewport: PHONE,
      colorScheme: "dark",
    });
    context.setDefaultTimeout(10_000);
    const phone = await context.newPage();
    await signIn(phone, tess.email, tess.password);
    await phone.goto(`/orgs/${orrery.org}/my-work`);
    const item = phone.getByRole("listitem", { name: "Design review" });
    await item.getByRole("button", { name: "Record progress on Design review" }).click();
    await item.getByRole("form", { name: "Progress on Design review" }).waitFor();
    expect(await scrollsSideways(phone)).toBe(false);
    const violations = await seriousViolations(phone);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});
