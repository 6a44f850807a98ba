import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { newContext, PHONE, scrollsSideways } from "./browser.js";
import { adminBrowser, type Orrery, type Person, startOrrery } from "./orrery-fixture.js";
import { PORTFOLIO, TEAM } from "./seed-data.js";
import { isFocused, waitUntil } from "./waiting.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 45_000, hookTimeout: 90_000 });

let orrery: Orrery;
let projectId: string;
/** A project with no lifecycle, to show that page's empty state. */
let plainProjectId: string;
let templateId: string;
/** The review requested of a governed project's first gate. */
let reviewPath: string;

beforeAll(async () => {
  orrery = await startOrrery();
  for (const project of PORTFOLIO) {
    const created = await orrery.api.createProject(orrery.org, project);
    if (project.key === "ERP") projectId = created.id;
    else plainProjectId = created.id;
  }
  const api = (method: string, path: string, body?: unknown) =>
    orrery.api.send(
      z.object({ id: z.string() }).loose(),
      method,
      `/api/v1/orgs/${orrery.org}${path}`,
      body,
    );
  const templates = await orrery.api.send(
    z.object({ items: z.array(z.object({ id: z.string(), builtIn: z.string().nullable() })) }),
    "GET",
    `/api/v1/orgs/${orrery.org}/templates`,
  );
  templateId = templates.items.find((t) => t.builtIn === "prince2")?.id ?? "";
  await orrery.api.send(
    z.unknown(),
    "PUT",
    `/api/v1/orgs/${orrery.org}/projects/${projectId}/lifecycle`,
    { templateId },
  );
  const quick = await api("POST", "/templates", {
    name: "Quick gate",
    methodology: "agile",
    phases: [{ name: "Only", gate: { name: "Ship it", reviewerRoles: ["executive"] } }],
  });
  const governed = await orrery.api.createProject(orrery.org, {
    key: "GOVA",
    name: "Governed",
    templateId: quick.id,
  });
  const review = await api("POST", `/projects/${governed.id}/gates/1/reviews`, {
    dueDate: "2027-01-15",
  });
  reviewPath = `/orgs/${orrery.org}/projects/${governed.id}/gates/1/reviews/${review.id}`;
  for (const person of TEAM)
    await orrery.api.addMember(orrery.org, person.email, person.name, person.role);
  await orrery.api.recordRaidItem(orrery.org, projectId, {
    type: "risk",
    title: "Data migration overruns the cut-over weekend",
    probability: 4,
    impact: 5,
    response: "reduce",
  });
  await orrery.api.recordLesson(orrery.org, projectId, {
    title: "Rehearse the data migration cut-over twice",
    whatHappened: "The first cut-over rehearsal found missing customer records.",
    recommendation: "Plan two full rehearsals with production-sized data.",
    category: "technical",
    tags: ["migration"],
  });
  await orrery.api.createToken("Nightly export", "read", 90);
});

afterAll(async () => {
  await orrery?.close();
});

interface Screen {
  readonly name: string;
  readonly path: () => string;
  /** What shows once the page has loaded its data. */
  readonly ready: (page: Page) => Locator;
  /** Opens a dialog or menu on the page, to check it too. */
  readonly open?: (page: Page) => Promise<Locator>;
}

const org = () => orrery.org;

const SIGNED_IN_SCREENS: readonly Screen[] = [
  {
    name: "project list",
    path: () => `/orgs/${org()}/projects`,
    ready: (p) => p.getByRole("table"),
  },
  {
    name: "empty project search",
    path: () => `/orgs/${org()}/projects?q=nothing-like-this`,
    ready: (p) => p.getByText("No projects match these filters"),
  },
  {
    name: "new project dialog",
    path: () => `/orgs/${org()}/projects`,
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: "New project" }).click();
      return p.getByRole("dialog", { name: "New project" });
    },
  },
  {
    name: "project overview",
    path: () => `/orgs/${org()}/projects/${projectId}`,
    ready: (p) => p.getByRole("heading", { name: "Project members" }),
  },
  {
    name: "RAID log",
    path: () => `/orgs/${org()}/projects/${projectId}/raid`,
    ready: (p) => p.getByRole("table", { name: "Risks" }),
  },
  {
    name: "new risk dialog",
    path: () => `/orgs/${org()}/projects/${projectId}/raid`,
    ready: (p) => p.getByRole("table", { name: "Risks" }),
    open: async (p) => {
      await p.getByRole("button", { name: "Record risk" }).click();
      return p.getByRole("dialog", { name: "New risk" });
    },
  },
  {
    name: "lifecycle templates",
    path: () => `/orgs/${org()}/templates`,
    ready: (p) => p.getByRole("article", { name: "PRINCE2" }),
  },
  {
    name: "template editor",
    path: () => `/orgs/${org()}/templates/${templateId}`,
    ready: (p) => p.getByRole("group", { name: /^Phase 5/ }),
  },
  {
    name: "project lifecycle",
    path: () => `/orgs/${org()}/projects/${projectId}/lifecycle`,
    ready: (p) => p.getByRole("form", { name: "Gate checklist" }),
  },
  {
    name: "project without a lifecycle",
    path: () => `/orgs/${org()}/projects/${plainProjectId}/lifecycle`,
    ready: (p) => p.getByRole("form", { name: "Apply a template" }),
  },
  {
    name: "gate review",
    path: () => reviewPath,
    ready: (p) => p.getByRole("form", { name: "Gate decision" }),
  },
  {
    name: "gate calendar",
    path: () => `/orgs/${org()}/gates`,
    ready: (p) => p.getByRole("table", { name: "Gates by date" }),
  },
  {
    name: "compliance",
    path: () => `/orgs/${org()}/compliance`,
    ready: (p) => p.getByRole("button", { name: /Gates overdue$/ }),
  },
  {
    name: "status reports",
    path: () => `/orgs/${org()}/projects/${projectId}/status-reports`,
    ready: (p) => p.getByText("No status reports yet"),
  },
  {
    name: "portfolio status",
    path: () => `/orgs/${org()}/status`,
    ready: (p) => p.getByRole("table", { name: "Portfolio status" }),
  },
  {
    name: "project documents, upload dialog",
    path: () => `/orgs/${org()}/projects/${projectId}/documents`,
    ready: (p) => p.getByText("No documents yet"),
    open: async (p) => {
      await p.getByRole("button", { name: "Upload document" }).click();
      return p.getByRole("dialog", { name: "Upload a document" });
    },
  },
  {
    name: "document library",
    path: () => `/orgs/${org()}/documents`,
    ready: (p) => p.getByRole("table", { name: "Document templates" }),
  },
  {
    name: "certifications",
    path: () => `/orgs/${org()}/certifications`,
    ready: (p) => p.getByText("No certifications recorded"),
  },
  {
    name: "milestone timeline",
    path: () => `/orgs/${org()}/milestones`,
    ready: (p) => p.getByText("No milestones yet"),
  },
  {
    name: "my work, nothing assigned",
    path: () => `/orgs/${org()}/my-work`,
    ready: (p) => p.getByText("Nothing assigned to you"),
  },
  {
    name: "RAID across projects",
    path: () => `/orgs/${org()}/raid`,
    ready: (p) => p.getByRole("table", { name: "RAID items across projects" }),
  },
  {
    name: "lessons learned",
    path: () => `/orgs/${org()}/projects/${projectId}/lessons`,
    ready: (p) => p.getByRole("article", { name: /Rehearse the data migration/ }),
  },
  {
    name: "new lesson dialog",
    path: () => `/orgs/${org()}/projects/${projectId}/lessons`,
    ready: (p) => p.getByRole("article", { name: /Rehearse the data migration/ }),
    open: async (p) => {
      await p.getByRole("button", { name: "Record lesson" }).click();
      return p.getByRole("dialog", { name: "New lesson" });
    },
  },
  {
    name: "knowledge base search",
    path: () => `/orgs/${org()}/lessons`,
    ready: (p) => p.getByRole("article", { name: /Rehearse the data migration/ }),
    open: async (p) => {
      await p.getByRole("textbox", { name: "Search" }).fill("migration rehearsal");
      return p.getByText("Best matches for “migration rehearsal” first");
    },
  },
  {
    name: "empty knowledge base search",
    path: () => `/orgs/${org()}/lessons`,
    ready: (p) => p.getByRole("article").first(),
    open: async (p) => {
      await p.getByRole("textbox", { name: "Search" }).fill("zebra");
      return p.getByText("No lessons match");
    },
  },
  {
    name: "post-project review",
    path: () => `/orgs/${org()}/projects/${projectId}/review`,
    ready: (p) => p.getByRole("heading", { name: "Observations" }),
  },
  { name: "members", path: () => `/orgs/${org()}/members`, ready: (p) => p.getByRole("table") },
  {
    name: "new invitation link dialog",
    path: () => `/orgs/${org()}/members`,
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p
        .getByRole("button", { name: /^New invitation link for/ })
        .first()
        .click();
      return p.getByRole("dialog", { name: /^New invitation link for/ });
    },
  },
  {
    name: "organisation settings",
    path: () => `/orgs/${org()}/settings`,
    ready: (p) => p.getByRole("heading", { name: "Rename" }),
  },
  {
    name: "invite dialog",
    path: () => `/orgs/${org()}/members`,
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: "Invite member" }).click();
      return p.getByRole("dialog", { name: "Invite a member" });
    },
  },
  {
    name: "invitation link dialog",
    path: () => `/orgs/${org()}/members`,
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: "Invite member" }).click();
      const dialog = p.getByRole("dialog", { name: "Invite a member" });
      await dialog.getByLabel(/^E-mail/).fill(`invitee-${Date.now()}@example.test`);
      await dialog.getByRole("button", { name: "Invite" }).click();
      await dialog.getByRole("textbox", { name: "Invitation link" }).waitFor();
      return dialog;
    },
  },
  {
    name: "audit log",
    path: () => `/orgs/${org()}/audit`,
    ready: (p) => p.getByRole("list", { name: "Changes, newest first" }),
  },
  { name: "API tokens", path: () => "/tokens", ready: (p) => p.getByRole("table") },
  {
    name: "new token dialog",
    path: () => "/tokens",
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: "New token" }).click();
      return p.getByRole("dialog", { name: "New API token" });
    },
  },
  {
    name: "new token's secret",
    path: () => "/tokens",
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: "New token" }).click();
      const dialog = p.getByRole("dialog", { name: "New API token" });
      await dialog.getByLabel(/^Name/).fill("Checked by axe");
      await dialog.getByRole("button", { name: "Create token" }).click();
      await dialog.getByRole("textbox", { name: "API token" }).waitFor();
      return dialog;
    },
  },
  {
    name: "account",
    path: () => "/account",
    ready: (p) => p.getByRole("heading", { name: "Change password" }),
  },
  {
    name: "organisation menu",
    path: () => `/orgs/${org()}/projects`,
    ready: (p) => p.getByRole("table"),
    open: async (p) => {
      await p.getByRole("button", { name: /^Organisation:/ }).click();
      return p.getByRole("menu");
    },
  },
  {
    name: "unknown page",
    path: () => `/orgs/${org()}/nowhere`,
    ready: (p) => p.getByText("This page does not exist"),
  },
];

const PUBLIC_SCREENS: readonly Screen[] = [
  {
    name: "sign-in",
    path: () => "/sign-in",
    ready: (p) => p.getByRole("button", { name: "Sign in" }),
  },
  {
    name: "invalid invitation",
    path: () => "/invite?token=unknown",
    ready: (p) => p.getByRole("heading", { name: "This invitation is no longer valid" }),
  },
  {
    name: "setup when done",
    path: () => "/setup",
    ready: (p) => p.getByRole("heading", { name: "Orrery is set up" }),
  },
];

async function show(page: Page, screen: Screen): Promise<void> {
  await page.goto(screen.path());
  await screen.ready(page).first().waitFor();
  if (screen.open) await (await screen.open(page)).waitFor();
}

describe.each(["light", "dark"] as const)("in %s mode", (colorScheme) => {
  let person: Person;
  let visitor: Page;

  beforeAll(async () => {
    person = await adminBrowser(orrery, { colorScheme });
    const context = await newContext(orrery.browser, { baseURL: orrery.server.url, colorScheme });
    visitor = await context.newPage();
  });

  afterAll(async () => {
    await person?.context.close();
    await visitor?.context().close();
  });

  it.each(SIGNED_IN_SCREENS)("has no serious accessibility problems on $name", async (screen) => {
    await show(person.page, screen);
    const violations = await seriousViolations(person.page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.each(PUBLIC_SCREENS)("has no serious accessibility problems on $name", async (screen) => {
    await show(visitor, screen);
    const violations = await seriousViolations(visitor);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe("on a 390 px phone", () => {
  let phone: Person;

  beforeAll(async () => {
    phone = await adminBrowser(orrery, { viewport: PHONE });
  });

  afterAll(async () => {
    await phone?.context.close();
  });

  it.each(SIGNED_IN_SCREENS.filter((s) => !s.open))(
    "never scrolls sideways on $name",
    async (screen) => {
      await show(phone.page, screen);
      expect(await scrollsSideways(phone.page)).toBe(false);
    },
  );

  it("folds the navigation behind a burger that the keyboard cannot fall into while closed", async () => {
    const { page } = phone;
    await page.goto(`/orgs/${org()}/projects`);
    await page.getByRole("table").waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    const membersLink = nav.getByRole("link", { name: "Members" });
    const offScreen = async () => ((await membersLink.boundingBox())?.x ?? 0) < 0;
    expect(await offScreen()).toBe(true);

    // Tabbing through the whole header never lands on the folded navigation's links.
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press("Tab");
      expect(await isFocused(membersLink)).toBe(false);
    }

    await page.getByRole("button", { name: "Open navigation" }).click();
    await waitUntil(async () => !(await offScreen()), "the navigation slides in");
    await membersLink.click();
    await page.getByRole("heading", { name: "Members" }).waitFor();
    await waitUntil(offScreen, "the navigation folds away again");
  });
});

describe("colour scheme", () => {
  it("follows the system until toggled, then remembers the choice", async () => {
    const person = await adminBrowser(orrery, { colorScheme: "light" });
    const { page } = person;
    const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    await page.goto(`/orgs/${org()}/projects`);
    await page.getByRole("table").waitFor();
    expect(await scheme()).toBe("light");

    await page.getByRole("button", { name: "Switch to dark mode" }).click();
    await waitUntil(async () => (await scheme()) === "dark", "the page turns dark");
    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await scheme()).toBe("dark");
    expect(await page.getByRole("button", { name: "Switch to light mode" }).count()).toBe(1);
    await person.context.close();
  });
});
