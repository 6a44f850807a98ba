import { createPerson } from "@orrery/server/testing/test-people";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { newContext, signIn } from "./browser.js";
import { adminBrowser, type Orrery, type Person, startOrrery } from "./orrery-fixture.js";
import { PORTFOLIO } from "./seed-data.js";
import { waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 90_000 });

let orrery: Orrery;
let admin: Person;
let page: Page;

beforeAll(async () => {
  orrery = await startOrrery();
  const erp = PORTFOLIO.find((p) => p.key === "ERP");
  if (erp) await orrery.api.createProject(orrery.org, erp);
  await orrery.api.addMember(orrery.org, "sofia.jansen@example.com", "Sofia Jansen", "pmo_manager");
  admin = await adminBrowser(orrery);
  page = admin.page;
});

afterAll(async () => {
  await orrery?.close();
});

describe("inviting a member", () => {
  it("shows the invitation link once; with it the invitee chooses a password and is signed in", async () => {
    await page.goto(`/orgs/${orrery.org}/members`);
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a member" });
    await dialog.getByLabel(/^E-mail/).fill("linus@example.test");
    await dialog.getByLabel(/^Name/).fill("Linus Torvalds");
    await dialog.getByRole("combobox", { name: /^Role/ }).click();
    await page.getByRole("option", { name: "Project manager" }).click();
    await dialog.getByRole("button", { name: "Invite" }).click();

    const link = dialog.getByRole("textbox", { name: "Invitation link" });
    await link.waitFor();
    await dialog.getByRole("button", { name: "Copy" }).waitFor();
    const inviteUrl = new URL(await link.inputValue());
    await dialog.getByRole("button", { name: "Done" }).click();
    await page.getByRole("row", { name: /Linus Torvalds/ }).waitFor();

    const invitee = await newContext(orrery.browser, { baseURL: orrery.server.url });
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(`${inviteUrl.pathname}${inviteUrl.search}`);
    await inviteePage.getByRole("heading", { name: `Join ${orrery.server.org.name}` }).waitFor();
    await inviteePage.getByText("You are invited as Project manager").waitFor();
    expect(await inviteePage.getByLabel(/^Your name/).inputValue()).toBe("Linus Torvalds");
    await inviteePage.getByLabel(/^Password/).fill("penguins-on-ice");
    await inviteePage.getByRole("button", { name: "Join and sign in" }).click();
    await inviteePage.getByRole("heading", { name: "Projects" }).waitFor();

    // A project manager may create projects but not read the audit log: the UI shows just that.
    await inviteePage.getByRole("button", { name: "New project" }).waitFor();
    const nav = inviteePage.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Audit log" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Members" }).count()).toBe(1);
    await invitee.close();
  });

  it("marks a member who has not joined, and replaces their lost link with one that works", async () => {
    await page.goto(`/orgs/${orrery.org}/members`);
    const row = page.getByRole("row", { name: /Sofia Jansen/ });
    await row.getByText("Invited", { exact: true }).waitFor();
    await row.getByRole("button", { name: "New invitation link for Sofia Jansen" }).click();
    const dialog = page.getByRole("dialog", { name: "New invitation link for Sofia Jansen" });
    await dialog.getByText(/stops working at once/).waitFor();
    await dialog.getByRole("button", { name: "Create new link" }).click();
    const link = dialog.getByRole("textbox", { name: "Invitation link" });
    await link.waitFor();
    const inviteUrl = new URL(await link.inputValue());
    await dialog.getByRole("button", { name: "Done" }).click();

    const invitee = await newContext(orrery.browser, { baseURL: orrery.server.url });
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(`${inviteUrl.pathname}${inviteUrl.search}`);
    await inviteePage.getByText("You are invited as PMO manager").waitFor();
    await invitee.close();
  });

  it("changes a member's role and removes a member", async () => {
    await page.goto(`/orgs/${orrery.org}/members`);
    const row = page.getByRole("row", { name: /Linus Torvalds/ });
    await row.getByRole("combobox", { name: "Role of Linus Torvalds" }).click();
    await page.getByRole("option", { name: "Team member" }).click();
    await waitUntil(
      async () => (await row.getByRole("combobox").inputValue()) === "Team member",
      "the new role shows",
    );

    await row.getByRole("button", { name: /^Remove Linus Torvalds/ }).click();
    const dialog = page.getByRole("dialog", { name: "Remove Linus Torvalds?" });
    await dialog.getByRole("button", { name: "Remove member" }).click();
    await row.waitFor({ state: "detached" });
  });

  it("refuses a used invitation link with an explanation", async () => {
    await page.goto("/invite?token=not-a-real-invitation");
    await page.getByRole("heading", { name: "This invitation is no longer valid" }).waitFor();
  });
});

describe("project members", () => {
  it("adds a person to a project, changes their project role and removes them", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page.getByRole("link", { name: "ERP rollout wave 2" }).click();
    await page.getByRole("heading", { name: "Project members" }).waitFor();
    await page.getByRole("combobox", { name: /^Add a member/ }).click();
    await page.getByRole("option", { name: "Sofia Jansen" }).click();
    await page.getByRole("button", { name: "Add", exact: true }).click();
    const row = page.getByRole("row", { name: /Sofia Jansen/ });
    await row.waitFor();

    await row.getByRole("combobox", { name: "Project role of Sofia Jansen" }).click();
    await page.getByRole("option", { name: "Viewer" }).click();
    await waitUntil(
      async () => (await row.getByRole("combobox").inputValue()) === "Viewer",
      "the new project role shows",
    );

    await row.getByRole("button", { name: "Remove Sofia Jansen from the project" }).click();
    await row.waitFor({ state: "detached" });
  });
});

describe("API tokens", () => {
  it("shows a new token's secret once, and the secret works until revoked", async () => {
    await page.goto("/tokens");
    await page.getByRole("button", { name: "New token" }).click();
    const dialog = page.getByRole("dialog", { name: "New API token" });
    await dialog.getByLabel(/^Name/).fill("Nightly export");
    await dialog.getByRole("radiogroup").getByText("Read only").click();
    await dialog.getByRole("button", { name: "Create token" }).click();
    const secretBox = dialog.getByRole("textbox", { name: "API token" });
    await secretBox.waitFor();
    const secret = await secretBox.inputValue();
    expect(secret).toMatch(/^orr_/);

    const me = () =>
      fetch(`${orrery.server.url}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await me()).status).toBe(200);

    await dialog.getByRole("button", { name: "Done" }).click();
    const row = page.getByRole("row", { name: /Nightly export/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Read only");
    expect(await page.content()).not.toContain(secret);

    await row.getByRole("button", { name: "Revoke Nightly export" }).click();
    await page
      .getByRole("dialog", { name: "Revoke Nightly export?" })
      .getByRole("button", { name: "Revoke token" })
      .click();
    await row.waitFor({ state: "detached" });
    expect((await me()).status).toBe(401);
  });
});

describe("the audit log", () => {
  it("shows who changed a project and each field as before and after", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page.getByRole("link", { name: "ERP rollout wave 2" }).click();
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: /^Edit ERP/ });
    await dialog.getByRole("combobox", { name: /^Status/ }).click();
    await page.getByRole("option", { name: "On hold" }).click();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.waitFor({ state: "hidden" });

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Audit log" })
      .click();
    const entry = page
      .getByRole("listitem")
      .filter({ hasText: "changed project ERP · ERP rollout wave 2" });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("Ada Admin");
    const statusRow = entry.getByRole("row", { name: /Status/ });
    expect(await statusRow.textContent()).toMatch(/Active.*On hold/);

    await page.getByRole("combobox", { name: "Kind of change" }).click();
    await page.getByRole("option", { name: "Member", exact: true }).click();
    await page.waitForURL(/entityType=member/);
    await page.getByRole("listitem").filter({ hasText: "added member Linus Torvalds" }).waitFor();
    await waitUntil(
      async () =>
        (await page.getByRole("listitem").filter({ hasText: "changed project" }).count()) === 0,
      "project changes are filtered out",
    );
  });
});

describe("long project lists", () => {
  it("loads the next page on request, keeping the rows already shown", async () => {
    for (let n = 1; n <= 55; n++) {
      const number = String(n).padStart(2, "0");
      await orrery.api.createProject(orrery.org, {
        key: `BULK${number}`,
        name: `Bulk import ${number}`,
      });
    }
    await page.goto(`/orgs/${orrery.org}/projects`);
    const rows = page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
    await page.getByText("First 50 projects", { exact: true }).waitFor();
    expect(await rows.count()).toBe(50);
    await page.getByRole("button", { name: "Load more" }).click();
    await page.getByText("56 projects", { exact: true }).waitFor();
    expect(await rows.count()).toBe(56);
    expect(await page.getByRole("button", { name: "Load more" }).count()).toBe(0);
  });
});

describe("organisations", () => {
  it("creates an organisation from the switcher and switches back", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page.getByRole("button", { name: /^Organisation:/ }).click();
    await page.getByRole("menuitem", { name: "Create organisation…" }).click();
    const dialog = page.getByRole("dialog", { name: "Create an organisation" });
    await dialog.getByLabel(/^Name/).fill("Moonshot Programme");
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL("**/orgs/moonshot-programme/projects");
    await page.getByText("No projects yet").waitFor();

    await page.getByRole("button", { name: /^Organisation: Moonshot Programme/ }).click();
    await page.getByRole("menuitem", { name: new RegExp(orrery.server.org.name) }).click();
    await page.waitForURL(`**/orgs/${orrery.org}/projects`);
  });

  it("renames the organisation, checking the name first", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Organisation" })
      .click();
    const name = page.getByLabel(/^Name/);
    await name.fill("");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText("Name is required").waitFor();
    await name.fill("Renamed Works");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText("The organisation is now Renamed Works.").waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByText("Renamed Works").waitFor();
    expect(page.url()).toContain(`/orgs/${orrery.org}/settings`);
  });

  it("welcomes someone who belongs to no organisation and lets them start one", async () => {
    const person = await createPerson(orrery.server.url, orrery.server.admin.token, orrery.org, {
      role: "team_member",
      name: "Margaret Hamilton",
    });
    await orrery.api.removeMember(orrery.org, person.userId);

    const context = await newContext(orrery.browser, { baseURL: orrery.server.url });
    const newcomer = await context.newPage();
    await signIn(newcomer, person.email, person.password);
    await newcomer.getByRole("heading", { name: "Welcome to Orrery" }).waitFor();
    const violations = await seriousViolations(newcomer);
    expect(violations, describeViolations(violations)).toEqual([]);

    await newcomer.getByLabel(/^Name/).fill("Apollo Guidance");
    await newcomer.getByRole("button", { name: "Create organisation" }).click();
    await newcomer.waitForURL("**/orgs/apollo-guidance/projects");
    await context.close();
  });
});

describe("the API documentation", () => {
  it("renders every operation under the app's Content-Security-Policy", async () => {
    const refused: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === "error") refused.push(message.text());
    };
    page.on("console", onConsole);
    try {
      await page.goto("/api/docs/");
      await page.getByRole("heading", { name: /Orrery API/ }).waitFor();
      await page.getByText("/api/v1/orgs/{org}/projects/{id}", { exact: true }).first().waitFor();
      expect(refused).toEqual([]);
    } finally {
      page.off("console", onConsole);
    }
  });
});
