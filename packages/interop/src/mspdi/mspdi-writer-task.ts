// Writes <Tasks>. Children follow the MSPDI schema's Task sequence (mspdi_pj12.xsd, and the order
// MS Project 2010–2019 itself writes): identity, outline, dates and durations, flags, computed
// dates and slack, costs and progress, constraint and calendar, notes, then the repeated
// PredecessorLink, ExtendedAttribute and Baseline elements. Units go back to MSPDI's: currency
// in cents, slack and leveling delay in tenths of a minute, durations as `PT8H0M0S`.

import type {
  ConstraintType,
  ExtendedAttributeValue,
  LinkType,
  TaskBaseline,
  TaskLink,
  TaskRecord,
  TaskType,
} from "../document/project-document.js";
import { formatMspdiDuration, formatMspdiLag } from "./mspdi-duration.js";
import type { MspdiXmlWriter } from "./mspdi-writer-xml.js";

const CONSTRAINT_CODES: Record<ConstraintType, number> = {
  asSoonAsPossible: 0,
  asLateAsPossible: 1,
  mustStartOn: 2,
  mustFinishOn: 3,
  startNoEarlierThan: 4,
  startNoLaterThan: 5,
  finishNoEarlierThan: 6,
  finishNoLaterThan: 7,
};

/** MSPDI task `Type` (and project `DefaultTaskType`) codes. */
export const TASK_TYPE_CODES: Record<TaskType, number> = {
  fixedUnits: 0,
  fixedDuration: 1,
  fixedWork: 2,
};

const LINK_TYPE_CODES: Record<LinkType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** Currency to MSPDI cents. */
export function currencyToCents(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value * 100;
}

/** Minutes to MSPDI tenths of a minute (slack, variances, delays). */
export function minutesToTenths(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 10);
}

/** A duration in minutes as MSPDI text. */
export function durationText(minutes: number | undefined): string | undefined {
  return minutes === undefined ? undefined : formatMspdiDuration(minutes);
}

/** Writes every task with the links into it (MSPDI nests a link in its successor). */
export function writeMspdiTasks(
  xml: MspdiXmlWriter,
  tasks: readonly TaskRecord[],
  links: readonly TaskLink[],
): void {
  const linksBySuccessor = new Map<number, TaskLink[]>();
  for (const link of links) {
    const into = linksBySuccessor.get(link.successorUid);
    if (into === undefined) linksBySuccessor.set(link.successorUid, [link]);
    else into.push(link);
  }
  xml.list("Tasks", tasks, (task) => writeTask(xml, task, linksBySuccessor.get(task.uid) ?? []));
}

function writeTask(xml: MspdiXmlWriter, task: TaskRecord, links: readonly TaskLink[]): void {
  const stored = task.stored;
  xml.element("Task", () => {
    xml.number("UID", task.uid);
    xml.text("GUID", task.guid);
    xml.number("ID", task.id);
    xml.text("Name", task.name);
    xml.flag("Active", task.active);
    xml.flag("Manual", task.manual);
    xml.number("Type", task.type === undefined ? undefined : TASK_TYPE_CODES[task.type]);
    xml.flag("IsNull", task.isNull);
    xml.text("WBS", task.wbs);
    xml.text("OutlineNumber", task.outlineNumber);
    xml.number("OutlineLevel", task.outlineLevel);
    xml.number("Priority", task.priority);
    xml.text("Start", task.start);
    xml.text("Finish", task.finish);
    xml.text("Duration", formatMspdiDuration(task.durationMinutes));
    xml.text("ManualStart", task.manualStart);
    xml.text("ManualFinish", task.manualFinish);
    xml.text("ManualDuration", durationText(task.manualDurationMinutes));
    xml.durationFormat("DurationFormat", task.durationFormat);
    xml.text("Work", durationText(task.workMinutes));
    xml.text("Stop", task.stop);
    xml.text("Resume", task.resume);
    xml.flag("EffortDriven", task.effortDriven);
    xml.flag("Estimated", task.estimated);
    xml.flag("Milestone", task.milestone);
    xml.flag("Summary", task.summary);
    xml.flag("Critical", stored.critical);
    xml.text("EarlyStart", stored.earlyStart);
    xml.text("EarlyFinish", stored.earlyFinish);
    xml.text("LateStart", stored.lateStart);
    xml.text("LateFinish", stored.lateFinish);
    xml.number("StartVariance", minutesToTenths(stored.startVarianceMinutes));
    xml.number("FinishVariance", minutesToTenths(stored.finishVarianceMinutes));
    xml.number("FreeSlack", minutesToTenths(stored.freeSlackMinutes));
    xml.number("TotalSlack", minutesToTenths(stored.totalSlackMinutes));
    xml.number("StartSlack", minutesToTenths(stored.startSlackMinutes));
    xml.number("FinishSlack", minutesToTenths(stored.finishSlackMinutes));
    xml.number("FixedCost", currencyToCents(task.fixedCost));
    xml.number("PercentComplete", task.percentComplete);
    xml.number("PercentWorkComplete", task.percentWorkComplete);
    xml.number("Cost", currencyToCents(task.cost));
    xml.text("ActualStart", task.actualStart);
    xml.text("ActualFinish", task.actualFinish);
    xml.text("ActualDuration", durationText(task.actualDurationMinutes));
    xml.number("ActualCost", currencyToCents(task.actualCost));
    xml.text("ActualWork", durationText(task.actualWorkMinutes));
    xml.text("RemainingDuration", durationText(task.remainingDurationMinutes));
    xml.number("RemainingCost", currencyToCents(task.remainingCost));
    xml.text("RemainingWork", durationText(task.remainingWorkMinutes));
    xml.number("ConstraintType", CONSTRAINT_CODES[task.constraint.type]);
    xml.number("CalendarUID", task.calendarUid);
    xml.text("ConstraintDate", task.constraint.date);
    xml.text("Deadline", task.deadline);
    xml.number("LevelingDelay", minutesToTenths(task.levelingDelayMinutes));
    xml.durationFormat("LevelingDelayFormat", task.levelingDelayFormat);
    xml.text("Hyperlink", task.hyperlink);
    xml.flag("IgnoreResourceCalendar", task.ignoreResourceCalendar);
    xml.text("Notes", task.notes);
    xml.number("PhysicalPercentComplete", task.physicalPercentComplete);
    for (const link of links) writeLink(xml, link);
    writeExtendedAttributeValues(xml, task.extendedAttributes);
    for (const baseline of task.baselines) writeTaskBaseline(xml, baseline);
  });
}

function writeLink(xml: MspdiXmlWriter, link: TaskLink): void {
  const { linkLag, lagFormat } = formatMspdiLag(link.lag);
  xml.element("PredecessorLink", () => {
    xml.number("PredecessorUID", link.predecessorUid);
    xml.number("Type", LINK_TYPE_CODES[link.type]);
    xml.flag("CrossProject", link.crossProject);
    xml.text("CrossProjectName", link.crossProjectName);
    xml.number("LinkLag", linkLag);
    xml.number("LagFormat", lagFormat);
  });
}

/** Writes custom field values of a task, resource or assignment (FieldID, Value, DurationFormat). */
export function writeExtendedAttributeValues(
  xml: MspdiXmlWriter,
  values: readonly ExtendedAttributeValue[],
): void {
  for (const value of values) {
    xml.element("ExtendedAttribute", () => {
      xml.text("FieldID", value.fieldId);
      xml.text("Value", value.value);
      xml.durationFormat("DurationFormat", value.durationFormat);
    });
  }
}

function writeTaskBaseline(xml: MspdiXmlWriter, baseline: TaskBaseline): void {
  xml.element("Baseline", () => {
    xml.number("Number", baseline.number);
    xml.text("Start", baseline.start);
    xml.text("Finish", baseline.finish);
    xml.text("Duration", durationText(baseline.durationMinutes));
    xml.durationFormat("DurationFormat", baseline.durationFormat);
    xml.text("Work", durationText(baseline.workMinutes));
    xml.number("Cost", currencyToCents(baseline.cost));
  });
}
