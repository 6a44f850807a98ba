import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.js";

describe("safeRedirect", () => {
  it("follows paths on this site", () => {
    expect(safeRedirect("/orgs/acme/projects?q=erp")).toBe("/orgs/acme/projects?q=erp");
  });

  it("refuses other sites, however they are spelled", () => {
    for (const target of ["https://evil.example", "//evil.example", "/\\evil.example", "evil"]) {
      expect(safeRedirect(target), target).toBe("/");
    }
  });

  it("does not send a person back to the sign-in page", () => {
    expect(safeRedirect("/sign-in?redirect=/x")).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
  });
});
