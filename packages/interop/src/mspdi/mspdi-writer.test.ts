import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateCorpus } from "../conformance/conformance-corpus.js";
import type { ProjectDocument } from "../document/project-document.js";
import { toAssignmentUid, toResourceUid, toTaskUid } from "../document/record-uids.js";
import { projectDocumentArbitrary } from "../project-file-arbitraries.js";
import {
  at,
  buildDocument,
  buildLink,
  buildStandardCalendar,
  buildTask,
  day,
} from "../project-file-test-builders.js";
import { withComputedSchedule } from "../scheduled-document.js";
import { readMspdi } from "./mspdi-reader.js";
import { writeMspdi } from "./mspdi-writer.js";
import { MSPDI_SEQUENCES, outOfSchemaOrder } from "./mspdi-writer-schema-order.test-support.js";

function read(xml: string): ProjectDocument {
  const result = readMspdi(xml, "written.xml");
  if (!result.ok) throw result.error;
  return result.document;
}

/** The source says which file a document came from; a written file is a new one. */
function withoutSource(document: ProjectDocument): ProjectDocument {
  return { ...document, settings: { ...document.settings, source: { format: "mspdi" } } };
}

const corpus = locateCorpus();
const corpusFiles =
  corpus === undefined ? [] : readdirSync(corpus).filter((f) => f.endsWith(".xml"));

describe("MSPDI writer round trip over the corpus", () => {
  if (corpus === undefined) {
    it.skip("needs the shared corpus (<repo>/../shared/corpus/schedules/dev), which is absent", () => {});
    return;
  }
  it.each(corpusFiles)("reads back %s as the document it wrote", (file) => {
    const original = read(readFileSync(join(corpus, file), "utf8"));
    const written = writeMspdi(original);
    expect(withoutSource(read(written))).toEqual(withoutSource(original));
  });
  it.each(corpusFiles)("writes %s in MSPDI schema order", (file) => {
    const written = writeMspdi(read(readFileSync(join(corpus, file), "utf8")));
    expect(outOfSchemaOrder(written, MSPDI_SEQUENCES)).toEqual([]);
  });
});

describe("MSPDI writer round trip over generated documents", () => {
  it("reads back calendars, recurring exceptions, work weeks, links, baselines, resources and fields", () => {
    fc.assert(
      fc.property(projectDocumentArbitrary, (document) => {
        expect(withoutSource(read(writeMspdi(document)))).toEqual(withoutSource(document));
      }),
      { numRuns: 300 },
    );
  });

  it("writes every generated document in schema order", () => {
    fc.assert(
      fc.property(projectDocumentArbitrary, (document) => {
        expect(outOfSchemaOrder(writeMspdi(document), MSPDI_SEQUENCES)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("MSPDI writer format", () => {
  const document = buildDocument({
    tasks: [
      buildTask({ uid: 1, name: "Design & build <phase 1>", durationMinutes: 4800 }),
      buildTask({ uid: 2, name: "Test", durationMinutes: 90 }),
      buildTask({ uid: 3, name: "Ship", durationMinutes: 0, milestone: true }),
    ],
    links: [
      {
        predecessorUid: 1,
        successorUid: 2,
        type: "FS",
        lag: {
          kind: "time",
          minutes: 960,
          format: { unit: "days", elapsed: false, estimated: false },
        },
      },
      {
        predecessorUid: 2,
        successorUid: 3,
        type: "SS",
        lag: { kind: "percent", percent: -25, elapsed: false },
      },
    ],
  });
  const xml = writeMspdi(document);

  it("declares the MS Project namespace on the root", () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas.microsoft.com\/project">/,
    );
  });

  it("writes durations as PT{h}H{m}M{s}S and dates without a zone", () => {
    expect(xml).toContain("<Duration>PT80H0M0S</Duration>");
    expect(xml).toContain("<Duration>PT1H30M0S</Duration>");
    for (const [, date] of xml.matchAll(/<(?:Start|Finish|StartDate)>([^<]*)</g)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    }
  });

  it("writes link lags in tenths of a minute with their LagFormat, percent lags as the percentage", () => {
    expect(xml).toMatch(
      /<PredecessorUID>1<\/PredecessorUID>\s*<Type>1<\/Type>\s*<LinkLag>9600<\/LinkLag>\s*<LagFormat>7<\/LagFormat>/,
    );
    expect(xml).toMatch(
      /<PredecessorUID>2<\/PredecessorUID>\s*<Type>3<\/Type>\s*<LinkLag>-25<\/LinkLag>\s*<LagFormat>19<\/LagFormat>/,
    );
  });

  it("escapes markup in names and drops characters XML cannot carry", () => {
    const withControl = buildDocument({ tasks: [buildTask({ uid: 1, name: "a\u0001b & c" })] });
    expect(writeMspdi(withControl)).toContain("<Name>ab &amp; c</Name>");
    expect(xml).toContain("<Name>Design &amp; build &lt;phase 1&gt;</Name>");
    expect(read(xml).tasks[0]?.name).toBe("Design & build <phase 1>");
  });

  it("follows the schema order", () => {
    expect(outOfSchemaOrder(xml, MSPDI_SEQUENCES)).toEqual([]);
  });

  it("writes Orrery's computed dates when a schedule is applied", () => {
    const scheduled = withComputedSchedule(document, {
      project: { start: "2027-01-04T08:00:00", finish: "2027-01-20T17:00:00" },
      tasks: [
        {
          uid: 2,
          id: 2,
          name: "Test",
          start: "2027-01-19T08:00:00",
          finish: "2027-01-19T09:30:00",
          earlyStart: "2027-01-19T08:00:00",
          earlyFinish: "2027-01-19T09:30:00",
          lateStart: "2027-01-20T08:00:00",
          lateFinish: "2027-01-20T09:30:00",
          totalFloatMinutes: 480,
          freeFloatMinutes: 0,
          critical: false,
        },
      ],
    });
    const back = read(writeMspdi(scheduled));
    const task = back.tasks.find((t) => t.uid === 2);
    expect(task?.start).toBe("2027-01-19T08:00:00");
    expect(task?.stored.lateStart).toBe("2027-01-20T08:00:00");
    expect(task?.stored.totalSlackMinutes).toBe(480);
    expect(task?.stored.critical).toBe(false);
    expect(back.settings.finishDate).toBe("2027-01-20T17:00:00");
  });
});

/** A small plan using every part of the writer, for the golden file. */
function goldenPlan(): ProjectDocument {
  const standard = buildStandardCalendar();
  const plan = buildDocument({
    settings: { title: "Golden plan", statusDate: at("2027-01-08T17:00:00") },
    calendars: [
      {
        ...standard,
        exceptions: [
          {
            name: "New Year",
            fromDate: day("2027-01-01"),
            toDate: day("2031-01-01"),
            recurrence: { kind: "yearlyByDay", month: 1, dayOfMonth: 1 },
            occurrences: 5,
            working: false,
            workingTimes: [],
          },
          {
            name: "Stocktake",
            fromDate: day("2027-01-01"),
            toDate: day("2027-12-31"),
            recurrence: { kind: "monthlyByPosition", everyMonths: 1, position: "last", day: 5 },
            working: true,
            workingTimes: [{ fromMinuteOfDay: 480, toMinuteOfDay: 720 }],
          },
        ],
        workWeeks: [
          {
            name: "Summer hours",
            fromDate: day("2027-07-01"),
            toDate: day("2027-08-31"),
            weekDays: [
              {
                day: 5,
                working: true,
                workingTimes: [{ fromMinuteOfDay: 420, toMinuteOfDay: 780 }],
              },
            ],
          },
        ],
      },
    ],
    tasks: [
      buildTask({
        uid: 0,
        id: 0,
        name: "Golden plan",
        outlineLevel: 0,
        summary: true,
        durationMinutes: 2400,
      }),
      buildTask({ uid: 1, name: "Build", summary: true, durationMinutes: 2400, wbs: "1" }),
      buildTask({
        uid: 2,
        name: "Foundations",
        outlineLevel: 2,
        durationMinutes: 1440,
        percentComplete: 50,
        actualStart: at("2027-01-04T08:00:00"),
        constraint: { type: "startNoEarlierThan", date: at("2027-01-04T08:00:00") },
        baselines: [
          {
            number: 0,
            start: at("2027-01-04T08:00:00"),
            finish: at("2027-01-06T17:00:00"),
            durationMinutes: 1440,
          },
        ],
        extendedAttributes: [{ fieldId: "188743731", value: "FND-01" }],
      }),
      buildTask({
        uid: 3,
        name: "Walls",
        outlineLevel: 2,
        durationMinutes: 960,
        deadline: at("2027-01-15T17:00:00"),
      }),
      buildTask({ uid: 4, name: "Handover", durationMinutes: 0, milestone: true }),
    ],
    links: [
      {
        ...buildLink(2, 3),
        lag: {
          kind: "time",
          minutes: 480,
          format: { unit: "days", elapsed: false, estimated: false },
        },
      },
      {
        ...buildLink(3, 4, { type: "FF" }),
        lag: { kind: "percent", percent: -25, elapsed: false },
      },
    ],
  });
  return {
    ...plan,
    resources: [
      {
        uid: toResourceUid(1),
        id: 1,
        name: "Crew",
        isNull: false,
        type: "work",
        maxUnits: 1,
        baselines: [],
        extendedAttributes: [],
      },
    ],
    assignments: [
      {
        uid: toAssignmentUid(1),
        taskUid: toTaskUid(2),
        resourceUid: toResourceUid(1),
        units: 1,
        workMinutes: 1440,
        baselines: [],
        extendedAttributes: [],
      },
    ],
    extendedAttributes: [
      {
        fieldId: "188743731",
        fieldName: "Text1",
        alias: "Work package",
        entity: "task",
        valueType: "text",
      },
    ],
  };
}

describe("MSPDI writer golden file", () => {
  // Regenerate after a deliberate change and review the diff:
  //   ORRERY_UPDATE_GOLDEN=1 npx vitest run --project interop mspdi-writer
  const golden = join(dirname(fileURLToPath(import.meta.url)), "mspdi-writer.golden.xml");
  it("writes the golden plan exactly as reviewed", () => {
    const written = writeMspdi(goldenPlan());
    if (process.env.ORRERY_UPDATE_GOLDEN === "1") writeFileSync(golden, written);
    expect(written).toBe(readFileSync(golden, "utf8"));
    expect(withoutSource(read(written))).toEqual(withoutSource(goldenPlan()));
  });
});
