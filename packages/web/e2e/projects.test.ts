import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import type { Page as BrowserPage, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adminBrowser, type Orrery, type Person, startOrrery } from "./orrery-fixture.js";
import { PORTFOLIO } from "./seed-data.js";
import { isFocused, waitForCount, waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 90_000 });

let orrery: Orrery;
let admin: Person;
let page: BrowserPage;

beforeAll(async () => {
  orrery = await startOrrery();
  for (const project of PORTFOLIO) await orrery.api.createProject(orrery.org, project);
  admin = await adminBrowser(orrery);
  page = admin.page;
});

afterAll(async () => {
  await orrery?.close();
});

const projectsPath = () => `/orgs/${orrery.org}/projects`;

/** The table's data rows (the header row is in the first row group). */
function projectRows(on: BrowserPage = page): Locator {
  return on.getByRole("table").getByRole("rowgroup").nth(1).getByRole("row");
}

async function keysInOrder(): Promise<string[]> {
  return projectRows().evaluateAll((rows) =>
    rows.map((row) => row.querySelector("td")?.textContent ?? ""),
  );
}

async function openProjectList() {
  await page.goto(projectsPath());
  await page.getByRole("heading", { name: "Projects" }).waitFor();
  await projectRows().first().waitFor();
}

/** The project as the server has it now, read with the administrator's token. */
async function projectByKey(key: string): Promise<Project> {
  const path = `/api/v1/orgs/${orrery.org}/projects?archived=all&limit=500`;
  const page = await orrery.api.send(Page(Project), "GET", path);
  const project = page.items.find((p) => p.key === key);
  if (!project) throw new Error(`no project ${key}`);
  return project;
}

describe("creating a project", () => {
  it("shows what is wrong next to each field, then creates the project once fixed", async () => {
    await openProjectList();
    await page.getByRole("button", { name: "New project" }).click();
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel(/^Key/).fill("1x");
    await dialog.getByLabel(/^Name/).fill("");
    await dialog.getByRole("button", { name: "Create project" }).click();
    await dialog.getByText("Key must be 2–10 letters or digits, starting with a letter").waitFor();
    await dialog.getByText("Name is required").waitFor();
    expect(await dialog.getByLabel(/^Key/).getAttribute("aria-invalid")).toBe("true");

    await dialog.getByLabel(/^Key/).fill("pmo");
    await dialog.getByLabel(/^Name/).fill("PMO office setup");
    await dialog.getByLabel(/^Budget/).fill("1500.5");
    await dialog.getByRole("button", { name: "Create project" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = page.getByRole("row", { name: /PMO office setup/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("€1,500.50");
  });

  it("puts the server's refusal of a taken key on the key field", async () => {
    await page.getByRole("button", { name: "New project" }).click();
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel(/^Key/).fill("ERP");
    await dialog.getByLabel(/^Name/).fill("A second ERP");
    await dialog.getByRole("button", { name: "Create project" }).click();
    await dialog.getByText("Key is already used by another project").waitFor();
    expect(await dialog.getByLabel(/^Key/).getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
  });
});

describe("finding projects", () => {
  it("sorts by a column header, both ways, and says so to screen readers", async () => {
    await openProjectList();
    const keyHeader = page.getByRole("columnheader", { name: /Key/ });
    await keyHeader.getByRole("button").click();
    await page.waitForURL(/sort=key/);
    await waitUntil(async () => (await keysInOrder())[0] === "BI", "the first key is BI");
    expect(await keyHeader.getAttribute("aria-sort")).toBe("ascending");

    await keyHeader.getByRole("button").click();
    await page.waitForURL(/sort=-key/);
    await waitUntil(async () => (await keysInOrder())[0] === "WMS", "the first key is WMS");
    expect(await keyHeader.getAttribute("aria-sort")).toBe("descending");
  });

  it("filters by status and keeps the filter in the URL", async () => {
    await openProjectList();
    await page.getByRole("combobox", { name: "Filter by status" }).click();
    await page.getByRole("option", { name: "Active" }).click();
    await page.keyboard.press("Escape");
    await page.waitForURL(/status=active/);
    await waitForCount(projectRows(), 3);
    for (const text of await projectRows().allTextContents()) expect(text).toContain("Active");
  });

  it("searches as one types, debounced into a URL that survives a reload", async () => {
    await openProjectList();
    await page.getByLabel("Search projects").fill("privacy");
    await page.waitForURL(/q=privacy/);
    await waitForCount(projectRows(), 1);
    await page.reload();
    await waitForCount(projectRows(), 1);
    expect(await page.getByLabel("Search projects").inputValue()).toBe("privacy");
    expect(await projectRows().first().textContent()).toContain("Privacy programme 2027");
  });

  it("says when nothing matches and clears the filters on request", async () => {
    await page.goto(`${projectsPath()}?q=no-such-project`);
    await page.getByText("No projects match these filters").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await projectRows().first().waitFor();
    expect(new URL(page.url()).search).toBe("");
  });
});

describe("editing a project", () => {
  it("tells the editor someone else changed it meanwhile, and reloads their version", async () => {
    const erp = await projectByKey("ERP");
    await page.goto(`${projectsPath()}/${erp.id}`);
    await page.getByRole("heading", { name: "ERP rollout wave 2" }).waitFor();
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: /^Edit ERP/ });
    await dialog.getByLabel(/^Name/).fill("ERP rollout, wave two");

    // A colleague saves a change to the same project while the dialog is open.
    await orrery.api.updateProject(orrery.org, erp, { description: "Scope agreed with finance." });

    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.getByText("Someone else changed this").waitFor();
    await dialog.getByRole("button", { name: "Reload latest version" }).click();
    await waitUntil(
      async () =>
        (await dialog.getByLabel(/^Description/).inputValue()) === "Scope agreed with finance.",
      "the form shows the colleague's description",
    );
    expect(await dialog.getByLabel(/^Name/).inputValue()).toBe("ERP rollout wave 2");

    await dialog.getByLabel(/^Name/).fill("ERP rollout, wave two");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByRole("heading", { name: "ERP rollout, wave two" }).waitFor();
    await page.getByText("Scope agreed with finance.").waitFor();
  });
});

describe("archiving and deleting", () => {
  it("archives a project out of the list and restores it from the archive", async () => {
    await openProjectList();
    const row = page.getByRole("row", { name: /HR self-service portal/ });
    await row.getByRole("button", { name: /^Actions for HR/ }).click();
    await page.getByRole("menuitem", { name: "Archive" }).click();
    await row.waitFor({ state: "detached" });

    // The radio itself is visually hidden; people click its label.
    await page
      .getByRole("radiogroup", { name: "Show archived projects" })
      .getByText("Archived")
      .click();
    await page.waitForURL(/archived=true/);
    await page.getByRole("link", { name: "HR self-service portal" }).click();
    await page.getByText("This project is archived").waitFor();
    await page.getByRole("button", { name: "Restore project" }).click();
    await page.getByText("This project is archived").waitFor({ state: "detached" });
    expect((await projectByKey("HR")).archived).toBe(false);
  });

  it("deletes a project after confirmation and returns to the list", async () => {
    const bi = await projectByKey("BI");
    await page.goto(`${projectsPath()}/${bi.id}`);
    await page.getByRole("button", { name: /^Actions for BI/ }).click();
    await page.getByRole("menuitem", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog", { name: /^Delete BI/ });
    await dialog.getByRole("button", { name: "Delete project" }).click();
    await page.waitForURL((url) => url.pathname === projectsPath());
    await projectRows().first().waitFor();
    expect(await page.getByRole("row", { name: /Self-service BI/ }).count()).toBe(0);
    await expect(projectByKey("BI")).rejects.toThrow("no project BI");
  });
});

describe("live updates", () => {
  it("shows a project created in another browser without reloading", async () => {
    await openProjectList();
    const colleague = await adminBrowser(orrery);
    await colleague.page.goto(projectsPath());
    await colleague.page.getByRole("button", { name: "New project" }).click();
    const dialog = colleague.page.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel(/^Key/).fill("LIVE");
    await dialog.getByLabel(/^Name/).fill("Seen live elsewhere");
    await dialog.getByRole("button", { name: "Create project" }).click();
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("row", { name: /Seen live elsewhere/ }).waitFor();
    await colleague.context.close();
  });
});

describe("keyboard use", () => {
  it("reaches the content, creates a project and opens it without a mouse", async () => {
    await openProjectList();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    expect(await isFocused(skip)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await isFocused(page.getByRole("main"))).toBe(true);

    await page.keyboard.press("Tab");
    const newProject = page.getByRole("button", { name: "New project" });
    expect(await isFocused(newProject)).toBe(true);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.waitFor();
    await waitUntil(() => isFocused(dialog.getByLabel(/^Key/)), "the key field has focus");
    await page.keyboard.type("KEYB");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Made with the keyboard");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await waitUntil(() => isFocused(newProject), "focus returns to the New project button");

    const link = page.getByRole("link", { name: "Made with the keyboard" });
    await link.waitFor();
    for (let presses = 0; presses < 60 && !(await isFocused(link)); presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await isFocused(link)).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Made with the keyboard" }).waitFor();
  });

  it("closes a dialog with Escape and returns focus to what opened it", async () => {
    await openProjectList();
    const newProject = page.getByRole("button", { name: "New project" });
    await newProject.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await waitUntil(() => isFocused(newProject), "focus returns to the New project button");
  });
});
