// fast-check arbitraries for ProjectDocuments that a lossless format can carry: every optional
// field either absent or holding a value the format can spell (no empty optional text, whole
// seconds in durations, tenths of a minute in slack, cents in money). Property tests use them to
// check that read(write(document)) gives the document back.

import fc from "fast-check";
import type {
  AssignmentRecord,
  ExtendedAttributeDefinition,
  LinkLag,
  ProjectDocument,
  ProjectSettings,
  ResourceRecord,
  TaskLink,
  TaskRecord,
} from "./document/project-document.js";
import {
  toAssignmentUid,
  toCalendarUid,
  toResourceUid,
  toTaskUid,
} from "./document/record-uids.js";
import {
  calendarArbitrary,
  cents,
  DAYS,
  durationFormatArbitrary,
  localDateTimeArbitrary,
  optional,
  tenthsAsMinutes,
  textArbitrary,
  wholeMinutes,
} from "./project-file-value-arbitraries.js";

const constraintArbitrary = fc.oneof(
  fc.record({ type: fc.constantFrom("asSoonAsPossible" as const, "asLateAsPossible" as const) }),
  fc.record({
    type: fc.constantFrom(
      "mustStartOn" as const,
      "mustFinishOn" as const,
      "startNoEarlierThan" as const,
      "startNoLaterThan" as const,
      "finishNoEarlierThan" as const,
      "finishNoLaterThan" as const,
    ),
    date: localDateTimeArbitrary,
  }),
);

function taskArbitrary(uid: number, calendarUids: readonly number[]): fc.Arbitrary<TaskRecord> {
  return fc.record({
    uid: fc.constant(toTaskUid(uid)),
    id: fc.constant(uid),
    name: fc.oneof(fc.constant(""), textArbitrary),
    guid: optional(fc.uuid()),
    outlineLevel: fc.integer({ min: 1, max: 5 }),
    outlineNumber: optional(fc.constant(`1.${uid}`)),
    wbs: optional(fc.constant(`W${uid}`)),
    isNull: fc.boolean(),
    summary: fc.boolean(),
    milestone: fc.boolean(),
    manual: fc.boolean(),
    active: fc.boolean(),
    type: optional(
      fc.constantFrom("fixedUnits" as const, "fixedDuration" as const, "fixedWork" as const),
    ),
    effortDriven: optional(fc.boolean()),
    durationMinutes: wholeMinutes,
    durationFormat: optional(durationFormatArbitrary),
    estimated: fc.boolean(),
    manualDurationMinutes: optional(wholeMinutes),
    workMinutes: optional(wholeMinutes),
    cost: optional(cents),
    fixedCost: optional(cents),
    start: optional(localDateTimeArbitrary),
    finish: optional(localDateTimeArbitrary),
    manualStart: optional(localDateTimeArbitrary),
    manualFinish: optional(localDateTimeArbitrary),
    constraint: constraintArbitrary,
    deadline: optional(localDateTimeArbitrary),
    calendarUid: optional(fc.constantFrom(...calendarUids).map(toCalendarUid)),
    ignoreResourceCalendar: optional(fc.boolean()),
    priority: fc.integer({ min: 0, max: 1000 }),
    levelingDelayMinutes: optional(tenthsAsMinutes),
    levelingDelayFormat: optional(durationFormatArbitrary),
    percentComplete: fc.integer({ min: 0, max: 100 }),
    percentWorkComplete: optional(fc.integer({ min: 0, max: 100 })),
    physicalPercentComplete: optional(fc.integer({ min: 0, max: 100 })),
    actualStart: optional(localDateTimeArbitrary),
    actualFinish: optional(localDateTimeArbitrary),
    actualDurationMinutes: optional(wholeMinutes),
    remainingDurationMinutes: optional(wholeMinutes),
    actualWorkMinutes: optional(wholeMinutes),
    remainingWorkMinutes: optional(wholeMinutes),
    actualCost: optional(cents),
    remainingCost: optional(cents),
    stop: optional(localDateTimeArbitrary),
    resume: optional(localDateTimeArbitrary),
    baselines: fc.array(
      fc.record({
        number: fc.integer({ min: 0, max: 10 }),
        start: optional(localDateTimeArbitrary),
        finish: optional(localDateTimeArbitrary),
        durationMinutes: optional(wholeMinutes),
        durationFormat: optional(durationFormatArbitrary),
        workMinutes: optional(wholeMinutes),
        cost: optional(cents),
      }),
      { maxLength: 2 },
    ),
    notes: optional(textArbitrary),
    hyperlink: optional(textArbitrary),
    extendedAttributes: fc.array(
      fc.record({ fieldId: fc.constantFrom("188743731", "188743734"), value: textArbitrary }),
      { maxLength: 2 },
    ),
    stored: fc.record({
      earlyStart: optional(localDateTimeArbitrary),
      earlyFinish: optional(localDateTimeArbitrary),
      lateStart: optional(localDateTimeArbitrary),
      lateFinish: optional(localDateTimeArbitrary),
      totalSlackMinutes: optional(tenthsAsMinutes),
      freeSlackMinutes: optional(tenthsAsMinutes),
      startSlackMinutes: optional(tenthsAsMinutes),
      finishSlackMinutes: optional(tenthsAsMinutes),
      critical: optional(fc.boolean()),
      startVarianceMinutes: optional(tenthsAsMinutes),
      finishVarianceMinutes: optional(tenthsAsMinutes),
    }),
  });
}

const lagArbitrary: fc.Arbitrary<LinkLag> = fc.oneof(
  fc.record({
    kind: fc.constant("time" as const),
    minutes: tenthsAsMinutes,
    format: durationFormatArbitrary,
  }),
  fc.record({
    kind: fc.constant("percent" as const),
    percent: fc.integer({ min: -100, max: 500 }),
    elapsed: fc.boolean(),
  }),
);

function linkArbitrary(taskUids: readonly number[]): fc.Arbitrary<TaskLink> {
  return fc.record({
    predecessorUid: fc.constantFrom(...taskUids).map(toTaskUid),
    successorUid: fc.constantFrom(...taskUids).map(toTaskUid),
    type: fc.constantFrom("FS" as const, "SS" as const, "FF" as const, "SF" as const),
    lag: lagArbitrary,
    crossProject: optional(fc.boolean()),
  });
}

const settingsArbitrary: fc.Arbitrary<ProjectSettings> = fc.record({
  source: fc.constant({ format: "mspdi" as const }),
  name: optional(textArbitrary),
  title: optional(textArbitrary),
  author: optional(textArbitrary),
  startDate: localDateTimeArbitrary,
  finishDate: optional(localDateTimeArbitrary),
  scheduleFrom: fc.constantFrom("start" as const, "finish" as const),
  statusDate: optional(localDateTimeArbitrary),
  defaultCalendarUid: fc.constant(toCalendarUid(1)),
  minutesPerDay: fc.integer({ min: 60, max: 1440 }),
  minutesPerWeek: fc.integer({ min: 60, max: 10080 }),
  daysPerMonth: fc.integer({ min: 1, max: 31 }),
  criticalSlackLimitDays: fc.integer({ min: 0, max: 10 }),
  honorConstraints: fc.boolean(),
  multipleCriticalPaths: fc.boolean(),
  newTasksManual: fc.boolean(),
  defaultTaskType: optional(
    fc.constantFrom("fixedUnits" as const, "fixedDuration" as const, "fixedWork" as const),
  ),
  defaultStartMinuteOfDay: fc.integer({ min: 0, max: 1439 }),
  defaultFinishMinuteOfDay: fc.integer({ min: 1, max: 1440 }),
  durationFormat: optional(durationFormatArbitrary),
  weekStartDay: fc.constantFrom(...DAYS),
  fiscalYearStartMonth: optional(fc.integer({ min: 1, max: 12 })),
  currencyCode: optional(fc.constantFrom("EUR", "USD", "CLP")),
  currencySymbolPosition: optional(
    fc.constantFrom(
      "before" as const,
      "after" as const,
      "beforeWithSpace" as const,
      "afterWithSpace" as const,
    ),
  ),
});

function resourceArbitrary(uid: number): fc.Arbitrary<ResourceRecord> {
  return fc.record({
    uid: fc.constant(toResourceUid(uid)),
    id: fc.constant(uid),
    name: textArbitrary,
    isNull: fc.constant(false),
    type: fc.constantFrom("work" as const, "material" as const, "cost" as const),
    initials: optional(textArbitrary),
    group: optional(textArbitrary),
    emailAddress: optional(textArbitrary),
    maxUnits: optional(fc.integer({ min: 0, max: 400 }).map((percent) => percent / 100)),
    standardRatePerHour: optional(cents),
    costPerUse: optional(cents),
    baselines: fc.array(
      fc.record({
        number: fc.integer({ min: 0, max: 10 }),
        workMinutes: optional(wholeMinutes),
        cost: optional(cents),
      }),
      { maxLength: 2 },
    ),
    notes: optional(textArbitrary),
    extendedAttributes: fc.array(
      fc.record({ fieldId: fc.constant("205520904"), value: textArbitrary }),
      { maxLength: 1 },
    ),
  });
}

function assignmentArbitrary(
  uid: number,
  taskUids: readonly number[],
  resourceUids: readonly number[],
): fc.Arbitrary<AssignmentRecord> {
  return fc.record({
    uid: fc.constant(toAssignmentUid(uid)),
    taskUid: fc.constantFrom(...taskUids).map(toTaskUid),
    resourceUid: optional(fc.constantFrom(...resourceUids).map(toResourceUid)),
    units: fc.integer({ min: 0, max: 300 }).map((percent) => percent / 100),
    workMinutes: wholeMinutes,
    start: optional(localDateTimeArbitrary),
    finish: optional(localDateTimeArbitrary),
    actualWorkMinutes: optional(wholeMinutes),
    cost: optional(cents),
    delayMinutes: optional(tenthsAsMinutes),
    workContour: optional(fc.integer({ min: 0, max: 8 })),
    baselines: fc.constant([]),
    extendedAttributes: fc.constant([]),
  });
}

const definitionArbitrary: fc.Arbitrary<ExtendedAttributeDefinition> = fc.record({
  fieldId: fc.constant("188743731"),
  fieldName: fc.constant("Text1"),
  alias: optional(textArbitrary),
  entity: fc.constant("task" as const),
  valueType: optional(fc.constantFrom("text" as const, "number" as const, "flag" as const)),
  formula: optional(textArbitrary),
});

/** A whole document: 1–3 calendars, up to 8 tasks, links, resources, assignments and fields. */
export const projectDocumentArbitrary: fc.Arbitrary<ProjectDocument> = fc
  .record({
    taskCount: fc.integer({ min: 1, max: 8 }),
    calendarCount: fc.integer({ min: 1, max: 3 }),
    resourceCount: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ taskCount, calendarCount, resourceCount }) => {
    const taskUids = Array.from({ length: taskCount }, (_, i) => i + 1);
    const calendarUids = Array.from({ length: calendarCount }, (_, i) => i + 1);
    const resourceUids = Array.from({ length: resourceCount }, (_, i) => i + 1);
    return fc.record({
      settings: settingsArbitrary,
      calendars: fc.tuple(
        ...calendarUids.map((uid) => calendarArbitrary(uid, uid === 1 ? undefined : 1)),
      ),
      tasks: fc.tuple(...taskUids.map((uid) => taskArbitrary(uid, calendarUids))),
      // Grouped by successor, as the document keeps them (MSPDI nests links in their successor).
      links: fc
        .array(linkArbitrary(taskUids), { maxLength: 10 })
        .map((links) => [...links].sort((a, b) => a.successorUid - b.successorUid)),
      resources: fc.tuple(...resourceUids.map((uid) => resourceArbitrary(uid))),
      assignments: fc
        .array(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 })
        .chain((ids) =>
          fc.tuple(
            ...[...new Set(ids)].map((uid) => assignmentArbitrary(uid, taskUids, resourceUids)),
          ),
        ),
      extendedAttributes: fc.array(definitionArbitrary, { maxLength: 1 }),
    });
  });
