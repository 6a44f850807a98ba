import { describe, expect, it } from "vitest";
import {
  isFiltered,
  listParams,
  nextSort,
  ProjectSearch,
  sortDirection,
  statusesOf,
  statusParam,
} from "./project-filters.js";

describe("ProjectSearch", () => {
  it("falls back to defaults for unreadable URL values", () => {
    expect(ProjectSearch.parse({ sort: "colour", archived: "maybe", q: "erp" })).toEqual({
      q: "erp",
      sort: undefined,
      archived: undefined,
      status: undefined,
    });
  });
});

describe("statusesOf", () => {
  it("keeps known statuses once each, in the workflow's order", () => {
    expect(statusesOf({ status: "on_hold,bogus,active,active" })).toEqual(["active", "on_hold"]);
  });

  it("round-trips through the URL value", () => {
    expect(statusesOf({ status: statusParam(["proposed", "completed"]) })).toEqual([
      "proposed",
      "completed",
    ]);
    expect(statusParam([])).toBeUndefined();
  });
});

describe("isFiltered", () => {
  it("is false for the default view and true once anything narrows it", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ sort: "-updatedAt" })).toBe(false);
    expect(isFiltered({ q: "erp" })).toBe(true);
    expect(isFiltered({ archived: "all" })).toBe(true);
    expect(isFiltered({ status: "active" })).toBe(true);
  });
});

describe("listParams", () => {
  it("hides archived projects and sorts by name unless told otherwise", () => {
    expect(listParams({})).toEqual({
      q: undefined,
      status: undefined,
      archived: "false",
      sort: "name",
    });
  });
});

describe("nextSort", () => {
  it("sorts ascending first and flips on a second click", () => {
    expect(nextSort("name", "status")).toBe("status");
    expect(nextSort("status", "status")).toBe("-status");
    expect(nextSort("-status", "status")).toBe("status");
  });

  it("reports the direction for aria-sort", () => {
    expect(sortDirection("-name", "name")).toBe("descending");
    expect(sortDirection("name", "name")).toBe("ascending");
    expect(sortDirection("name", "key")).toBe("none");
  });
});
