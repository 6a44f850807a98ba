import { describe, expect, it } from "vitest";
import { buildProgram, commandNameOf } from "./main.js";

const argv = (...args: string[]) => ["node", "orrery", ...args];

describe("the command line", () => {
  it.each([
    [["schedule", "plan.xml", "--json"], "schedule"],
    [["--json", "schedule", "plan.xml"], "schedule"],
    [["--url", "http://localhost:4280", "--org", "acme", "projects", "list"], "projects"],
    [["--token=abc", "tokens", "list"], "tokens"],
    [["--org", "schedule", "orgs"], "orgs"],
    [["--help"], undefined],
    [[], undefined],
  ])("reads %j as running %s", (args, name) => {
    expect(commandNameOf(argv(...args))).toBe(name);
  });

  it("loads only the command it runs, and every command for help or an unknown name", async () => {
    const names = async (...args: string[]) =>
      (await buildProgram(argv(...args))).commands.map((command) => command.name());
    expect(await names("schedule", "plan.xml")).toEqual(["schedule"]);
    const all = [
      ...["start", "migrate", "schedule", "convert", "projects", "raid", "changes"],
      ...["status-report", "gates", "templates", "lessons", "orgs", "tokens"],
    ];
    expect(await names("--help")).toEqual(all);
    expect(await names("shedule")).toEqual(all);
  });
});
