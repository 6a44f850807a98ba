import { ORG_ROLE_LABELS, OrgRole } from "@orrery/contracts/roles";
import { describe, expect, it } from "vitest";
import { renderPermissionsPage } from "./permissions-table.js";
import { ACCOUNT_ACTIONS, ACTIONS } from "./policy.js";

describe("renderPermissionsPage", () => {
  it("has a row for every action and a column for every organisation role", () => {
    const page = renderPermissionsPage();
    for (const action of [...ACTIONS, ...ACCOUNT_ACTIONS])
      expect(page).toContain(`| \`${action}\` |`);
    for (const role of OrgRole.options) expect(page).toContain(ORG_ROLE_LABELS[role]);
  });

  it("marks the admin allowed everywhere in the organisation table", () => {
    const page = renderPermissionsPage();
    const orgSection = page.slice(
      page.indexOf("## Organisation roles"),
      page.indexOf("## Project roles"),
    );
    const rows = orgSection
      .split("\n")
      .filter((line) => ACTIONS.some((action) => line.startsWith(`| \`${action}\` | `)));
    expect(rows).toHaveLength(ACTIONS.length);
    for (const row of rows) expect(row.split(" | ")[2]).toBe("✓");
  });
});
