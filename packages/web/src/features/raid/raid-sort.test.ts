import { describe, expect, it } from "vitest";
import { nextRaidSort, raidSortDirection } from "./raid-sort.js";

describe("nextRaidSort", () => {
  it("toggles a column between ascending and descending", () => {
    expect(nextRaidSort("-createdAt", "title")).toBe("title");
    expect(nextRaidSort("title", "title")).toBe("-title");
    expect(nextRaidSort("-title", "title")).toBe("title");
  });

  it("sorts scores worst first on the first click", () => {
    expect(nextRaidSort("title", "score")).toBe("-score");
    expect(nextRaidSort("-score", "score")).toBe("score");
  });

  it("tells aria-sort which way a column is sorted", () => {
    expect(raidSortDirection("-score", "score")).toBe("descending");
    expect(raidSortDirection("dueDate", "dueDate")).toBe("ascending");
    expect(raidSortDirection("dueDate", "score")).toBe("none");
  });
});
