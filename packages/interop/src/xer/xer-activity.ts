// Maps one P6 activity (a TASK record) to a task row. P6 counts durations and floats in hours of
// working time; the document counts minutes. Progress follows MS Project's meaning: Duration is
// actual plus remaining, % Complete is the share of it that is done (P6's duration % complete),
// and P6's physical % complete is kept as physical % complete.

import type { LocalDateTime } from "../document/local-date-time.js";
import type {
  ConstraintType,
  DurationFormat,
  ExtendedAttributeValue,
  TaskConstraint,
  TaskRecord,
} from "../document/project-document.js";
import type { CalendarUid, TaskUid } from "../document/record-uids.js";
import { AS_SOON_AS_POSSIBLE, NO_ITEMS, storedOrNothing } from "../document/shared-task-parts.js";
import type { XerFields } from "./xer-fields.js";

/** P6 constraint codes and the MS Project constraint each corresponds to. */
const CONSTRAINT_TYPES: ReadonlyMap<string, ConstraintType> = new Map([
  ["CS_ASAP", "asSoonAsPossible"],
  ["CS_ALAP", "asLateAsPossible"],
  ["CS_MSO", "mustStartOn"],
  ["CS_MANDSTART", "mustStartOn"],
  ["CS_MSOA", "startNoEarlierThan"],
  ["CS_MSOB", "startNoLaterThan"],
  ["CS_MEO", "mustFinishOn"],
  ["CS_MANDFIN", "mustFinishOn"],
  ["CS_MEOA", "finishNoEarlierThan"],
  ["CS_MEOB", "finishNoLaterThan"],
]);

/** The activity types P6 writes. */
const TASK_TYPES = new Set(["TT_Task", "TT_Rsrc", "TT_Mile", "TT_FinMile", "TT_LOE", "TT_WBS"]);

/** What the reader must say about an activity it read with a simplification. */
export type ActivityCaveat = "levelOfEffort" | "wbsSummary" | "secondaryConstraint";

/** Where an activity goes and what it is called outside P6. */
export interface ActivityPlacement {
  readonly uid: TaskUid;
  readonly outlineLevel: number;
  readonly outlineNumber: string;
  readonly wbs: string | undefined;
  readonly calendarUid: CalendarUid | undefined;
  readonly extendedAttributes: readonly ExtendedAttributeValue[];
}

const HOURS: DurationFormat = { unit: "hours", elapsed: false, estimated: false };
const DAYS: DurationFormat = { unit: "days", elapsed: false, estimated: false };

/** Hours of working time to minutes. */
export function hoursToMinutes(hours: number | undefined): number | undefined {
  return hours === undefined ? undefined : Math.round(hours * 60 * 1000) / 1000;
}

/** Days when the amount is whole days on the project's day, hours otherwise. */
export function displayFormatOf(minutes: number, minutesPerDay: number): DurationFormat {
  return minutes % minutesPerDay === 0 ? DAYS : HOURS;
}

/** Reads one TASK record into a task row placed in the outline. */
export function readXerActivity(
  fields: XerFields,
  placement: ActivityPlacement,
  minutesPerDay: number,
  caveats: (caveat: ActivityCaveat) => void,
): TaskRecord {
  const taskType = fields.text("task_type") ?? "TT_Task";
  if (!TASK_TYPES.has(taskType)) {
    throw fields.error(
      "unsupported",
      "task_type",
      `"${taskType}" is not an activity type P6 writes (TT_Task, TT_Mile…)`,
    );
  }
  if (taskType === "TT_LOE") caveats("levelOfEffort");
  if (taskType === "TT_WBS") caveats("wbsSummary");
  if (fields.text("cstr_type2") !== undefined) caveats("secondaryConstraint");
  const milestone = taskType === "TT_Mile" || taskType === "TT_FinMile";
  const status = fields.text("status_code") ?? "TK_NotStart";
  const started = status === "TK_Active" || status === "TK_Complete";
  const complete = status === "TK_Complete";

  const planned = hoursToMinutes(fields.number("target_drtn_hr_cnt")) ?? 0;
  const remaining = complete ? 0 : (hoursToMinutes(fields.number("remain_drtn_hr_cnt")) ?? planned);
  const actual = started ? Math.max(0, planned - remaining) : 0;
  const duration = milestone ? 0 : started ? actual + remaining : planned;
  const percentComplete = complete ? 100 : duration > 0 ? Math.round((actual / duration) * 100) : 0;

  const actualStart = started ? fields.dateTime("act_start_date") : undefined;
  const actualFinish = complete ? fields.dateTime("act_end_date") : undefined;
  const earlyStart = fields.dateTime("early_start_date");
  const earlyFinish = fields.dateTime("early_end_date");
  const totalFloat = hoursToMinutes(fields.number("total_float_hr_cnt"));
  return {
    uid: placement.uid,
    id: placement.uid,
    name: fields.text("task_name") ?? fields.text("task_code") ?? "",
    guid: fields.text("guid"),
    outlineLevel: placement.outlineLevel,
    outlineNumber: placement.outlineNumber,
    wbs: placement.wbs,
    isNull: false,
    summary: false,
    milestone,
    manual: false,
    active: true,
    durationMinutes: duration,
    durationFormat: displayFormatOf(duration, minutesPerDay),
    estimated: false,
    workMinutes: workMinutes(fields),
    start:
      actualStart ?? firstDate(fields, ["restart_date", "early_start_date", "target_start_date"]),
    finish: actualFinish ?? firstDate(fields, ["reend_date", "early_end_date", "target_end_date"]),
    constraint: readConstraint(fields),
    calendarUid: placement.calendarUid,
    priority: 500,
    percentComplete,
    physicalPercentComplete: fields.number("phys_complete_pct"),
    actualStart,
    actualFinish,
    actualDurationMinutes: started ? actual : undefined,
    remainingDurationMinutes: started ? remaining : undefined,
    baselines: NO_ITEMS,
    extendedAttributes: placement.extendedAttributes,
    stored: storedOrNothing({
      earlyStart,
      earlyFinish,
      lateStart: fields.dateTime("late_start_date"),
      lateFinish: fields.dateTime("late_end_date"),
      totalSlackMinutes: totalFloat,
      freeSlackMinutes: hoursToMinutes(fields.number("free_float_hr_cnt")),
    }),
  };
}

function workMinutes(fields: XerFields): number | undefined {
  const actual = fields.number("act_work_qty");
  const remaining = fields.number("remain_work_qty");
  if (actual === undefined && remaining === undefined) return undefined;
  return hoursToMinutes((actual ?? 0) + (remaining ?? 0));
}

function firstDate(fields: XerFields, names: readonly string[]): LocalDateTime | undefined {
  for (const name of names) {
    const value = fields.dateTime(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function readConstraint(fields: XerFields): TaskConstraint {
  const code = fields.text("cstr_type");
  if (code === undefined) return AS_SOON_AS_POSSIBLE;
  const type = CONSTRAINT_TYPES.get(code);
  if (type === undefined)
    throw fields.error(
      "unsupported",
      "cstr_type",
      `"${code}" is not a P6 constraint type (CS_MSOA, CS_MEOB…)`,
    );
  if (type === "asSoonAsPossible" || type === "asLateAsPossible") return { type };
  const date = fields.dateTime("cstr_date");
  if (date === undefined)
    throw fields.error(
      "missing-field",
      "cstr_date",
      `is empty, but the constraint ${code} needs a date`,
    );
  return { type, date };
}
