import { Project } from "@orrery/contracts/projects";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { apiClient } from "@orrery/server/testing/api-client";
import type { TestPerson } from "@orrery/server/testing/test-people";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { type Orrery, personBrowser, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let orrery: Orrery;
let managerPerson: TestPerson;
let manager: Page;
let reviewer: Page;
let project: Project;

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  orrery = await startOrrery();
  const admin = apiClient(orrery.server.url, { token: orrery.server.admin.token });
  const org = `/api/v1/orgs/${orrery.org}`;
  const template = LifecycleTemplate.parse(
    (
      await admin.post(`${org}/templates`, {
        name: "Quick gates",
        methodology: "waterfall",
        phases: [
          { name: "Define", gate: { name: "Go", reviewerRoles: ["executive"] } },
          { name: "Deliver", gate: { name: "Done", reviewerRoles: ["executive"] } },
        ],
      })
    ).body,
  );
  const [pm, exec] = await Promise.all([
    personBrowser(orrery, "project_manager", "Morgan Manager"),
    personBrowser(orrery, "executive", "Eve Executive"),
  ]);
  managerPerson = pm.person;
  manager = pm.page;
  reviewer = exec.page;
  project = Project.parse(
    (
      await apiClient(orrery.server.url, { token: managerPerson.token }).post(`${org}/projects`, {
        key: "BELL",
        name: "Bell rollout",
        templateId: template.id,
      })
    ).body,
  );
});

afterAll(async () => {
  await orrery?.close();
});

describe("notifications", () => {
  it("shows an empty bell and notification centre before anything happens", async () => {
    await reviewer.goto(`/orgs/${orrery.org}/notifications`);
    await reviewer.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
    await reviewer.getByText("No notifications yet").waitFor();
    await reviewer.getByRole("button", { name: "Notifications: none unread" }).waitFor();
    await expectAccessible(reviewer);
  });

  it("rings the reviewer's bell when a project manager requests a gate, and leads to the review", async () => {
    await reviewer.goto(`/orgs/${orrery.org}/projects`);
    await reviewer.getByRole("button", { name: "Notifications: none unread" }).waitFor();

    await manager.goto(`/orgs/${orrery.org}/projects/${project.key}/lifecycle`);
    const request = manager.getByRole("form", { name: "Request gate review" });
    await request.getByLabel(/^Note/).fill("Ready for the board.");
    await request.getByRole("button", { name: "Request review" }).click();
    await manager.getByRole("heading", { name: "Gate 1 review: Go" }).waitFor();

    // No reload: the live event updates the bell.
    const bell = reviewer.getByRole("button", { name: "Notifications: 1 unread" });
    await bell.click();
    const popover = reviewer.getByRole("dialog", { name: "Notifications" });
    const link = popover.getByRole("link", {
      name: "Unread: Gate review requested: BELL gate 1 Go",
    });
    await link.waitFor();
    await expectAccessible(reviewer);
    await link.click();
    await reviewer.getByRole("heading", { name: "Gate 1 review: Go" }).waitFor();
    await reviewer.getByRole("button", { name: "Notifications: none unread" }).waitFor();
  });

  it("lets a person turn off e-mail and in-app notifications per kind", async () => {
    await reviewer.goto("/account");
    const table = reviewer.getByRole("table", { name: /^Notifications in / });
    await table.waitFor();
    // The test server has no SMTP server: e-mail switches are off limits, and the page says why.
    await reviewer.getByText("E-mail is off on this server").waitFor();
    expect(
      await table
        .getByRole("switch", { name: "Gate review requested of me: by e-mail" })
        .isDisabled(),
    ).toBe(true);
    const inApp = table.getByRole("switch", { name: "Gate decided on my project: in the app" });
    expect(await inApp.isChecked()).toBe(true);
    await inApp.click({ force: true });
    await expect.poll(() => inApp.isChecked()).toBe(false);
    await expectAccessible(reviewer);
    await reviewer.reload();
    await table.waitFor();
    expect(
      await table
        .getByRole("switch", { name: "Gate decided on my project: in the app" })
        .isChecked(),
    ).toBe(false);
  });
});
