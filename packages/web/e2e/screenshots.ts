/**
 * Takes the user guide's screenshots (docs/images/*.png) from a real server with a believable
 * portfolio, in headless Chromium: `npm run screenshots -w @orrery/web`. Never edit the images by
 * hand; change the scene here and run it again.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Calendar } from "@orrery/contracts/calendars";
import { ChangeRequest } from "@orrery/contracts/change-requests";
import { CalendarChange, TaskList } from "@orrery/contracts/plans";
import type { RaidItemCreate } from "@orrery/contracts/raid";
import { apiClient } from "@orrery/server/testing/api-client";
import { sessionCookieOf } from "@orrery/server/testing/test-people";
import type { Browser, Page } from "playwright-core";
import { z } from "zod";
import { DESKTOP, launchBrowser, newContext, PHONE, signIn } from "./browser.js";
import { type Orrery, startFreshServer, startOrrery } from "./orrery-fixture.js";
import { PORTFOLIO, TEAM } from "./seed-data.js";

const OUT = fileURLToPath(new URL("../../../docs/images/", import.meta.url));
/** A real schedule MS Project saved, from the shared corpus beside the repository. */
const PLAN_FILE = fileURLToPath(
  new URL("../../../../shared/corpus/schedules/dev/projterm_Project1.xml", import.meta.url),
);

/** Imports the schedule into a project through the API, as the Plan page's importer does. */
async function importPlan(orrery: Orrery, projectId: string): Promise<void> {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(PLAN_FILE)]), "software-development.xml");
  const response = await fetch(
    `${orrery.server.url}/api/v1/orgs/${orrery.org}/projects/${projectId}/import`,
    {
      method: "POST",
      headers: { authorization: `Bearer ${orrery.server.admin.token}` },
      body: form,
    },
  );
  if (!response.ok) throw new Error(`import failed: ${response.status} ${await response.text()}`);
}

/**
 * A company offsite on the imported plan's project calendar, in the plan's first month, as the
 * Calendars page's exception form adds one: the month view then shows an exception.
 */
async function addOffsite(orrery: Orrery, projectId: string): Promise<void> {
  const path = `/api/v1/orgs/${orrery.org}/projects/${projectId}`;
  const { plan } = await orrery.api.send(TaskList, "GET", `${path}/tasks`);
  const { items } = await orrery.api.send(
    z.object({ items: z.array(Calendar) }),
    "GET",
    `${path}/calendars`,
  );
  const calendar = items.find((c) => c.isProjectCalendar);
  if (!calendar) throw new Error("the imported plan has no project calendar");
  const day = `${plan.start.slice(0, 8)}20`;
  const offsite = { name: "Company offsite", fromDate: day, toDate: day, working: false };
  await orrery.api.send(
    CalendarChange,
    "PATCH",
    `${path}/calendars/${calendar.uid}`,
    { exceptions: [...calendar.exceptions, offsite] },
    calendar.version,
  );
}

/** Records RAID items in a project through the API, as the RAID page's dialogs do. */
async function recordRaid(orrery: Orrery, projectId: string, items: readonly RaidItemCreate[]) {
  for (const item of items) await orrery.api.recordRaidItem(orrery.org, projectId, item);
}

/** A believable RAID log: ERP's risks, an issue, a decision, and a dependency on CRM. */
async function setTheRaidScene(orrery: Orrery, erpId: string, crmId: string): Promise<void> {
  const risk = (
    title: string,
    probability: number,
    impact: number,
    extra: Partial<Extract<RaidItemCreate, { type: "risk" }>> = {},
  ): RaidItemCreate => ({
    type: "risk",
    title,
    probability,
    impact,
    ...extra,
  });
  await recordRaid(orrery, erpId, [
    risk("Data migration overruns the cut-over weekend", 4, 5, {
      response: "reduce",
      responsePlan: "Two dress rehearsals on production-sized data",
      trigger: "Rehearsal takes more than 40 hours",
      residualProbability: 2,
      residualImpact: 4,
      proximity: "2027-09-04",
    }),
    risk("Key users unavailable for acceptance testing", 3, 4, { response: "accept" }),
    risk("Supplier licence costs rise after renewal", 2, 3, { response: "transfer" }),
    risk("Finance team adopts the new close process early", 3, 3, {
      riskKind: "opportunity",
      response: "exploit",
    }),
    {
      type: "issue",
      title: "Test environment down since Monday",
      priority: "high",
      dueDate: "2027-06-18",
    },
    {
      type: "decision",
      title: "Phased cut-over by country",
      decidedOn: "2027-05-12",
      decidedBy: "Steering committee",
      optionsConsidered: "Big bang; phased by country; phased by module",
      rationale: "Limits the blast radius of a failed migration",
    },
    {
      type: "dependency",
      title: "Customer master data from CRM",
      dependsOnProjectId: crmId,
      dueDate: "2027-08-01",
    },
  ]);
  await recordRaid(orrery, crmId, [
    risk("Marketing consent data incomplete", 5, 3, { response: "reduce" }),
    risk("Call-centre headsets not compatible", 1, 4),
  ]);
}

/** Lessons of past projects for the knowledge base to find, one recorded at close. */
async function setTheLessonScene(orrery: Orrery, crmId: string, hrId: string): Promise<void> {
  const { api, org } = orrery;
  await api.recordLesson(org, crmId, {
    title: "Rehearse the data cut-over twice on production-sized data",
    whatHappened:
      "The first cut-over rehearsal ran on a 5% sample and took 9 hours; the real cut-over took 31.",
    effect: "Go-live slipped a week and the call centre worked the weekend.",
    recommendation:
      "Plan two full cut-over rehearsals with production-sized data and time each step.",
    category: "technical",
    tags: ["migration", "cut-over"],
    phase: "Execute",
    origin: "at_close",
  });
  await api.recordLesson(org, crmId, {
    title: "Agree the consent data owner before the migration",
    whatHappened: "Nobody owned marketing consent records, so gaps were found in the cut-over.",
    recommendation:
      "Name a data owner per data set in the charter and have them sign off the migration.",
    category: "governance",
    tags: ["data quality"],
    phase: "Plan",
  });
  await api.recordLesson(org, hrId, {
    title: "Book key users for acceptance testing at kickoff",
    whatHappened: "Payroll experts were on holiday during acceptance testing.",
    effect: "Testing took three weeks longer.",
    recommendation:
      "Reserve key users' time for testing in the plan at kickoff, cut-over weekend included.",
    category: "resources",
    tags: ["testing"],
    phase: "Execute",
    origin: "at_close",
  });
}

async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${OUT}${name}.png`, animations: "disabled", caret: "hide" });
  process.stdout.write(`docs/images/${name}.png\n`);
}

/** The scene: a PMO with projects in every state, a team, tokens and some history to audit. */
let governance = { reviewPath: "", prince2Id: "" };
/** Invitation links of the team, by name, for the one who joins at the end. */
const invitations = new Map<string, string>();

async function setTheScene(orrery: Orrery): Promise<{ erpId: string; crmId: string }> {
  const { api, org } = orrery;
  const people = new Map<string, string>();
  for (const person of TEAM) {
    const added = await api.addMember(org, person.email, person.name, person.role);
    people.set(person.name, added.member.userId);
    if (added.inviteUrl) invitations.set(person.name, added.inviteUrl);
  }
  let erpId = "";
  let crmId = "";
  let hrId = "";
  for (const project of PORTFOLIO) {
    const created = await api.createProject(org, {
      ...project,
      managerId: project.key === "CRM" ? people.get("Mark de Vries") : undefined,
      sponsorId: people.get("Emma Bakker") ?? null,
    });
    if (created.key === "ERP") {
      erpId = created.id;
      await api.updateProject(org, created, { status: "on_hold", plannedFinish: "2028-01-31" });
    }
    if (created.key === "CRM") crmId = created.id;
    if (created.key === "HR") hrId = created.id;
    if (created.key === "WMS") await api.updateProject(org, created, { archived: true });
  }
  await setTheRaidScene(orrery, erpId, crmId);
  governance = await setTheGovernanceScene(orrery, erpId, crmId);
  await setTheLessonScene(orrery, crmId, hrId);
  for (const [name, role] of [
    ["Sofia Jansen", "member"],
    ["Mark de Vries", "member"],
    ["Lucas Peeters", "viewer"],
  ] as const) {
    const userId = people.get(name);
    if (userId) await api.addProjectMember(org, erpId, userId, role);
  }
  await api.createToken("Nightly portfolio export", "read", 365);
  await api.createToken("MS Project sync", "write", 90);
  return { erpId, crmId };
}

const Found = z.object({ id: z.string() }).loose();

/** Sofia accepts her invitation and assigns the administrator two actions of ERP. */
async function notifyTheAdministrator(orrery: Orrery, erpId: string): Promise<void> {
  const { server, org } = orrery;
  const token = new URL(invitations.get("Sofia Jansen") ?? "").searchParams.get("token");
  const accepted = await fetch(`${server.url}/api/v1/invitations/accept`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token, name: "Sofia Jansen", password: "correct-horse-battery" }),
  });
  const sofia = apiClient(server.url, { cookie: sessionCookieOf(accepted.headers) });
  const me = z
    .object({ user: z.object({ id: z.string() }) })
    .parse((await apiClient(server.url, { token: server.admin.token }).get("/api/v1/me")).body);
  for (const [title, dueDate] of [
    ["Confirm the board's date for gate 1", "2027-02-03"],
    ["Send the initiation stage plan to the sponsor", "2027-02-06"],
  ]) {
    await sofia.post(`/api/v1/orgs/${org}/projects/${erpId}/raid`, {
      type: "action",
      title,
      ownerId: me.user.id,
      dueDate,
    });
  }
}

/**
 * Governance: ERP on PRINCE2 with its first gate's checklist done and the review requested;
 * CRM on Waterfall with its first gate planned. Answers ERP's review path and PRINCE2's id.
 */
async function setTheGovernanceScene(
  orrery: Orrery,
  erpId: string,
  crmId: string,
): Promise<{ reviewPath: string; prince2Id: string }> {
  const { api, org } = orrery;
  const base = `/api/v1/orgs/${org}`;
  const library = await api.send(
    z.object({ items: z.array(z.object({ id: z.string(), builtIn: z.string().nullable() })) }),
    "GET",
    `${base}/templates`,
  );
  const idOf = (key: string) => library.items.find((t) => t.builtIn === key)?.id ?? "";
  const prince2Id = idOf("prince2");
  await api.send(Found.partial(), "PUT", `${base}/projects/${erpId}/lifecycle`, {
    templateId: prince2Id,
  });
  await api.send(Found.partial(), "PUT", `${base}/projects/${crmId}/lifecycle`, {
    templateId: idOf("waterfall"),
  });
  await api.send(Found.partial(), "PATCH", `${base}/projects/${crmId}/lifecycle`, {
    gateDates: [{ gate: 1, date: "2027-03-15" }],
  });
  await api.send(Found.partial(), "PATCH", `${base}/projects/${erpId}/lifecycle`, {
    checklist: [
      ...["Project board appointed", "Outline business case viable", "Approach chosen"].map(
        (label) => ({ kind: "criterion", label, done: true }),
      ),
      ...["Project brief", "Initiation stage plan"].map((label) => ({
        kind: "document",
        label,
        done: true,
        reference: `https://intranet.northwind.example/erp/${label.toLowerCase().replaceAll(" ", "-")}`,
      })),
    ],
    gateDates: [{ gate: 1, date: "2027-02-10" }],
  });
  const review = await api.send(Found, "POST", `${base}/projects/${erpId}/gates/1/reviews`, {
    note: "The board meets on 10 February; the brief and the initiation stage plan are on the intranet.",
    dueDate: "2027-02-10",
  });
  return { reviewPath: `/orgs/${org}/projects/${erpId}/gates/1/reviews/${review.id}`, prince2Id };
}

/**
 * Documents: CRM (on Waterfall) starts its charter and business case from the library, the
 * charter attached to the first gate's "Project charter" deliverable.
 */
async function setTheDocumentScene(orrery: Orrery, crmId: string): Promise<void> {
  const { api, org } = orrery;
  const base = `/api/v1/orgs/${org}`;
  const library = await api.send(
    z.object({ items: z.array(z.object({ id: z.string(), builtIn: z.string().nullable() })) }),
    "GET",
    `${base}/documents`,
  );
  const idOf = (key: string) => library.items.find((d) => d.builtIn === key)?.id ?? "";
  await api.send(Found.partial(), "POST", `${base}/projects/${crmId}/documents/from-template`, {
    templateId: idOf("charter"),
    title: "CRM project charter",
    gateLink: { gate: 1, deliverable: "Project charter" },
  });
  await api.send(Found.partial(), "POST", `${base}/projects/${crmId}/documents/from-template`, {
    templateId: idOf("business_case"),
    title: "CRM business case (draft)",
  });
}

/**
 * Status reports on ERP's imported plan: baseline 0 taken, a first report, then a task of the
 * critical path slips two days and a second report shows it; CRM has one report. Certifications
 * for a few of the team.
 */
async function setTheReportingScene(orrery: Orrery, erpId: string, crmId: string): Promise<void> {
  const { api, org } = orrery;
  await api.setBaseline(org, erpId);
  const reports = (projectId: string) => `/api/v1/orgs/${org}/projects/${projectId}/status-reports`;
  const submit = async (projectId: string, body: object) => {
    const draft = await api.send(Found, "POST", reports(projectId), body);
    await api.send(Found, "POST", `${reports(projectId)}/${draft.id}/submit`, {});
  };
  await submit(erpId, {
    periodEnd: "2026-11-13",
    summary: "Needs analysis under way with the finance key users.",
    achievements: "Kick-off held; scope baselined.",
    nextSteps: "Finish the needs analysis; draft the specifications.",
  });
  const tasks = await api.send(
    z.object({
      items: z.array(
        z.object({
          uid: z.number(),
          version: z.number(),
          critical: z.boolean(),
          summary: z.boolean(),
          durationMinutes: z.number(),
        }),
      ),
    }),
    "GET",
    `/api/v1/orgs/${org}/projects/${erpId}/tasks?limit=500`,
  );
  const slipping = tasks.items.find(
    (task) => task.critical && !task.summary && task.durationMinutes > 0,
  );
  if (slipping) {
    await api.send(
      z.unknown(),
      "PATCH",
      `/api/v1/orgs/${org}/projects/${erpId}/tasks/${slipping.uid}`,
      { durationMinutes: slipping.durationMinutes + 2 * 480 },
      slipping.version,
    );
  }
  await submit(erpId, {
    periodEnd: "2026-11-20",
    summary: "The needs analysis runs two days long: the key users were at the year-end close.",
    achievements: "Needs analysis signed off by procurement.",
    nextSteps: "Recover the two days in the specification phase.",
    decisionsNeeded: "Approve two extra days of the analysts' time.",
  });
  await submit(crmId, {
    periodEnd: "2026-11-20",
    summary: "Pilot with the Rotterdam call centre.",
  });
  const people = await api.send(
    z.object({ items: z.array(z.object({ userId: z.string(), name: z.string() })) }).loose(),
    "GET",
    `/api/v1/orgs/${org}/members`,
  );
  const id = (name: string) => people.items.find((p) => p.name === name)?.userId;
  const certifications = `/api/v1/orgs/${org}/certifications`;
  for (const [name, certificate, issuer, expiresOn] of [
    ["Sofia Jansen", "PMP", "PMI", "2028-06-30"],
    ["Sofia Jansen", "PRINCE2 Practitioner", "PeopleCert", "2027-01-31"],
    ["Mark de Vries", "Professional Scrum Master I", "Scrum.org", null],
    ["Mark de Vries", "PMP", "PMI", "2026-10-31"],
    ["Emma Bakker", "MSP Foundation", "PeopleCert", "2029-03-31"],
  ] as const) {
    await api.send(Found, "POST", certifications, {
      userId: id(name),
      name: certificate,
      issuer,
      expiresOn,
    });
  }
}

/**
 * Two change requests on the imported plan: the needs analysis running two days longer
 * (submitted, its impact computed by the engine) and a scope cut still in draft.
 */
async function setTheChangeScene(orrery: Orrery, projectId: string): Promise<void> {
  const { api, org } = orrery;
  const path = `/api/v1/orgs/${org}/projects/${projectId}`;
  const tasks = await api.send(TaskList, "GET", `${path}/tasks`);
  const analysis = tasks.items.find((task) => /Conduct needs analysis/.test(task.name));
  if (!analysis) throw new Error("the imported plan has no needs analysis task");
  const slip = await api.send(ChangeRequest, "POST", `${path}/change-requests`, {
    title: "Two more days for the needs analysis",
    description: "Extend the needs analysis by two working days.",
    reason: "The key users were at the year-end close.",
    scopeImpact: "None: the same analysis, done later.",
    riskImpact: "The go-live may move if the slack is used up.",
    operations: [
      {
        op: "update",
        uid: analysis.uid,
        patch: { durationMinutes: analysis.durationMinutes + 2 * tasks.plan.minutesPerDay },
      },
    ],
  });
  await api.send(ChangeRequest, "POST", `${path}/change-requests/${slip.id}/submit`);
  await api.send(ChangeRequest, "POST", `${path}/change-requests`, {
    title: "Drop the legacy report migration",
    reason: "Finance retires the legacy reports in March.",
    scopeImpact: "Twelve legacy reports are no longer migrated.",
  });
}

async function signedInPage(
  browser: Browser,
  orrery: Orrery,
  options: { colorScheme?: "light" | "dark"; phone?: boolean },
) {
  const context = await newContext(browser, {
    baseURL: orrery.server.url,
    colorScheme: options.colorScheme ?? "light",
    viewport: options.phone ? PHONE : DESKTOP,
  });
  const page = await context.newPage();
  await signIn(page, orrery.server.admin.email, orrery.server.admin.password);
  return page;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const orrery = await startOrrery({
    env: { ORRERY_ORG_NAME: "Northwind PMO", ORRERY_ADMIN_NAME: "Ada Lovelace" },
  });
  try {
    const { erpId, crmId } = await setTheScene(orrery);
    const org = orrery.org;
    const page = await signedInPage(orrery.browser, orrery, {});

    await page.goto(`/orgs/${org}/projects`);
    await page.getByRole("table").waitFor();
    await capture(page, "projects");

    await page.goto(`/orgs/${org}/projects/${erpId}`);
    await page.getByRole("heading", { name: "Project members" }).waitFor();
    await page.getByRole("cell", { name: "Lucas Peeters", exact: true }).waitFor();
    await capture(page, "project-overview");

    await importPlan(orrery, erpId);
    await page.goto(`/orgs/${org}/projects/${erpId}/plan`);
    await page.getByRole("row", { name: /Conduct needs analysis/ }).waitFor();
    await capture(page, "plan");

    await addOffsite(orrery, erpId);
    await page.goto(`/orgs/${org}/projects/${erpId}/plan/calendars`);
    await page.getByRole("grid").getByText("Company offsite").waitFor();
    await capture(page, "calendars");

    await setTheReportingScene(orrery, erpId, crmId);
    await page.goto(`/orgs/${org}/projects/${erpId}/status-reports`);
    await page
      .getByRole("table", { name: "Status reports" })
      .getByRole("row", { name: /^2\s/ })
      .waitFor();
    await capture(page, "status-reports");

    await setTheChangeScene(orrery, erpId);
    await page.goto(`/orgs/${org}/projects/${erpId}/changes`);
    await page.getByRole("row", { name: /CR-2.*Drop the legacy report migration/ }).waitFor();
    await capture(page, "changes");
    await page.getByRole("button", { name: "CR-1" }).click();
    await page.getByRole("heading", { name: "Schedule impact" }).waitFor();
    await capture(page, "change-request");
    await page.keyboard.press("Escape");
    // Baseline 0 against the schedule after the critical task slipped: the Variance table.
    await page.goto(`/orgs/${org}/projects/${erpId}/plan`);
    await page.getByRole("combobox", { name: "Baseline shown" }).click();
    await page.getByRole("option", { name: "Show Baseline", exact: true }).click();
    await page.getByRole("switch", { name: "Variance columns" }).check();
    await page.getByRole("cell", { name: "+2d" }).first().waitFor();
    await capture(page, "plan-variance");

    await page.goto(`/orgs/${org}/status`);
    await page.getByRole("table", { name: "Portfolio status" }).waitFor();
    await capture(page, "portfolio-status");

    await page.goto(`/orgs/${org}/milestones`);
    await page.getByRole("table", { name: "Milestones" }).waitFor();
    await capture(page, "milestones");

    await page.goto(`/orgs/${org}/certifications`);
    await page.getByRole("table", { name: "Certifications and training" }).waitFor();
    await capture(page, "certifications");

    await page.goto(`/orgs/${org}/projects/${erpId}/raid`);
    await page.getByRole("cell", { name: /Probability 4, impact 5: 1 open threat/ }).waitFor();
    await capture(page, "raid");

    await page.goto(`/orgs/${org}/raid`);
    await page.getByRole("row", { name: /CRM.*Marketing consent/ }).waitFor();
    await capture(page, "raid-portfolio");

    await page.goto(`/orgs/${org}/templates`);
    await page.getByRole("article", { name: "PRINCE2" }).waitFor();
    await capture(page, "templates");

    await page.goto(`/orgs/${org}/templates/${governance.prince2Id}`);
    await page.getByRole("group", { name: /^Phase 1/ }).waitFor();
    await capture(page, "template-editor");

    await page.goto(`/orgs/${org}/projects/${erpId}/lifecycle`);
    await page.getByRole("heading", { name: /^Next gate/ }).waitFor();
    await page
      .getByText(/Awaiting decision/)
      .first()
      .waitFor();
    await capture(page, "lifecycle");

    await page.goto(governance.reviewPath);
    await page.getByRole("form", { name: "Gate decision" }).waitFor();
    await capture(page, "gate-review");

    await page.goto(`/orgs/${org}/gates`);
    await page.getByRole("table", { name: "Gates by date" }).waitFor();
    await capture(page, "gate-calendar");
    // CRM's first gate was planned for a fortnight ago: overdue, and short of its documents.
    await orrery.api.send(z.unknown(), "PATCH", `/api/v1/orgs/${org}/projects/${crmId}/lifecycle`, {
      gateDates: [
        { gate: 1, date: new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10) },
      ],
    });
    await page.goto(`/orgs/${org}/compliance`);
    await page.getByRole("table", { name: "Findings, longest overdue first" }).waitFor();
    await capture(page, "compliance");

    await setTheDocumentScene(orrery, crmId);
    await page.goto(`/orgs/${org}/projects/${crmId}/documents`);
    await page.getByRole("row", { name: /CRM project charter/ }).waitFor();
    await capture(page, "documents");
    await page.goto(`/orgs/${org}/lessons`);
    await page.getByRole("textbox", { name: "Search" }).fill("cut-over rehearsal");
    await page.getByText("Best matches for “cut-over rehearsal” first").waitFor();
    await page.locator("mark").first().waitFor();
    await capture(page, "knowledge-base");

    await page.goto(`/orgs/${org}/projects`);
    await page.getByRole("button", { name: "New project" }).click();
    const dialog = page.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel(/^Key/).fill("pmo");
    await dialog.getByLabel(/^Name/).fill("PMO playbook 2027");
    await dialog.getByLabel(/^Budget/).fill("85000");
    await dialog.getByRole("button", { name: "Create project" }).focus();
    await capture(page, "new-project");
    await page.keyboard.press("Escape");

    await page.goto(`/orgs/${org}/members`);
    await page.getByRole("table").waitFor();
    await capture(page, "members");

    await page.getByRole("button", { name: "Invite member" }).click();
    const invite = page.getByRole("dialog", { name: "Invite a member" });
    await invite.getByLabel(/^E-mail/).fill("noor.visser@example.com");
    await invite.getByLabel(/^Name/).fill("Noor Visser");
    await invite.getByRole("button", { name: "Invite" }).click();
    await invite.getByRole("textbox", { name: "Invitation link" }).waitFor();
    await capture(page, "invite-link");
    await invite.getByRole("button", { name: "Done" }).click();

    await page.goto("/tokens");
    await page.getByRole("table").waitFor();
    await capture(page, "tokens");

    await page.goto(`/orgs/${org}/audit`);
    await page.getByRole("list", { name: "Changes, newest first" }).waitFor();
    await capture(page, "audit");

    await page.goto("/account");
    await page.getByRole("heading", { name: "Change password" }).waitFor();
    await page.getByRole("table", { name: /^Notifications in / }).waitFor();
    await capture(page, "account");

    // Last, so the members page above still shows Sofia invited: she joins and hands out actions.
    await notifyTheAdministrator(orrery, erpId);
    await page.goto(`/orgs/${org}/notifications`);
    await page
      .getByRole("link", { name: /Action assigned to you: ERP/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Notifications: 2 unread" }).click();
    await page.getByRole("dialog", { name: "Notifications" }).waitFor();
    await capture(page, "notifications");
    await page.keyboard.press("Escape");

    const dark = await signedInPage(orrery.browser, orrery, { colorScheme: "dark" });
    await dark.goto(`/orgs/${org}/projects`);
    await dark.getByRole("table").waitFor();
    await capture(dark, "projects-dark");
    await dark.goto(`/orgs/${org}/projects/${erpId}/plan`);
    await dark.getByRole("row", { name: /Conduct needs analysis/ }).waitFor();
    await capture(dark, "plan-dark");

    const phone = await signedInPage(orrery.browser, orrery, { phone: true });
    await phone.goto(`/orgs/${org}/projects`);
    await phone.getByRole("table").waitFor();
    await capture(phone, "projects-phone");
    await phone.getByRole("button", { name: "Open navigation" }).click();
    await phone
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Members" })
      .waitFor();
    await capture(phone, "navigation-phone");

    const visitor = await (
      await newContext(orrery.browser, { baseURL: orrery.server.url })
    ).newPage();
    await visitor.goto("/sign-in");
    await visitor.getByRole("button", { name: "Sign in" }).waitFor();
    await capture(visitor, "sign-in");
  } finally {
    await orrery.close();
  }

  const fresh = await startFreshServer();
  const browser = await launchBrowser();
  try {
    const page = await (await newContext(browser, { baseURL: fresh.url })).newPage();
    await page.goto(fresh.setupPath);
    await page.getByRole("button", { name: "Create administrator and start" }).waitFor();
    await page.getByLabel(/^Your name/).fill("Grace Hopper");
    await page.getByLabel(/^E-mail/).fill("grace@example.com");
    await page.getByLabel(/^Organisation/).fill("Acme PMO");
    await capture(page, "setup");
  } finally {
    await browser.close();
    await fresh.close();
  }
}

await main();
