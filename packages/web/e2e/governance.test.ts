import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { type Orrery, personBrowser, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let orrery: Orrery;
let pmo: Page;
let manager: Page;
let executive: Page;

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

describe("stage gates from a copied PRINCE2 template", () => {
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

  it("lets a project manager start a project on it and request its first gate", async () => {
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
});
