import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateCorpus } from "../conformance/conformance-corpus.js";
import type { ProjectDocument } from "../document/project-document.js";
import { decodeProjectText } from "../project-file.js";
import {
  buildXerProject,
  buildXerText,
  xerStandardCalendarData,
} from "../project-file-test-builders.js";
import { scheduleDocument } from "../schedule-report.js";
import { parseXerCalendarData } from "./xer-calendar.js";
import { readXer, type XerReadOptions } from "./xer-reader.js";

function read(
  text: string,
  options?: XerReadOptions,
): { document: ProjectDocument; notices: readonly string[] } {
  const result = readXer(text, "demo.xer", options);
  if (!result.ok) throw result.error;
  return result;
}

const twoActivities = buildXerProject({
  activities: [
    { id: 101, code: "A1000", name: "Design", hours: 24 },
    { id: 102, code: "A1010", name: "Review", hours: 0, type: "TT_FinMile" },
    {
      id: 201,
      code: "A2000",
      name: "Build",
      wbs: 12,
      hours: 40,
      constraint: "CS_MSOA",
      constraintDate: "2027-01-11 08:00",
    },
  ],
  relationships: [
    { successor: 102, predecessor: 101 },
    { successor: 201, predecessor: 102, type: "PR_SS", lagHours: 16 },
  ],
});

describe("XER reader", () => {
  it("turns the WBS into summary tasks and activities into tasks below them", () => {
    const { document } = read(twoActivities);
    expect(
      document.tasks.map((task) => [task.uid, task.outlineLevel, task.name, task.summary]),
    ).toEqual([
      [0, 0, "Demo project", true],
      [1, 1, "Design", true],
      [2, 2, "Design", false],
      [3, 2, "Review", false],
      [4, 1, "Build", true],
      [5, 2, "Build", false],
    ]);
    expect(document.tasks[4]?.wbs).toBe("B");
  });

  it("converts durations in hours to minutes and keeps milestones at zero", () => {
    const { document } = read(twoActivities);
    expect(document.tasks[2]?.durationMinutes).toBe(1440);
    expect(document.tasks[2]?.durationFormat?.unit).toBe("days");
    expect(document.tasks[3]?.milestone).toBe(true);
    expect(document.tasks[3]?.durationMinutes).toBe(0);
  });

  it("reads relationships with their type and lag", () => {
    const { document } = read(twoActivities);
    expect(document.links).toEqual([
      {
        predecessorUid: 2,
        successorUid: 3,
        type: "FS",
        lag: {
          kind: "time",
          minutes: 0,
          format: { unit: "days", elapsed: false, estimated: false },
        },
      },
      {
        predecessorUid: 3,
        successorUid: 5,
        type: "SS",
        lag: {
          kind: "time",
          minutes: 960,
          format: { unit: "days", elapsed: false, estimated: false },
        },
      },
    ]);
  });

  it("maps P6 constraints to MS Project's", () => {
    const { document } = read(twoActivities);
    expect(document.tasks[5]?.constraint).toEqual({
      type: "startNoEarlierThan",
      date: "2027-01-11T08:00:00",
    });
  });

  it("keeps the activity ID as the custom field Activity ID (Text1)", () => {
    const { document } = read(twoActivities);
    expect(document.extendedAttributes[0]).toMatchObject({
      fieldName: "Text1",
      alias: "Activity ID",
    });
    expect(document.tasks[2]?.extendedAttributes).toEqual([
      { fieldId: "188743731", value: "A1000" },
    ]);
  });

  it("reads the first of several projects and says so, or the one named", () => {
    const text = buildXerProject({
      projects: [
        { id: 1, name: "ALPHA" },
        { id: 2, name: "BETA" },
      ],
      activities: [{ id: 101, code: "A1", name: "Only", hours: 8 }],
    });
    const first = read(text);
    expect(first.document.settings.name).toBe("ALPHA");
    expect(first.notices.join(" ")).toMatch(/2 projects \(ALPHA, BETA\); read the first, ALPHA/);
    expect(read(text, { project: "beta" }).document.settings.name).toBe("BETA");
    const missing = readXer(text, "two.xer", { project: "GAMMA" });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.error.message).toMatch(/no project "GAMMA"; the file holds ALPHA, BETA/);
  });

  it("refuses a relationship to an activity that does not exist, naming the row", () => {
    const text = buildXerProject({
      activities: [{ id: 101, code: "A1", name: "Only", hours: 8 }],
      relationships: [{ successor: 101, predecessor: 999 }],
    });
    const result = readXer(text, "broken.xer");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("unknown-reference");
      expect(result.error.message).toMatch(
        /broken\.xer, line \d+, TASKPRED, row 1, pred_task_id: 999 is not an activity/,
      );
    }
  });

  it("refuses WBS nodes whose parents form a loop instead of dropping their activities", () => {
    const text = buildXerProject({ activities: [{ id: 101, code: "A1", name: "Lost", hours: 8 }] })
      .replace("\t11\t1\t1\tN\tD\tDesign\t10", "\t11\t1\t1\tN\tD\tDesign\t12")
      .replace("\t12\t1\t2\tN\tB\tBuild\t10", "\t12\t1\t2\tN\tB\tBuild\t11");
    const result = readXer(text, "loop.xer");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(
        /TASK, row 1, wbs_id: 11 is a WBS node whose parents never reach the project node/,
      );
  });

  it("refuses a file cut short before its %E end marker", () => {
    const result = readXer(
      buildXerText([{ name: "PROJECT", fields: ["proj_id"], rows: [[1]] }], { end: false }),
      "cut.xer",
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/without the %E end marker/);
  });
});

describe("P6 calendar data", () => {
  it("reads the week, holidays and working exceptions, merging consecutive days", () => {
    const data = xerStandardCalendarData([46388, 46389]).replace(
      "(0||Exceptions()(",
      "(0||Exceptions()((0||9(d|46390)((0||0(s|09:00|f|11:59)()))) ",
    );
    const calendar = parseXerCalendarData(data);
    expect(calendar.weekDays.find((day) => day.day === 1)?.workingTimes).toEqual([
      { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
      { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
    ]);
    expect(calendar.weekDays.find((day) => day.day === 0)?.working).toBe(false);
    expect(calendar.exceptions).toEqual([
      {
        fromDate: "2027-01-01",
        toDate: "2027-01-02",
        recurrence: { kind: "daily", everyDays: 1 },
        working: false,
        workingTimes: [],
      },
      {
        fromDate: "2027-01-03",
        toDate: "2027-01-03",
        recurrence: { kind: "daily", everyDays: 1 },
        working: true,
        workingTimes: [{ fromMinuteOfDay: 540, toMinuteOfDay: 720 }],
      },
    ]);
  });

  it("leaves the days a derived calendar does not list to its base", () => {
    expect(
      parseXerCalendarData("(0||CalendarData()((0||DaysOfWeek()())(0||Exceptions()())))"),
    ).toEqual({
      weekDays: [],
      exceptions: [],
    });
  });
});

const corpus = locateCorpus();
const xerDirectory = corpus === undefined ? undefined : join(corpus, "xer");

describe("XER corpus", () => {
  if (xerDirectory === undefined || !existsSync(xerDirectory)) {
    it.skip("needs the shared corpus (<repo>/../shared/corpus/schedules/dev/xer), which is absent", () => {});
    return;
  }
  const load = (name: string) => read(decodeProjectText(readFileSync(join(xerDirectory, name))));

  it("reads the Aspose sample: 83 activities under their WBS, 86 relationships, 12 calendars", () => {
    const { document } = load("asposecloud_testXer.xer");
    const activities = document.tasks.filter((task) => !task.summary && task.outlineLevel > 0);
    expect(activities).toHaveLength(83);
    expect(document.links).toHaveLength(86);
    expect(document.links.filter((link) => link.type === "SS")).toHaveLength(5);
    expect(document.calendars).toHaveLength(12);
    expect(document.settings.startDate).toBe("2000-02-24T08:00:00");
  });

  it("reads P6's progress: duration % complete, physical % complete, remaining duration", () => {
    const { document } = load("mpxj_percent-complete-8.4.xer");
    const byName = new Map(document.tasks.map((task) => [task.name, task]));
    expect(byName.get("Duration 25%")?.percentComplete).toBe(25);
    expect(byName.get("Duration 25%")?.remainingDurationMinutes).toBe(36000);
    expect(byName.get("Physical 75%")?.physicalPercentComplete).toBe(75);
  });

  it("schedules every corpus file with the engine", () => {
    for (const name of [
      "asposecloud_testXer.xer",
      "mpxj_PredecessorCalendar.xer",
      "mpxj_percent-complete-8.4.xer",
    ]) {
      const scheduled = scheduleDocument(load(name).document);
      expect(scheduled.ok, name).toBe(true);
    }
  });
});
