import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { locateCorpus } from "@orrery/interop/conformance/conformance-corpus";
import { readProjectFile } from "@orrery/interop/project-file";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertCliBuilt, runCli } from "../testing/cli-process.js";

const corpus = locateCorpus();
let directory = "";

beforeAll(() => {
  assertCliBuilt();
  directory = mkdtempSync(join(tmpdir(), "orrery-convert-"));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const inDirectory = (name: string) => join(directory, name);

async function scheduleJson(file: string): Promise<unknown> {
  const run = await runCli(["schedule", file, "--json"]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

// Each case starts node several times; on a busy two-core machine that alone can take seconds.
describe("orrery convert", { timeout: 120_000 }, () => {
  describe.runIf(corpus !== undefined)("keeps what scheduling needs", () => {
    it.each([
      ["projterm_Project1.xml", "projterm.xml"],
      ["kanbantt2_07_Proyecto_SLL_2015.xml", "kanbantt2.xml"],
      ["xer/asposecloud_testXer.xer", "aspose.xml"],
    ])("schedules %s and its conversion to %s alike", async (source, target) => {
      const input = join(corpus ?? "", source);
      const output = inDirectory(target);
      const run = await runCli(["convert", input, output]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^wrote .*: \d+ tasks, \d+ links\n$/);
      expect(await scheduleJson(output)).toEqual(await scheduleJson(input));
    });
  });

  it("converts a task list between CSV and XLSX and back without change", async () => {
    const csv = inDirectory("list.csv");
    writeFileSync(
      csv,
      'ID,Name,Duration,Start,Predecessors,Outline Level,Notes\n1,Phase,0d,2027-01-04,,1,\n2,Dig,2d,,,2,"deep, wide"\n3,Pour,1d,,2FS+1d,2,\n',
    );
    expect((await runCli(["convert", csv, inDirectory("list.xlsx")])).code).toBe(0);
    expect(
      (await runCli(["convert", inDirectory("list.xlsx"), inDirectory("again.csv")])).code,
    ).toBe(0);
    expect(
      (await runCli(["convert", inDirectory("again.csv"), inDirectory("third.csv")])).code,
    ).toBe(0);
    expect(readFileSync(inDirectory("third.csv"), "utf8")).toBe(
      readFileSync(inDirectory("again.csv"), "utf8"),
    );
    expect(await scheduleJson(inDirectory("again.csv"))).toEqual(await scheduleJson(csv));
  });

  it("writes Orrery's computed dates with --schedule", async () => {
    const csv = inDirectory("plan.csv");
    writeFileSync(
      csv,
      "ID,Name,Duration,Start,Finish,Predecessors\n1,Dig,2d,2027-01-04,2027-01-04,\n2,Pour,1d,2027-01-04,2027-01-04,1\n",
    );
    const output = inDirectory("plan.xml");
    expect((await runCli(["convert", csv, output, "--schedule"])).code).toBe(0);
    const read = await readProjectFile(readFileSync(output), output);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const pour = read.document.tasks.find((task) => task.name === "Pour");
    expect(pour?.start).toBe("2027-01-06T08:00:00");
    expect(pour?.stored).toMatchObject({
      earlyStart: "2027-01-06T08:00:00",
      totalSlackMinutes: 0,
      critical: true,
    });
  });

  it("reports what it wrote as JSON with --json", async () => {
    const csv = inDirectory("json.csv");
    writeFileSync(csv, "Name,Start\nDig,2027-01-04\n");
    const run = await runCli(["convert", csv, inDirectory("json.xml"), "--json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({
      input: csv,
      output: inDirectory("json.xml"),
      format: "mspdi",
      tasks: 1,
      links: 0,
    });
  });

  describe("refuses with one line and exit 2", () => {
    it.each([
      [
        "writing XER",
        () => ["convert", inDirectory("list.csv"), inDirectory("out.xer")],
        /^orrery: cannot write .*out\.xer: Primavera XER is read-only in Orrery; write \.xml, \.csv or \.xlsx\n$/,
      ],
      [
        "an unknown output extension",
        () => ["convert", inDirectory("list.csv"), inDirectory("out.pdf")],
        /^orrery: the output .*out\.pdf has the extension \.pdf; use one of/,
      ],
      [
        "a missing input",
        () => ["convert", inDirectory("nothing.xml"), inDirectory("out.csv")],
        /^orrery: .*nothing\.xml: no such file\n$/,
      ],
      [
        "a bad input",
        () => {
          writeFileSync(inDirectory("broken.xer"), "ERMHDR\t8.3\n%T\tPROJECT\n");
          return ["convert", inDirectory("broken.xer"), inDirectory("out.csv")];
        },
        /^orrery: .*broken\.xer, line \d+: the file ends without the %E end marker/,
      ],
    ])("%s", async (_title, args, message) => {
      const run = await runCli(args());
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(existsSync(inDirectory("out.csv")) || existsSync(inDirectory("out.xer"))).toBe(false);
    });
  });

  it("leaves no partial file behind when it cannot write", async () => {
    const csv = inDirectory("list.csv");
    const run = await runCli(["convert", csv, join(directory, "no-such-folder", "out.xml")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^orrery: cannot write .*out\.xml: /);
    expect(readdirSync(directory).some((name) => name.endsWith(".partial"))).toBe(false);
  });
});
