// Unique ids of the records in a project file. They are plain integers in every format, and easy
// to mix up (a calendar UID passed where a task UID was meant still "works" until the dates are
// wrong), so each kind has its own brand.

declare const taskUidBrand: unique symbol;
declare const calendarUidBrand: unique symbol;
declare const resourceUidBrand: unique symbol;
declare const assignmentUidBrand: unique symbol;

/** A task's unique id in its file (MSPDI `UID`); stable across edits, unlike the row `id`. */
export type TaskUid = number & { readonly [taskUidBrand]: true };
/** A calendar's unique id in its file. */
export type CalendarUid = number & { readonly [calendarUidBrand]: true };
/** A resource's unique id in its file. */
export type ResourceUid = number & { readonly [resourceUidBrand]: true };
/** An assignment's unique id in its file. */
export type AssignmentUid = number & { readonly [assignmentUidBrand]: true };

function isIntegerTaskUid(value: number): value is TaskUid {
  return Number.isSafeInteger(value);
}
function isIntegerCalendarUid(value: number): value is CalendarUid {
  return Number.isSafeInteger(value);
}
function isIntegerResourceUid(value: number): value is ResourceUid {
  return Number.isSafeInteger(value);
}
function isIntegerAssignmentUid(value: number): value is AssignmentUid {
  return Number.isSafeInteger(value);
}

function notAnInteger(kind: string, value: number): RangeError {
  return new RangeError(`${kind} UID must be an integer, got ${value}`);
}

/** Brands an integer as a task UID; throws RangeError on a non-integer. */
export function toTaskUid(value: number): TaskUid {
  if (isIntegerTaskUid(value)) return value;
  throw notAnInteger("task", value);
}

/** Brands an integer as a calendar UID; throws RangeError on a non-integer. */
export function toCalendarUid(value: number): CalendarUid {
  if (isIntegerCalendarUid(value)) return value;
  throw notAnInteger("calendar", value);
}

/** Brands an integer as a resource UID; throws RangeError on a non-integer. */
export function toResourceUid(value: number): ResourceUid {
  if (isIntegerResourceUid(value)) return value;
  throw notAnInteger("resource", value);
}

/** Brands an integer as an assignment UID; throws RangeError on a non-integer. */
export function toAssignmentUid(value: number): AssignmentUid {
  if (isIntegerAssignmentUid(value)) return value;
  throw notAnInteger("assignment", value);
}
