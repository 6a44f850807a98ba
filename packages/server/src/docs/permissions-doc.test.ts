import { readFileSync } from "node:fs";
import { renderPermissionsPage } from "@orrery/core/access/permissions-table";
import { describe, expect, it } from "vitest";
import { PERMISSIONS_DOC } from "./permissions-doc.js";

describe("docs/permissions.md", () => {
  it("matches the policy table (regenerate: npm run docs:permissions -w @orrery/server)", () => {
    expect(readFileSync(PERMISSIONS_DOC, "utf8")).toBe(renderPermissionsPage());
  });
});
