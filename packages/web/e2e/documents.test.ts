import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let orrery: Orrery;
let projectId: string;

beforeAll(async () => {
  orrery = await startOrrery();
  const { api, org } = orrery;
  const template = await api.send(
    z.object({ id: z.string() }).loose(),
    "POST",
    `/api/v1/orgs/${org}/templates`,
    {
      name: "Charter first",
      methodology: "waterfall",
      phases: [
        {
          name: "Start",
          gate: {
            name: "Start gate",
            requiredDocuments: ["Project charter"],
            reviewerRoles: ["executive"],
          },
        },
        { name: "Deliver", gate: { name: "Closure", reviewerRoles: ["executive"] } },
      ],
    },
  );
  const project = await api.createProject(org, {
    key: "DMS",
    name: "Document management",
    templateId: template.id,
  });
  projectId = project.id;
});

afterAll(async () => {
  await orrery?.close();
});

async function expectAccessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe("documents", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  it("uploads a document, attaches it to a gate's required deliverable, and the gate is ready", async () => {
    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/lifecycle`);
    await page.getByText("Missing before the review may be requested").waitFor();
    await page.getByText("Document: Project charter").first().waitFor();

    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/documents`);
    await page.getByText("No documents yet").waitFor();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Upload document" }).click();
    const upload = page.getByRole("dialog", { name: "Upload a document" });
    await upload.locator('input[type="file"]').setInputFiles({
      name: "DMS charter.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(
        "# Project charter: Document management\n\n## Purpose\nOne place for every file.\n",
      ),
    });
    await upload.getByRole("textbox", { name: "Note" }).fill("Agreed with the sponsor");
    await expectAccessible(page);
    await upload.getByRole("button", { name: "Upload" }).click();
    await upload.waitFor({ state: "detached" });
    const row = page.getByRole("row", { name: /DMS charter/ });
    await row.waitFor();
    await expectAccessible(page);

    await row.getByRole("button", { name: "Actions for DMS charter" }).click();
    await page.getByRole("menuitem", { name: "Attach to gate deliverable" }).click();
    const attach = page.getByRole("dialog", { name: "Attach DMS charter to a gate" });
    await attach.getByRole("combobox", { name: "Deliverable" }).click();
    await page.getByRole("option", { name: "Gate 1 (Start gate): Project charter" }).click();
    await attach.getByRole("button", { name: "Save" }).click();
    await attach.waitFor({ state: "detached" });
    await row.getByText("Gate 1: Project charter").waitFor();

    await row.getByRole("button", { name: "v1: versions of DMS charter" }).click();
    const versions = page.getByRole("dialog", { name: "Versions of DMS charter" });
    await versions.getByRole("cell", { name: "Agreed with the sponsor" }).waitFor();
    const download = versions.getByRole("link", { name: "Download version 1, DMS charter.md" });
    expect(await download.getAttribute("href")).toMatch(/\/versions\/1\/content$/);
    await page.keyboard.press("Escape");

    await page.goto(`/orgs/${orrery.org}/projects/${projectId}/lifecycle`);
    await page.getByText("Checklist complete").waitFor();
    await page.getByText("Supplied by the attached document DMS charter").waitFor();
    await expect(
      page.getByText("Missing before the review may be requested").count(),
    ).resolves.toBe(0);
  });

  it("shows the organisation's document library with the built-in templates", async () => {
    await page.goto(`/orgs/${orrery.org}/documents`);
    for (const title of [
      "Project charter",
      "Business case",
      "Status report",
      "Post-implementation review",
    ])
      await page.getByRole("row", { name: new RegExp(title) }).waitFor();
    await expectAccessible(page);
  });
});
