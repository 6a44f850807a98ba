// Reads one MSPDI <Task> and the <PredecessorLink>s nested in it. MSPDI stores currency in
// hundredths (cents), slack and variances in tenths of a minute, and durations as XML durations;
// everything is converted to the document's units here.

import type {
  ConstraintType,
  ExtendedAttributeValue,
  LinkType,
  TaskBaseline,
  TaskLink,
  TaskRecord,
  TaskType,
} from "../document/project-document.js";
import { type TaskUid, toCalendarUid, toTaskUid } from "../document/record-uids.js";
import { AS_SOON_AS_POSSIBLE, storedOrNothing } from "../document/shared-task-parts.js";
import { parseMspdiLag } from "./mspdi-duration.js";
import { codeTable, MspdiFields, type MspdiSource, mspdiFields } from "./mspdi-fields.js";

/** The elements this reader looks at. */
const FIELD = mspdiFields([
  "UID",
  "CalendarUID",
  "ConstraintType",
  "ID",
  "Name",
  "GUID",
  "OutlineLevel",
  "OutlineNumber",
  "WBS",
  "IsNull",
  "Summary",
  "Milestone",
  "Manual",
  "Active",
  "Type",
  "EffortDriven",
  "Duration",
  "DurationFormat",
  "Estimated",
  "ManualDuration",
  "Work",
  "Cost",
  "FixedCost",
  "Start",
  "Finish",
  "ManualStart",
  "ManualFinish",
  "ConstraintDate",
  "Deadline",
  "IgnoreResourceCalendar",
  "Priority",
  "LevelingDelay",
  "LevelingDelayFormat",
  "PercentComplete",
  "PercentWorkComplete",
  "PhysicalPercentComplete",
  "ActualStart",
  "ActualFinish",
  "ActualDuration",
  "RemainingDuration",
  "ActualWork",
  "RemainingWork",
  "ActualCost",
  "RemainingCost",
  "Stop",
  "Resume",
  "Baseline",
  "Notes",
  "Hyperlink",
  "EarlyStart",
  "EarlyFinish",
  "LateStart",
  "LateFinish",
  "TotalSlack",
  "FreeSlack",
  "StartSlack",
  "FinishSlack",
  "Critical",
  "StartVariance",
  "FinishVariance",
  "PredecessorLink",
  "PredecessorUID",
  "LagFormat",
  "LinkLag",
  "CrossProject",
  "CrossProjectName",
  "Number",
  "ExtendedAttribute",
  "FieldID",
  "Value",
]);

const CONSTRAINT_TYPES = codeTable<ConstraintType>([
  [0, "asSoonAsPossible"],
  [1, "asLateAsPossible"],
  [2, "mustStartOn"],
  [3, "mustFinishOn"],
  [4, "startNoEarlierThan"],
  [5, "startNoLaterThan"],
  [6, "finishNoEarlierThan"],
  [7, "finishNoLaterThan"],
]);

const TASK_TYPES = codeTable<TaskType>([
  [0, "fixedUnits"],
  [1, "fixedDuration"],
  [2, "fixedWork"],
]);

const LINK_TYPES = codeTable<LinkType>([
  [0, "FF"],
  [1, "FS"],
  [2, "SF"],
  [3, "SS"],
]);

/** A task and the links into it, as read from one `<Task>` element. */
export interface MspdiTaskRead {
  readonly task: TaskRecord;
  readonly links: readonly TaskLink[];
}

/** Cents to currency units. */
export function centsToCurrency(cents: number | undefined): number | undefined {
  return cents === undefined ? undefined : cents / 100;
}

/** Reads one `<Task>` element, the record at `row` of the source's table. */
export function readMspdiTask(source: MspdiSource, row: number): MspdiTaskRead {
  const unplaced = new MspdiFields(source, row, "Project/Tasks/Task");
  const uid = toTaskUid(unplaced.requiredInt(FIELD.UID));
  const fields = unplaced.at(`Project/Tasks/Task[UID=${uid}]`);
  const calendarUid = fields.int(FIELD.CalendarUID);
  const constraintType = fields.code(FIELD.ConstraintType, CONSTRAINT_TYPES) ?? "asSoonAsPossible";
  const task: TaskRecord = {
    uid,
    id: fields.int(FIELD.ID) ?? uid,
    name: fields.text(FIELD.Name) ?? "",
    guid: fields.text(FIELD.GUID),
    outlineLevel: fields.int(FIELD.OutlineLevel) ?? 1,
    outlineNumber: fields.text(FIELD.OutlineNumber),
    wbs: fields.text(FIELD.WBS),
    isNull: fields.bool(FIELD.IsNull) ?? false,
    summary: fields.bool(FIELD.Summary) ?? false,
    milestone: fields.bool(FIELD.Milestone) ?? false,
    manual: fields.bool(FIELD.Manual) ?? false,
    active: fields.bool(FIELD.Active) ?? true,
    type: fields.code(FIELD.Type, TASK_TYPES),
    effortDriven: fields.bool(FIELD.EffortDriven),
    durationMinutes: fields.duration(FIELD.Duration) ?? 0,
    durationFormat: fields.durationFormat(FIELD.DurationFormat),
    estimated: fields.bool(FIELD.Estimated) ?? false,
    manualDurationMinutes: fields.duration(FIELD.ManualDuration),
    workMinutes: fields.duration(FIELD.Work),
    cost: centsToCurrency(fields.number(FIELD.Cost)),
    fixedCost: centsToCurrency(fields.number(FIELD.FixedCost)),
    start: fields.dateTime(FIELD.Start),
    finish: fields.dateTime(FIELD.Finish),
    manualStart: fields.dateTime(FIELD.ManualStart),
    manualFinish: fields.dateTime(FIELD.ManualFinish),
    constraint:
      constraintType === "asSoonAsPossible"
        ? AS_SOON_AS_POSSIBLE
        : {
            type: constraintType,
            date:
              constraintType === "asLateAsPossible"
                ? undefined
                : fields.dateTime(FIELD.ConstraintDate),
          },
    deadline: fields.dateTime(FIELD.Deadline),
    calendarUid:
      calendarUid !== undefined && calendarUid >= 0 ? toCalendarUid(calendarUid) : undefined,
    ignoreResourceCalendar: fields.bool(FIELD.IgnoreResourceCalendar),
    priority: fields.int(FIELD.Priority) ?? 500,
    levelingDelayMinutes: fields.tenthsAsMinutes(FIELD.LevelingDelay),
    levelingDelayFormat: fields.durationFormat(FIELD.LevelingDelayFormat),
    percentComplete: fields.number(FIELD.PercentComplete) ?? 0,
    percentWorkComplete: fields.number(FIELD.PercentWorkComplete),
    physicalPercentComplete: fields.number(FIELD.PhysicalPercentComplete),
    actualStart: fields.dateTime(FIELD.ActualStart),
    actualFinish: fields.dateTime(FIELD.ActualFinish),
    actualDurationMinutes: fields.duration(FIELD.ActualDuration),
    remainingDurationMinutes: fields.duration(FIELD.RemainingDuration),
    actualWorkMinutes: fields.duration(FIELD.ActualWork),
    remainingWorkMinutes: fields.duration(FIELD.RemainingWork),
    actualCost: centsToCurrency(fields.number(FIELD.ActualCost)),
    remainingCost: centsToCurrency(fields.number(FIELD.RemainingCost)),
    stop: fields.dateTime(FIELD.Stop),
    resume: fields.dateTime(FIELD.Resume),
    baselines: fields.readAll(FIELD.Baseline, readTaskBaseline),
    notes: fields.text(FIELD.Notes),
    hyperlink: fields.text(FIELD.Hyperlink),
    extendedAttributes: readExtendedAttributeValues(fields),
    stored: storedOrNothing({
      earlyStart: fields.dateTime(FIELD.EarlyStart),
      earlyFinish: fields.dateTime(FIELD.EarlyFinish),
      lateStart: fields.dateTime(FIELD.LateStart),
      lateFinish: fields.dateTime(FIELD.LateFinish),
      totalSlackMinutes: fields.tenthsAsMinutes(FIELD.TotalSlack),
      freeSlackMinutes: fields.tenthsAsMinutes(FIELD.FreeSlack),
      startSlackMinutes: fields.tenthsAsMinutes(FIELD.StartSlack),
      finishSlackMinutes: fields.tenthsAsMinutes(FIELD.FinishSlack),
      critical: fields.bool(FIELD.Critical),
      startVarianceMinutes: fields.tenthsAsMinutes(FIELD.StartVariance),
      finishVarianceMinutes: fields.tenthsAsMinutes(FIELD.FinishVariance),
    }),
  };
  const links = fields.readAll(FIELD.PredecessorLink, (link) => readLink(link, uid));
  return { task, links };
}

function readLink(link: MspdiFields, successorUid: TaskUid): TaskLink {
  const predecessorUid = toTaskUid(link.requiredInt(FIELD.PredecessorUID));
  const placed = link.at(`${link.path}[PredecessorUID=${predecessorUid}]`);
  const lagFormat = placed.int(FIELD.LagFormat) ?? 7;
  const lag = parseMspdiLag(placed.number(FIELD.LinkLag) ?? 0, lagFormat);
  if (lag === undefined)
    throw placed.error("invalid-value", FIELD.LagFormat, `${lagFormat} is not a lag format`);
  return {
    predecessorUid,
    successorUid,
    type: placed.code(FIELD.Type, LINK_TYPES) ?? "FS",
    lag,
    crossProject: placed.bool(FIELD.CrossProject),
    crossProjectName: placed.text(FIELD.CrossProjectName),
  };
}

function readTaskBaseline(baseline: MspdiFields): TaskBaseline {
  return {
    number: baseline.int(FIELD.Number) ?? 0,
    start: baseline.dateTime(FIELD.Start),
    finish: baseline.dateTime(FIELD.Finish),
    durationMinutes: baseline.duration(FIELD.Duration),
    durationFormat: baseline.durationFormat(FIELD.DurationFormat),
    workMinutes: baseline.duration(FIELD.Work),
    cost: centsToCurrency(baseline.number(FIELD.Cost)),
  };
}

/** Reads `<ExtendedAttribute>` values of a task, resource or assignment. */
export function readExtendedAttributeValues(
  record: MspdiFields,
): readonly ExtendedAttributeValue[] {
  return record.readAll(FIELD.ExtendedAttribute, (attribute) => {
    const fieldId = attribute.text(FIELD.FieldID);
    if (fieldId === undefined) throw attribute.error("missing-field", FIELD.FieldID, "is required");
    return {
      fieldId: fieldId.trim(),
      value: attribute.text(FIELD.Value) ?? "",
      durationFormat: attribute.durationFormat(FIELD.DurationFormat),
    };
  });
}
