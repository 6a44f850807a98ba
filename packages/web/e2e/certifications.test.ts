import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describeViolations, seriousViolations } from "./accessibility.js";
import { adminBrowser, type Orrery, startOrrery } from "./orrery-fixture.js";

// A real server and browser on CI's two shared cores: steps are slower than unit tests.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

let orrery: Orrery;

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  orrery = await startOrrery();
  await orrery.api.addMember(orrery.org, "sofia@example.test", "Sofia Jansen", "project_manager");
});

afterAll(async () => {
  await orrery?.close();
});

describe("certifications", () => {
  let page: Page;
  beforeAll(async () => {
    page = (await adminBrowser(orrery)).page;
  });

  it("records a member's certification and shows what expires soon", async () => {
    await page.goto(`/orgs/${orrery.org}/certifications`);
    await page.getByText("No certifications recorded").waitFor();
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    for (const [name, expires] of [
      ["PMP", inDays(400)],
      ["PRINCE2 Practitioner", inDays(30)],
    ] as const) {
      await page.getByRole("button", { name: "Record certification" }).click();
      const dialog = page.getByRole("dialog", { name: "Record a certification" });
      await dialog.getByRole("combobox", { name: "Person" }).click();
      await page.getByRole("option", { name: "Sofia Jansen" }).click();
      await dialog.getByRole("textbox", { name: "Name" }).fill(name);
      await dialog.getByRole("button", { name: "Record" }).click();
      await dialog.waitFor({ state: "detached" });
      const row = page.getByRole("row", { name: new RegExp(`Sofia Jansen\\s+${name}`) });
      await row.waitFor();
      await row.getByRole("button", { name: `Actions for Sofia Jansen's ${name}` }).click();
      await page.getByRole("menuitem", { name: "Edit" }).click();
      const edit = page.getByRole("dialog", { name: `Edit ${name}` });
      await edit.getByText("Leave empty if it does not expire").waitFor();
      await edit.getByRole("button", { name: "Cancel" }).click();
      // Dates through the API: the date picker's own keyboard is Mantine's, tested there.
      const [record] = (
        (await (
          await page.request.get(
            `/api/v1/orgs/${orrery.org}/certifications?q=${encodeURIComponent(name)}`,
          )
        ).json()) as { items: { id: string; version: number }[] }
      ).items;
      await page.request.patch(`/api/v1/orgs/${orrery.org}/certifications/${record?.id}`, {
        data: { expiresOn: expires },
        headers: { "if-match": `"${record?.version}"`, origin: new URL(page.url()).origin },
      });
    }
    await page.getByRole("row", { name: /PRINCE2 Practitioner.*Expires soon/ }).waitFor();
    await page.getByRole("row", { name: /PMP.*Valid/ }).waitFor();
    await page.getByText("PMP: 1").waitFor();

    await page.getByText("Expiring within 90 days").click();
    await page.getByRole("row", { name: /PMP/ }).waitFor({ state: "detached" });
    await page.getByRole("row", { name: /PRINCE2 Practitioner/ }).waitFor();
  });
});
