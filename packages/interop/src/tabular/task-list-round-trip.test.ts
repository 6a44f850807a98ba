import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProjectDocument, TaskRecord } from "../document/project-document.js";
import {
  toAssignmentUid,
  toCalendarUid,
  toResourceUid,
  toTaskUid,
} from "../document/record-uids.js";
import { buildSettings, buildTask } from "../project-file-test-builders.js";
import {
  durationFormatArbitrary,
  localDateTimeArbitrary,
} from "../project-file-value-arbitraries.js";
import { builtinCalendar, standardCalendar } from "./builtin-calendars.js";
import { readCsvTaskList, writeCsvTaskList } from "./csv-task-list.js";
import { formatCsv, parseCsv } from "./csv-text.js";
import type { TaskTableReadResult } from "./task-table-reader.js";
import { readXlsxTaskList, writeXlsxTaskList } from "./xlsx-task-list.js";

const trimmedText = (characters: string) =>
  fc
    .string({ minLength: 1, maxLength: 16, unit: fc.constantFrom(...characters) })
    .map((text) => text.trim())
    .filter((text) => text.length > 0);

/** Documents a task list can carry in full: built-in calendars, whole-minute dates, valid outline. */
const taskListArbitrary: fc.Arbitrary<ProjectDocument> = fc
  .array(
    fc.record({
      level: fc.integer({ min: 1, max: 4 }),
      name: trimmedText("abcXYZ 019,;\"'é\n-"),
      minutes: fc.integer({ min: 0, max: 200_000 }),
      format: durationFormatArbitrary,
      manual: fc.boolean(),
      milestone: fc.boolean(),
      start: fc.option(localDateTimeArbitrary, { nil: undefined }),
      finish: fc.option(localDateTimeArbitrary, { nil: undefined }),
      constraint: fc.oneof(
        fc.constant({ type: "asSoonAsPossible" as const }),
        fc.constant({ type: "asLateAsPossible" as const }),
        localDateTimeArbitrary.map((date) => ({ type: "startNoEarlierThan" as const, date })),
        localDateTimeArbitrary.map((date) => ({ type: "mustFinishOn" as const, date })),
      ),
      deadline: fc.option(localDateTimeArbitrary, { nil: undefined }),
      percentComplete: fc.integer({ min: 0, max: 100 }),
      actualStart: fc.option(localDateTimeArbitrary, { nil: undefined }),
      notes: fc.option(trimmedText('abc \n,"x'), { nil: undefined }),
      calendar: fc.constantFrom(undefined, "Standard", "24 Hours", "Night Shift"),
      predecessors: fc.array(
        fc.record({
          back: fc.integer({ min: 1, max: 5 }),
          type: fc.constantFrom("FS" as const, "SS" as const, "FF" as const, "SF" as const),
          lagDays: fc.integer({ min: -3, max: 5 }),
        }),
        { maxLength: 2 },
      ),
      resources: fc.uniqueArray(
        fc.record({
          name: fc.constantFrom("Alice", "Bob", "Chandra"),
          percent: fc.integer({ min: 1, max: 200 }),
        }),
        { maxLength: 2, selector: (entry) => entry.name },
      ),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((rows) => fc.tuple(fc.constant(rows), localDateTimeArbitrary))
  .map(([rows, projectStart]) => {
    const levels: number[] = [];
    for (const row of rows) levels.push(Math.min(row.level, (levels[levels.length - 1] ?? 0) + 1));
    // Resources in the order the list first names them, as the reader creates them.
    const resourceNames = [
      ...new Set(rows.flatMap((row) => row.resources.map((entry) => entry.name))),
    ];
    const tasks: TaskRecord[] = rows.map((row, index) =>
      buildTask({
        uid: index + 1,
        name: row.name,
        outlineLevel: levels[index] ?? 1,
        summary: (levels[index + 1] ?? 0) > (levels[index] ?? 1),
        milestone: row.milestone,
        manual: row.manual,
        durationMinutes: row.minutes,
        durationFormat: row.format,
        estimated: row.format.estimated,
        start: index === 0 ? projectStart : row.start,
        finish: row.finish,
        constraint: row.constraint,
        deadline: row.deadline,
        percentComplete: row.percentComplete,
        actualStart: row.actualStart,
        notes: row.notes,
        calendarUid: row.calendar === undefined ? undefined : builtinCalendar(row.calendar)?.uid,
      }),
    );
    const links = rows.flatMap((row, index) => {
      const seen = new Set<number>();
      return row.predecessors.flatMap((predecessor) => {
        const from = index + 1 - predecessor.back;
        if (from < 1 || seen.has(from)) return [];
        seen.add(from);
        return [
          {
            predecessorUid: toTaskUid(from),
            successorUid: toTaskUid(index + 1),
            type: predecessor.type,
            lag: {
              kind: "time" as const,
              minutes: predecessor.lagDays * 480,
              format: { unit: "days" as const, elapsed: false, estimated: false },
            },
          },
        ];
      });
    });
    // Calendars in the order the list first names them, after Standard, as the reader adds them.
    const calendarNames = [
      ...new Set(
        rows.flatMap((row) =>
          row.calendar === undefined || row.calendar === "Standard" ? [] : [row.calendar],
        ),
      ),
    ];
    return {
      settings: buildSettings({ source: { format: "csv" } }),
      calendars: [
        standardCalendar(),
        ...calendarNames.flatMap((name) => builtinCalendar(name) ?? []),
      ],
      tasks,
      links,
      resources: resourceNames.map((name, index) => ({
        uid: toResourceUid(index + 1),
        id: index + 1,
        name,
        isNull: false,
        type: "work" as const,
        baselines: [],
        extendedAttributes: [],
      })),
      assignments: rows
        .flatMap((row, index) => row.resources.map((entry) => ({ task: index + 1, entry })))
        .map(({ task, entry }, index) => ({
          uid: toAssignmentUid(index + 1),
          taskUid: toTaskUid(task),
          resourceUid: toResourceUid(resourceNames.indexOf(entry.name) + 1),
          units: entry.percent / 100,
          workMinutes: 0,
          baselines: [],
          extendedAttributes: [],
        })),
      extendedAttributes: [],
    };
  });

/** What a task list carries of a document. */
function carried(document: ProjectDocument) {
  return {
    tasks: document.tasks.map((task) => ({
      uid: task.uid,
      id: task.id,
      name: task.name,
      outlineLevel: task.outlineLevel,
      summary: task.summary,
      milestone: task.milestone,
      manual: task.manual,
      durationMinutes: task.durationMinutes,
      durationFormat: task.durationFormat,
      estimated: task.estimated,
      start: task.start,
      finish: task.finish,
      constraint: task.constraint,
      deadline: task.deadline,
      percentComplete: task.percentComplete,
      actualStart: task.actualStart,
      notes: task.notes,
      calendarUid: task.calendarUid,
    })),
    links: document.links,
    calendars: document.calendars.map((calendar) => calendar.uid),
    resources: document.resources.map((resource) => resource.name),
    assignments: document.assignments.map((assignment) => [
      assignment.taskUid,
      assignment.resourceUid,
      assignment.units,
    ]),
  };
}

function documentOf(result: TaskTableReadResult): ProjectDocument {
  if (!result.ok) throw result.errors[0];
  return result.document;
}

describe("CSV text", () => {
  it("reads quotes, doubled quotes, line breaks inside quotes and a byte-order mark", () => {
    expect(
      parseCsv('\uFEFFName,Notes\r\n"Dig, deep","say ""when""\nthen stop"\r\n\r\nFill,\n'),
    ).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["Name", "Notes"] },
        { line: 2, fields: ["Dig, deep", 'say "when"\nthen stop'] },
        { line: 5, fields: ["Fill", ""] },
      ],
    });
  });

  it("takes the delimiter from the header line (Excel writes ; where the decimal mark is a comma)", () => {
    expect(parseCsv("Name;Duration\nDig;1,5d\n")).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["Name", "Duration"] },
        { line: 2, fields: ["Dig", "1,5d"] },
      ],
    });
  });

  it("reads back every table it writes", () => {
    const cell = fc.string({ maxLength: 8, unit: fc.constantFrom(...'ab ,;"\r\n\té') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const parsed = parseCsv(formatCsv(rows), ",");
          expect(parsed.ok && parsed.records.map((record) => record.fields)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("task list round trip", () => {
  it("reads back from CSV every task, link, calendar and resource it wrote", () => {
    fc.assert(
      fc.property(taskListArbitrary, (document) => {
        const text = writeCsvTaskList(document);
        const back = documentOf(readCsvTaskList(text, "tasks.csv"));
        expect(carried(back)).toEqual(carried(document));
        expect(writeCsvTaskList(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("reads back from XLSX every task, link, calendar and resource it wrote", async () => {
    await fc.assert(
      fc.asyncProperty(taskListArbitrary, async (document) => {
        const bytes = await writeXlsxTaskList(document);
        const back = documentOf(await readXlsxTaskList(bytes, "tasks.xlsx"));
        expect(carried(back)).toEqual(carried(document));
      }),
      { numRuns: 40 },
    );
  });

  it("writes durations in hours when the project's day is not MS Project's default", () => {
    const document = {
      ...documentOf(readCsvTaskList("Name,Duration,Start\nDig,2d,2027-01-04\n", "tasks.csv")),
    };
    const longDays = {
      ...document,
      settings: { ...document.settings, minutesPerDay: 600 },
      tasks: document.tasks.map((task) => ({ ...task, durationMinutes: 1200 })),
    };
    expect(writeCsvTaskList(longDays)).toContain(",20h,");
    expect(
      documentOf(readCsvTaskList(writeCsvTaskList(longDays), "tasks.csv")).tasks[0]
        ?.durationMinutes,
    ).toBe(1200);
  });

  it("writes calendars a task list cannot name as their name, which the reader then refuses", () => {
    const base = documentOf(readCsvTaskList("Name,Start\nDig,2027-01-04\n", "tasks.csv"));
    const custom = { ...standardCalendar(), uid: toCalendarUid(9), name: "Site" };
    const document = {
      ...base,
      calendars: [...base.calendars, custom],
      tasks: base.tasks.map((task) => ({ ...task, calendarUid: custom.uid })),
    };
    const result = readCsvTaskList(writeCsvTaskList(document), "tasks.csv");
    expect(!result.ok && result.errors[0]?.message).toMatch(
      /Calendar: "Site" is not a calendar a task list can name/,
    );
  });
});
