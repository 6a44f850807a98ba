import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const Found = z.object({ id: z.string() }).loose();
const Library = z.object({
  items: z.array(z.object({ id: z.string(), builtIn: z.string().nullable() })),
});

let orrery: Orrery;
let page: Page;

beforeAll(async () => {
  orrery = await startOrrery();
  page = (await adminBrowser(orrery)).page;
  const base = `/api/v1/orgs/${orrery.org}`;
  const library = await orrery.api.send(Library, "GET", `${base}/templates?limit=50`);
  const waterfall = library.items.find((t) => t.builtIn === "waterfall")?.id;
  const project = await orrery.api.send(Found, "POST", `${base}/projects`, {
    key: "SLIP",
    name: "Slipping warehouse",
    templateId: waterfall,
  });
  await orrery.api.send(Found.partial(), "PATCH", `${base}/projects/${project.id}/lifecycle`, {
    gateDates: [{ gate: 1, date: "2021-03-01" }],
  });
});

afterAll(async () => {
  await orrery?.close();
});

describe("the compliance view", () => {
  it("lists an overdue gate with the link that fixes it, and filters by kind", async () => {
    await page.goto(`/orgs/${orrery.org}/projects`);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Compliance" })
      .click();
    const findings = page.getByRole("table", { name: "Findings, longest overdue first" });
    // The gate is overdue, and it lacks the documents Waterfall requires: two findings.
    const row = findings.getByRole("row", { name: /SLIP · Slipping warehouse.*not yet requested/ });
    await row.getByText("2021-03-01").waitFor();
    await findings
      .getByRole("row", { name: /SLIP · Slipping warehouse.*lacks/ })
      .getByRole("link", { name: "Attach the documents" })
      .waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The counts are the filter: reports alone leave the gate out, and say so.
    await page.getByRole("button", { name: "0 Status reports overdue" }).click();
    await page.getByText("No status reports overdue").waitFor();
    await page.getByRole("button", { name: "1 Gates overdue" }).click();
    await row.getByRole("link", { name: "Request the gate" }).click();
    await page.waitForURL(/\/projects\/[^/]+\/lifecycle$/);
  });
});
