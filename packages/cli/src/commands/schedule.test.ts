import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { locateCorpus } from "@orrery/interop/conformance/conformance-corpus";
import { parseLocalDateTime } from "@orrery/interop/document/local-date-time";
import type { ProjectDocument } from "@orrery/interop/document/project-document";
import { writeProjectFile } from "@orrery/interop/project-file";
import { buildDocument, buildLink, buildTask } from "@orrery/interop/project-file-test-builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, runCli } from "../testing/cli-process.js";

const corpus = locateCorpus();
let directory = "";

beforeAll(() => {
  assertCliBuilt();
  directory = mkdtempSync(join(tmpdir(), "orrery-schedule-"));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function place(name: string, content: string | Uint8Array): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** The corpus oracle without the two fields the command's contract does not carry. */
function expectedReport(name: string): unknown {
  if (corpus === undefined) return undefined;
  const expected: { project: unknown; tasks: Record<string, unknown>[] } = JSON.parse(
    readFileSync(join(corpus, name.replace(/\.xml$/, ".expected.json")), "utf8"),
  );
  return {
    project: expected.project,
    tasks: expected.tasks.map(({ summary: _s, milestone: _m, ...task }) => task),
  };
}

const chain = (): ProjectDocument =>
  buildDocument({
    tasks: [
      buildTask({ uid: 1, name: "Phase", summary: true, durationMinutes: 0 }),
      buildTask({ uid: 2, name: "Dig", outlineLevel: 2, durationMinutes: 960 }),
      buildTask({ uid: 3, name: "Pour", outlineLevel: 2, durationMinutes: 480 }),
    ],
    links: [buildLink(2, 3)],
  });

// Each case starts node; on a busy two-core machine that alone can take seconds.
describe("orrery schedule", { timeout: 90_000 }, () => {
  describe.runIf(corpus !== undefined)(
    "on MS Project files whose dates the engine reproduces",
    () => {
      it.each([
        "dcollao_Proyecto1.xml",
        "projterm_Project1.xml",
        "mpxj_task-links-project2010-mspdi.xml",
        "mpp_PM-Microsoft-Project_Residential_Construction.xml",
      ])("prints %s's schedule as MS Project computed it", async (name) => {
        const run = await runCli(["schedule", join(corpus ?? "", name), "--json"]);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual(expectedReport(name));
      });
    },
  );

  it("prints the contract's fields, in file order, without the project summary", async () => {
    const run = await runCli([
      "schedule",
      place("chain.xml", await writeProjectFile(chain(), "mspdi")),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["project", "tasks"]);
    expect(report.tasks.map((task: { uid: number }) => task.uid)).toEqual([1, 2, 3]);
    expect(Object.keys(report.tasks[1])).toEqual([
      "uid",
      "id",
      "name",
      "start",
      "finish",
      "earlyStart",
      "earlyFinish",
      "lateStart",
      "lateFinish",
      "totalFloatMinutes",
      "freeFloatMinutes",
      "critical",
    ]);
    expect(report.tasks[2]).toMatchObject({
      name: "Pour",
      start: "2027-01-06T08:00:00",
      finish: "2027-01-06T17:00:00",
      critical: true,
    });
  });

  it("prints an aligned table with the outline, float in days and a critical marker", async () => {
    const run = await runCli([
      "schedule",
      place("table.xml", await writeProjectFile(chain(), "mspdi")),
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^UID\s+ID\s+Name\s+Start\s+Finish\s+Total float \(d\)\s+Critical$/);
    expect(lines[2]).toMatch(/^\s+2\s+2\s+· Dig\s+2027-01-04 08:00\s+2027-01-05 17:00\s+0\s+\*$/);
    expect(lines.at(-1)).toBe("Project 2027-01-04 08:00 → 2027-01-06 17:00, 3 tasks");
  });

  it("schedules a CSV task list, predecessors and lags included", async () => {
    const csv = place(
      "tasks.csv",
      "ID,Name,Duration,Start,Predecessors\n1,Dig,2d,2027-01-04,\n2,Pour,1d,,1FS+1d\n",
    );
    const run = await runCli(["schedule", csv, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).tasks[1]).toMatchObject({
      start: "2027-01-07T08:00:00",
      finish: "2027-01-07T17:00:00",
    });
  });

  it("schedules an XLSX task list", async () => {
    const run = await runCli([
      "schedule",
      place("tasks.xlsx", await writeProjectFile(chain(), "xlsx")),
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).tasks[2]).toMatchObject({
      name: "Pour",
      start: "2027-01-06T08:00:00",
    });
  });

  it.runIf(corpus !== undefined)("schedules a Primavera XER file", async () => {
    const run = await runCli([
      "schedule",
      join(corpus ?? "", "xer", "asposecloud_testXer.xer"),
      "--json",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.project.start).toBe("2000-02-24T08:00:00");
    expect(report.tasks).toHaveLength(102);
  });

  it("reschedules uncompleted work after a given --status-date", async () => {
    const started = buildDocument({
      tasks: [
        buildTask({
          uid: 1,
          name: "Dig",
          durationMinutes: 2400,
          actualStart: parseLocalDateTime("2027-01-04T08:00:00"),
          percentComplete: 20,
        }),
        buildTask({ uid: 2, name: "Survey", durationMinutes: 480 }),
      ],
    });
    const file = place("started.xml", await writeProjectFile(started, "mspdi"));
    const run = await runCli(["schedule", file, "--status-date", "2027-01-11", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const [dig, survey] = JSON.parse(run.stdout).tasks;
    // One day done on 4 January; the other four resume after Monday the 11th.
    expect(dig).toMatchObject({ start: "2027-01-04T08:00:00", finish: "2027-01-15T17:00:00" });
    expect(survey).toMatchObject({ start: "2027-01-12T08:00:00" });
    const unasked = await runCli(["schedule", file, "--json"]);
    expect(JSON.parse(unasked.stdout).tasks[0].finish).toBe("2027-01-08T17:00:00");
  });

  it("ends with a scheduling error naming the tasks of a loop, exit 1", async () => {
    const file = place(
      "loop.csv",
      "ID,Name,Duration,Start,Predecessors\n1,Dig,1d,2027-01-04,2\n2,Fill,1d,,1\n",
    );
    const run = await runCli(["schedule", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^orrery: cannot schedule .*loop\.csv: .*\(tasks [12] "(Dig|Fill)", [12] "(Dig|Fill)"/,
    );
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  describe("refuses bad input with one line and exit 2", () => {
    it.each([
      [
        "a missing file",
        () => ["schedule", join(directory, "absent.xml")],
        /^orrery: .*absent\.xml: no such file\n$/,
      ],
      [
        "an unknown extension",
        () => ["schedule", place("plan.mpp", "x")],
        /^orrery: the file .*plan\.mpp has the extension \.mpp; use one of \.xml/,
      ],
      [
        "a status date that is no date",
        () => [
          "schedule",
          place("ok.csv", "Name,Start\nDig,2027-01-04\n"),
          "--status-date",
          "2027-02-30",
        ],
        /^orrery: --status-date must be a date written YYYY-MM-DD, got "2027-02-30"\n$/,
      ],
      [
        "a file that is not what it says",
        () => ["schedule", place("bad.xml", "<Workbook/>")],
        /^orrery: .*bad\.xml, line 1: not an MS Project XML file: the root element is <Workbook>, not <Project>\n$/,
      ],
      [
        "a task list with several bad rows",
        () => [
          "schedule",
          place(
            "bad.csv",
            "Name,Duration,Start\nDig,2x,2027-01-04\n,1d,\nFill,1d,soon\nA,x,\nB,y,\n",
          ),
        ],
        /^orrery: .*bad\.csv, line 2, row 1, Duration: "2x" is not a duration .*; .*; .*; and \d+ more problems\n$/,
      ],
    ])("%s", async (_title, args, message) => {
      const run = await runCli(args());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    });
  });
});
