import { describe, expect, it } from "vitest";
import type { ProjectDocument } from "../document/project-document.js";
import { readTaskTable, type TaskTableReadResult } from "./task-table-reader.js";

function table(lines: readonly (readonly string[])[]): TaskTableReadResult {
  const [headers = [], ...rows] = lines;
  return readTaskTable(
    { headers, rows: rows.map((cells, index) => ({ cells, line: index + 2 })) },
    { file: "tasks.csv", format: "csv" },
  );
}

function document(lines: readonly (readonly string[])[]): ProjectDocument {
  const result = table(lines);
  if (!result.ok) throw result.errors[0];
  return result.document;
}

describe("task list reader", () => {
  it("reads MS Project's English export headers, whatever their case", () => {
    const read = document([
      [
        "unique id",
        "TASK NAME",
        "Duration",
        "Start",
        "Percent Complete",
        "Task Calendar",
        "Task Mode",
      ],
      ["7", "Dig", "3d", "Mon 1/4/27 8:00 AM", "50%", "24 Hours", "Manually Scheduled"],
    ]);
    expect(read.tasks[0]).toMatchObject({
      uid: 7,
      name: "Dig",
      durationMinutes: 1440,
      start: "2027-01-04T08:00:00",
      percentComplete: 50,
      calendarUid: 2,
      manual: true,
    });
    expect(read.calendars.map((calendar) => calendar.name)).toEqual(["Standard", "24 Hours"]);
  });

  it("builds the outline from Outline Level and marks summaries", () => {
    const read = document([
      ["Name", "Outline Level", "Start"],
      ["Phase 1", "1", "2027-01-04"],
      ["Dig", "2", ""],
      ["Fill", "2", ""],
      ["Phase 2", "1", ""],
    ]);
    expect(read.tasks.map((task) => [task.name, task.outlineLevel, task.summary])).toEqual([
      ["Phase 1", 1, true],
      ["Dig", 2, false],
      ["Fill", 2, false],
      ["Phase 2", 1, false],
    ]);
  });

  it("takes the outline from WBS codes when there is no Outline Level column", () => {
    const read = document([
      ["WBS", "Name", "Start"],
      ["1", "Phase", "2027-01-04"],
      ["1.1", "Dig", ""],
    ]);
    expect(read.tasks.map((task) => task.outlineLevel)).toEqual([1, 2]);
  });

  it("links predecessors by ID with their type and lag", () => {
    const read = document([
      ["ID", "Name", "Duration", "Start", "Predecessors"],
      ["1", "Dig", "2d", "2027-01-04", ""],
      ["2", "Pour", "1d", "", "1FS+2d"],
      ["3", "Cure", "5ed", "", "2SS-10%, 1"],
    ]);
    expect(
      read.links.map((link) => [link.predecessorUid, link.successorUid, link.type, link.lag]),
    ).toEqual([
      [
        1,
        2,
        "FS",
        { kind: "time", minutes: 960, format: { unit: "days", elapsed: false, estimated: false } },
      ],
      [2, 3, "SS", { kind: "percent", percent: -10, elapsed: false }],
      [
        1,
        3,
        "FS",
        { kind: "time", minutes: 0, format: { unit: "days", elapsed: false, estimated: false } },
      ],
    ]);
    expect(read.tasks[2]?.durationFormat).toEqual({
      unit: "days",
      elapsed: true,
      estimated: false,
    });
  });

  it("gives a task without a duration MS Project's one estimated day, and a milestone none", () => {
    const read = document([
      ["Name", "Start", "Milestone"],
      ["Dig", "2027-01-04", "No"],
      ["Done", "", "Yes"],
    ]);
    expect(
      read.tasks.map((task) => [task.durationMinutes, task.estimated, task.milestone]),
    ).toEqual([
      [480, true, false],
      [0, false, true],
    ]);
  });

  it("reads constraints by name or abbreviation, with date-only dates at 08:00 or 17:00", () => {
    const read = document([
      ["Name", "Constraint Type", "Constraint Date", "Deadline"],
      ["Dig", "Start No Earlier Than", "2027-01-05", "NA"],
      ["Fill", "FNLT", "2027-01-08", "2027-01-09"],
    ]);
    expect(read.tasks[0]?.constraint).toEqual({
      type: "startNoEarlierThan",
      date: "2027-01-05T08:00:00",
    });
    expect(read.tasks[1]?.constraint).toEqual({
      type: "finishNoLaterThan",
      date: "2027-01-08T17:00:00",
    });
    expect(read.tasks[1]?.deadline).toBe("2027-01-09T17:00:00");
    expect(read.settings.startDate).toBe("2027-01-05T08:00:00");
  });

  it("creates resources and assignments from Resource Names", () => {
    const read = document([
      ["Name", "Start", "Resource Names"],
      ["Dig", "2027-01-04", "Alice[50%], Bob"],
      ["Fill", "", "alice"],
    ]);
    expect(read.resources.map((resource) => resource.name)).toEqual(["Alice", "Bob"]);
    expect(
      read.assignments.map((assignment) => [
        assignment.taskUid,
        assignment.resourceUid,
        assignment.units,
      ]),
    ).toEqual([
      [1, 1, 0.5],
      [1, 2, 1],
      [2, 1, 1],
    ]);
  });

  it("says which columns it ignored", () => {
    const result = table([
      ["Name", "Start", "Colour"],
      ["Dig", "2027-01-04", "red"],
    ]);
    expect(result.ok && result.notices).toEqual(["ignored columns it does not know: Colour"]);
  });

  it("reports every bad cell of every row with its row and column, and imports nothing", () => {
    const result = table([
      [
        "ID",
        "Name",
        "Duration",
        "Start",
        "Predecessors",
        "% Complete",
        "Constraint Type",
        "Calendar",
      ],
      ["1", "Dig", "2x", "2027-01-04", "", "50", "", ""],
      ["2", "", "1d", "someday", "7", "150", "", ""],
      ["2", "Fill", "1d", "", "1XX", "", "Must Start On", "Moon"],
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.message)).toEqual([
      'tasks.csv, line 2, row 1, Duration: "2x" is not a duration (write e.g. 3d, 2w, 4h, 30m or 3ed)',
      "tasks.csv, line 3, row 2, Name: is empty; every task needs a name",
      'tasks.csv, line 3, row 2, % Complete: "150" is not a percentage from 0 to 100',
      'tasks.csv, line 3, row 2, Start: "someday" is not a date (write e.g. 2027-01-04 or 2027-01-04 08:00)',
      'tasks.csv, line 4, row 3, Predecessors: "1XX" is not a predecessor (write e.g. 4, 4FS+2d or 7SS-10%)',
      "tasks.csv, line 4, row 3, Constraint Date: is empty, but the constraint type needs a date",
      "tasks.csv, line 4, row 3, ID: 2 is the ID of an earlier row too",
      "tasks.csv, line 3, row 2, Predecessors: 7 names no row (no task has ID 7)",
      'tasks.csv, line 4, row 3, Calendar: "Moon" is not a calendar a task list can name (Standard, 24 Hours, Night Shift)',
    ]);
    expect(result.errors.every((error) => error.code === "invalid-value")).toBe(true);
  });

  it("refuses an outline that jumps more than one level", () => {
    const result = table([
      ["Name", "Outline Level", "Start"],
      ["Phase", "1", "2027-01-04"],
      ["Dig", "3", ""],
    ]);
    expect(!result.ok && result.errors[0]?.message).toBe(
      "tasks.csv, line 3, row 2, Outline Level: outline level 3 follows level 1; a task can be at most one level below the row above",
    );
  });

  it("needs one date to know when the project starts", () => {
    const result = table([
      ["Name", "Duration"],
      ["Dig", "2d"],
    ]);
    expect(!result.ok && result.errors[0]?.message).toMatch(
      /Start: is empty in every row, so the project has no start date/,
    );
  });

  it("names the sheet cell of a bad XLSX value", () => {
    const result = readTaskTable(
      { headers: ["Name", "Duration"], rows: [{ cells: ["Dig", "soon"], sheetRow: 4 }] },
      { file: "plan.xlsx", format: "xlsx", table: "Tasks" },
    );
    expect(!result.ok && result.errors[0]?.message).toBe(
      'plan.xlsx, Tasks, row 1, Duration: "soon" is not a duration (write e.g. 3d, 2w, 4h, 30m or 3ed) (cell B4)',
    );
  });
});
