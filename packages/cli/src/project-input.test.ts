import type { Project } from "@orrery/contracts/projects";
import { describe, expect, it } from "vitest";
import { CliError, EXIT_USAGE } from "./cli-error.js";
import {
  completeProjectChange,
  type ProjectFlags,
  projectChangeFromFlags,
  projectCreateFromFlags,
} from "./project-input.js";

function usageMessageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError && error.exitCode === EXIT_USAGE) return error.message;
    throw error;
  }
  throw new Error("expected a usage error");
}

const minimal: ProjectFlags = { key: "ok", name: "Project" };

function buildProject(overrides: Partial<Project> = {}): Project {
  return {
    id: "5a7796a0-e3fd-46cf-8f7e-dd2f2bad0576",
    key: "ERP",
    name: "ERP rollout",
    description: "",
    status: "active",
    archived: false,
    methodology: "waterfall",
    manager: null,
    sponsor: null,
    plannedStart: "2027-01-04",
    plannedFinish: null,
    budget: null,
    tags: [],
    myRole: "manager",
    version: 3,
    createdAt: "2026-11-23T09:30:00.000Z",
    createdBy: null,
    updatedAt: "2026-11-23T09:30:00.000Z",
    updatedBy: null,
    ...overrides,
  };
}

describe("projectCreateFromFlags", () => {
  it("builds the create body with the key upper-cased and the budget in minor units", () => {
    expect(
      projectCreateFromFlags({
        ...minimal,
        key: " erp ",
        status: "active",
        methodology: "agile",
        manager: "pia@example.test",
        sponsor: "none",
        start: "2027-01-04",
        finish: "2027-06-30",
        budget: "125000.00",
        currency: "eur",
        tag: ["finance", "2027"],
      }),
    ).toEqual({
      key: "ERP",
      name: "Project",
      description: "",
      status: "active",
      methodology: "agile",
      managerId: "pia@example.test",
      sponsorId: null,
      plannedStart: "2027-01-04",
      plannedFinish: "2027-06-30",
      budget: { amountMinor: 12_500_000, currency: "EUR" },
      tags: ["finance", "2027"],
      // No lifecycle template unless one is chosen (in the web app or the API).
      templateId: null,
    });
  });

  it("leaves the manager out when --manager is absent, so the creator manages", () => {
    const sent = JSON.parse(JSON.stringify(projectCreateFromFlags(minimal)));
    expect(sent).not.toHaveProperty("managerId");
  });

  it.each<[ProjectFlags, string]>([
    [{ name: "x" }, "--key: is required (2–10 letters or digits)"],
    [{ key: "OK" }, "--name: is required"],
    [{ ...minimal, name: "  " }, "--name: is required"],
    [{ ...minimal, key: "1X" }, "--key: must be 2–10 letters or digits, starting with a letter"],
    [{ ...minimal, start: "2027-02-30" }, "--start: must be a real date written YYYY-MM-DD"],
    [{ ...minimal, finish: "31/12/2027" }, "--finish: must be a real date written YYYY-MM-DD"],
    [{ ...minimal, start: "1800-01-01" }, "--start: must be between 1900 and 2999"],
    [
      { ...minimal, start: "2027-05-01", finish: "2027-04-30" },
      "--finish: must not be before the planned start",
    ],
    [
      { ...minimal, status: "done" },
      "--status: must be one of proposed, active, on_hold, completed, cancelled",
    ],
    [
      { ...minimal, methodology: "scrum" },
      "--methodology: must be one of waterfall, agile, hybrid, prince2",
    ],
    [
      { ...minimal, budget: "10", currency: "EURO" },
      "--currency: must be an ISO 4217 currency code such as EUR",
    ],
    [
      { ...minimal, budget: "10", currency: "XYZ" },
      "--currency: must be an ISO 4217 currency code such as EUR",
    ],
    [
      { ...minimal, budget: "10.001", currency: "EUR" },
      "--budget: EUR has 2 decimal places; got more",
    ],
    [
      { ...minimal, budget: "1,000", currency: "EUR" },
      "--budget: must be an amount in major units such as 125000.00 (digits and one point)",
    ],
    [{ ...minimal, budget: "10" }, "--currency: is required with --budget"],
    [{ ...minimal, currency: "EUR" }, "--budget: is required with --currency"],
    [{ ...minimal, tag: ["a", "a"] }, "--tag: must not repeat a tag"],
    [
      { ...minimal, archive: true },
      "--archive, --restore and --clear-tags apply to `projects update` only",
    ],
  ])("refuses %j naming the flag", (flags, message) => {
    expect(usageMessageOf(() => projectCreateFromFlags(flags))).toBe(message);
  });
});

describe("projectChangeFromFlags", () => {
  it("sends only the fields whose flags were given", () => {
    const draft = projectChangeFromFlags({ status: "on_hold", finish: "none", archive: true });
    expect(JSON.parse(JSON.stringify(draft.body))).toEqual({
      status: "on_hold",
      plannedFinish: null,
      archived: true,
    });
    expect(draft.budgetAmount).toBeNull();
  });

  it("clears the budget, the people and the tags with 'none' and --clear-tags", () => {
    const draft = projectChangeFromFlags({
      budget: "none",
      manager: "none",
      sponsor: "none",
      clearTags: true,
    });
    expect(JSON.parse(JSON.stringify(draft.body))).toEqual({
      budget: null,
      managerId: null,
      sponsorId: null,
      tags: [],
    });
  });

  it("reads a bare --budget in the project's current currency", () => {
    const draft = projectChangeFromFlags({ budget: "5000" });
    const withYen = buildProject({ budget: { amountMinor: 1, currency: "JPY" } });
    expect(completeProjectChange(draft, withYen).budget).toEqual({
      amountMinor: 5000,
      currency: "JPY",
    });
    expect(usageMessageOf(() => completeProjectChange(draft, buildProject()))).toBe(
      "--currency: is required, as the project has no budget currency yet",
    );
    const fraction = projectChangeFromFlags({ budget: "12.5" });
    expect(usageMessageOf(() => completeProjectChange(fraction, withYen))).toBe(
      "--budget: JPY has no minor unit; give a whole amount",
    );
  });

  it.each<[ProjectFlags, string]>([
    [{}, "nothing to change: give at least one flag such as --name, --status or --archive"],
    [{ archive: true, restore: true }, "--archive and --restore exclude each other"],
    [{ clearTags: true, tag: ["x"] }, "--clear-tags and --tag exclude each other"],
    [
      { budget: "ten" },
      "--budget: must be an amount in major units such as 125000.00 (digits and one point)",
    ],
    [{ budget: "none", currency: "EUR" }, "--currency: must not be given with --budget none"],
    [
      { start: "2027-05-01", finish: "2027-04-30" },
      "--finish: must not be before the planned start",
    ],
    [{ name: "" }, "--name: is required"],
    [
      { status: "done" },
      "--status: must be one of proposed, active, on_hold, completed, cancelled",
    ],
  ])("refuses %j naming the flag", (flags, message) => {
    expect(usageMessageOf(() => projectChangeFromFlags(flags))).toBe(message);
  });
});
