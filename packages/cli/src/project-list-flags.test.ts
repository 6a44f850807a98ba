import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import { type ProjectListFlags, projectListRequestOf } from "./project-list-flags.js";

describe("projectListRequestOf", () => {
  it("reads statuses, search, sort, archived and limit", () => {
    expect(
      projectListRequestOf({
        status: "active, on_hold",
        q: " erp ",
        sort: "-updatedAt",
        archived: "all",
        limit: "20",
      }),
    ).toEqual({
      filter: { status: ["active", "on_hold"], q: "erp", sort: "-updatedAt", archived: "all" },
      atMost: 20,
    });
  });

  it("asks for every page when --limit is absent", () => {
    expect(projectListRequestOf({}).atMost).toBeUndefined();
  });

  it.each<[ProjectListFlags, string]>([
    [
      { status: "active,done" },
      "--status: must be one of proposed, active, on_hold, completed, cancelled",
    ],
    [
      { sort: "size" },
      "--sort: must be one of name, key, status, plannedStart, plannedFinish, createdAt, updatedAt, -name, -key, -status, -plannedStart, -plannedFinish, -createdAt, -updatedAt",
    ],
    [{ archived: "maybe" }, "--archived: must be one of false, true, all"],
    [{ limit: "0" }, "--limit: must be a whole number of at least 1"],
    [{ limit: "-3" }, "--limit: must be a whole number of at least 1"],
    [{ limit: "2.5" }, "--limit: must be a whole number of at least 1"],
  ])("refuses %j with exit 2 naming the flag", (flags, message) => {
    expect(() => projectListRequestOf(flags)).toThrow(
      expect.objectContaining({ message, exitCode: 2 }),
    );
    expect(() => projectListRequestOf(flags)).toThrow(CliError);
  });
});
