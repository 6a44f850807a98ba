import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { launchBrowser, newContext, signIn, submitSignIn } from "./browser.js";
import { type FreshServer, startFreshServer } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 90_000 });

// One fresh install for the whole file: the steps follow the first administrator's first day.
let server: FreshServer;
let browser: Browser;
let page: Page;

const admin = {
  name: "Grace Hopper",
  email: "grace@example.test",
  password: "first-day-at-the-pmo",
};
const newPassword = "a-better-password-now";

beforeAll(async () => {
  [server, browser] = await Promise.all([startFreshServer(), launchBrowser()]);
  const context = await newContext(browser, { baseURL: server.url });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signOutFromUserMenu() {
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

describe("a fresh install", () => {
  it("sends its first visitor to the setup page, which asks for the console's link", async () => {
    await page.goto("/");
    await page.waitForURL("**/setup");
    await page.getByText("Open the setup link").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it("creates the first administrator from the setup link, checking the fields first", async () => {
    await page.goto(server.setupPath);
    await page.getByRole("button", { name: "Create administrator and start" }).waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByLabel(/^Your name/).fill(admin.name);
    await page.getByLabel(/^E-mail/).fill("grace");
    await page.getByLabel(/^Password/).fill("short");
    await page.getByLabel(/^Organisation/).fill("Acme PMO");
    await page.getByRole("button", { name: "Create administrator and start" }).click();
    await page.getByText("E-mail must be an e-mail address").waitFor();
    await page.getByText("Password must be at least 10 characters").waitFor();

    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole("button", { name: "Create administrator and start" }).click();
    await page.waitForURL("**/orgs/acme-pmo/projects");
    await page.getByText("No projects yet").waitFor();
    expect(await page.getByRole("button", { name: /^Organisation: Acme PMO/ }).isVisible()).toBe(
      true,
    );
  });

  it("refuses the setup link a second time", async () => {
    await page.goto(server.setupPath);
    await page.getByRole("heading", { name: "Orrery is set up" }).waitFor();
  });
});

describe("signing in and out", () => {
  it("signs out and back in, with a clear message for a wrong password", async () => {
    await page.goto("/");
    await signOutFromUserMenu();

    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByRole("alert")
      .getByText("The e-mail address or password is not right.")
      .waitFor();

    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/orgs/acme-pmo/projects");
  });

  it("returns to the page asked for after signing in", async () => {
    await signOutFromUserMenu();
    await page.goto("/tokens");
    await page.waitForURL("**/sign-in?redirect=*");
    await submitSignIn(page, admin.email, admin.password);
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/tokens");
  });
});

describe("changing one's password", () => {
  it("checks the confirmation, then changes the password for the next sign-in", async () => {
    await page.goto("/account");
    await page.getByLabel(/^Current password/).fill(admin.password);
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Confirm new password/).fill("something-else-entirely");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Confirmation does not match the new password").waitFor();

    await page.getByLabel(/^Confirm new password/).fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.").waitFor();

    await signOutFromUserMenu();
    await page.getByLabel(/^E-mail/).fill(admin.email);
    await page.getByLabel(/^Password/).fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await signIn(page, admin.email, newPassword);
  });

  it("says so when the current password is wrong", async () => {
    await page.goto("/account");
    await page.getByLabel(/^Current password/).fill("not-my-password");
    await page.getByLabel(/^New password/).fill("yet-another-password");
    await page.getByLabel(/^Confirm new password/).fill("yet-another-password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Current password is not right").waitFor();
  });
});
