import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { type Orrery, personBrowser, startOrrery } from "./orrery-fixture.js";
import { recordRisk } from "./raid-steps.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let orrery: Orrery;
let pmo: Page;
let manager: Page;
let executive: Page;
/** The project the flow runs on, once the project manager has made it. */
let projectPath: string;
let projectId: string;
const DAY = 480;

/** A member of the organisation with this role, signed in in a browser profile of their own. */
async function personPage(role: "pmo_manager" | "project_manager" | "executive", name: string) {
  return (await personBrowser(orrery, role, name)).page;
}

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

beforeAll(async () => {
  orrery = await startOrrery();
  [pmo, manager, executive] = await Promise.all([
    personPage("pmo_manager", "Pat PMO"),
    personPage("project_manager", "Morgan Manager"),
    personPage("executive", "Eve Executive"),
  ]);
});

afterAll(async () => {
  await orrery?.close();
});

const CRITERIA = [
  "Project board appointed",
  "Outline business case viable",
  "Approach chosen",
  "Security review signed off",
];

describe("a project governed from a copied PRINCE2 template, start to close", () => {
  it("lets the PMO copy PRINCE2 and add a gate criterion, checked next to the fields", async () => {
    await pmo.goto(`/orgs/${orrery.org}/templates`);
    await pmo.getByRole("heading", { name: "Lifecycle templates" }).waitFor();
    await pmo.getByRole("article", { name: "PRINCE2" }).waitFor();
    await expectAccessible(pmo);
    await pmo.getByRole("button", { name: "Copy PRINCE2" }).click();
    await pmo.getByRole("heading", { name: "Copy of PRINCE2" }).waitFor();

    const first = pmo.getByRole("group", { name: /^Phase 1/ });
    await first.getByLabel(/^Phase name/).fill("");
    await pmo.getByRole("button", { name: "Publish version 2" }).click();
    await first.getByText("Phase name is required").waitFor();
    await first.getByLabel(/^Phase name/).fill("Starting up");
    const criteria = first.getByLabel(/^Criteria/);
    await criteria.fill("Security review signed off");
    await criteria.press("Enter");
    await pmo.getByRole("button", { name: "Publish version 2" }).click();
    await pmo.getByText("Copy of PRINCE2 version 2 published.").waitFor();
    await expectAccessible(pmo);
  });

  it("lets a project manager start a project on it", async () => {
    await manager.goto(`/orgs/${orrery.org}/projects`);
    await manager.getByRole("button", { name: "New project" }).click();
    const dialog = manager.getByRole("dialog", { name: "New project" });
    await dialog.getByLabel(/^Key/).fill("GOV");
    await dialog.getByLabel(/^Name/).fill("Governed rollout");
    await dialog.getByLabel(/^Lifecycle template/).click();
    await manager.getByRole("option", { name: "Copy of PRINCE2 (version 2)" }).click();
    await dialog.getByRole("button", { name: "Create project" }).click();
    await dialog.waitFor({ state: "hidden" });
    await manager
      .getByRole("row", { name: /Governed rollout/ })
      .getByRole("link")
      .first()
      .click();
    await manager.getByRole("link", { name: "Lifecycle" }).click();
    await manager.getByRole("heading", { name: "Lifecycle · Governed rollout" }).waitFor();
    await manager.getByRole("heading", { name: "Next gate: Authorise initiation" }).waitFor();
    const missing = manager.getByRole("alert").filter({ hasText: "Missing before the review" });
    await missing.getByText("Security review signed off").waitFor();
    await expectAccessible(manager);
    projectPath = new URL(manager.url()).pathname.replace(/\/lifecycle$/, "");
    projectId = projectPath.split("/").at(-1) ?? "";
  });

  it("records two risks on it by keyboard", async () => {
    await manager.goto(`${projectPath}/raid`);
    await recordRisk(manager, "Board members unavailable", 4, 5);
    await manager.getByRole("row", { name: /R-1.*Board members unavailable/ }).waitFor();
    await recordRisk(manager, "Supplier contract slips", 3, 3);
    await manager.getByRole("row", { name: /R-2.*Supplier contract slips/ }).waitFor();
    await manager.getByText("2 open threats, by probability and impact.").waitFor();
  });

  it("writes a status report whose schedule turns amber when a milestone slips", async () => {
    // The plan as an importer would leave it, then baselined, then slipping by two days.
    await orrery.api.editPlan(orrery.org, projectId, [
      { op: "create", task: { uid: 1, name: "Pilot", durationMinutes: 3 * DAY } },
      {
        op: "create",
        task: { uid: 2, name: "Board sign-off", durationMinutes: 0, milestone: true },
      },
      { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    ]);
    await orrery.api.setBaseline(orrery.org, projectId);
    await orrery.api.editPlan(orrery.org, projectId, [
      { op: "update", uid: 1, version: 1, patch: { durationMinutes: 5 * DAY } },
    ]);
    await manager.goto(`${projectPath}/status-reports`);
    await manager
      .getByRole("table", { name: "Colours computed from the project's data" })
      .getByRole("row", {
        name: /Schedule\s+Amber\s+milestone "Board sign-off" is forecast 2 working days after its baseline/,
      })
      .waitFor();
    await manager.getByRole("button", { name: "Write report" }).click();
    const dialog = manager.getByRole("dialog", { name: "New status report" });
    await dialog.getByRole("textbox", { name: "Summary" }).fill("The pilot runs two days late.");
    await dialog.getByRole("button", { name: "Save as draft" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = manager
      .getByRole("table", { name: "Status reports" })
      .getByRole("row", { name: /^1\s/ });
    await row.getByRole("button", { name: "Actions for status report 1" }).click();
    await manager.getByRole("menuitem", { name: "Submit to the PMO" }).click();
    await row.getByText("Submitted").waitFor();
    await expectAccessible(manager);
  });

  it("requests the first gate once its checklist is complete", async () => {
    await manager.goto(`${projectPath}/lifecycle`);
    const checklist = manager.getByRole("form", { name: "Gate checklist" });
    for (const label of CRITERIA) await checklist.getByRole("checkbox", { name: label }).check();
    for (const document of ["Project brief", "Initiation stage plan"]) {
      await checklist.getByRole("checkbox", { name: `Document: ${document}` }).check();
      await checklist
        .getByLabel(`Where "${document}" lives`)
        .fill(`https://wiki.example/${document}`);
    }
    await checklist.getByLabel(/^Planned date of this gate/).fill("2027-02-01");
    await checklist.getByRole("button", { name: "Save checklist" }).click();
    await manager.getByText("Checklist complete").waitFor();

    const request = manager.getByRole("form", { name: "Request gate review" });
    await request.getByLabel(/^Note/).fill("Board ready to meet on Thursday.");
    await request.getByRole("button", { name: "Request review" }).click();
    await manager.getByRole("heading", { name: "Gate 1 review: Authorise initiation" }).waitFor();
    await manager.getByText("You may read it but not decide it.", { exact: false }).waitFor();
    await expectAccessible(manager);
  });

  it("shows the request on the gate calendar and lets an executive approve it", async () => {
    await executive.goto(`/orgs/${orrery.org}/gates`);
    await executive.getByRole("heading", { name: "Gate calendar" }).waitFor();
    const row = executive.getByRole("row", { name: /GOV · Governed rollout/ });
    await row.getByText("Requested").waitFor();
    await row.getByText("2027-02-01").waitFor();
    await expectAccessible(executive);
    await row.getByRole("link", { name: "Gate 1: Authorise initiation" }).click();
    await executive.getByText("Security review signed off — done").waitFor();
    const form = executive.getByRole("form", { name: "Gate decision" });
    await form.getByRole("radio", { name: "Approved", exact: true }).check();
    await form.getByLabel(/^Comments/).fill("Proceed to initiation.");
    await expectAccessible(executive);
    await form.getByRole("button", { name: "Record decision" }).click();
    await executive.getByRole("heading", { name: "Decision: Approved" }).waitFor();
  });

  it("lets the project manager enter the next phase once the gate is approved", async () => {
    await manager.goto(manager.url().replace(/\/gates\/.*$/, "/lifecycle"));
    await manager.getByRole("button", { name: "Enter the next phase" }).click();
    await manager.getByRole("heading", { name: "Next gate: Authorise the project" }).waitFor();
    await manager.getByText("2. Initiating").waitFor();
  });

  it("suggests the lesson recorded at its close when a similar project starts", async () => {
    await manager.goto(`${projectPath}/review`);
    await manager.getByRole("heading", { name: "Observations" }).waitFor();
    await manager
      .getByRole("textbox", { name: /^What to improve/ })
      .fill("Rollout board dates were booked too late; book the rollout board a quarter ahead.");
    await manager.getByRole("button", { name: "Save review" }).click();
    await manager.getByText("Review saved.").waitFor();
    await manager.getByRole("button", { name: "Turn 1 observation into lessons" }).focus();
    await manager.keyboard.press("Enter");
    await manager.getByText("1 lesson recorded from the review.").waitFor();

    const next = await orrery.api.createProject(orrery.org, {
      key: "GOV2",
      name: "Regional rollout board",
    });
    await pmo.goto(`/orgs/${orrery.org}/projects/${next.id}`);
    await pmo
      .getByRole("region", { name: "Lessons from past projects" })
      .getByRole("article", { name: /Rollout board dates were booked too late/ })
      .waitFor();
    await expectAccessible(pmo);
  });
});
