// The codes the plan's typed arrays hold: link types, constraint types, a task's and a link's
// kind bits, and the project options the passes branch on.

import type { ConstraintType, LagCalendar, LateDateStyle, LinkType } from "./schedule-input.js";

/** Link type codes. */
export const LINK_FS = 0;
export const LINK_SS = 1;
export const LINK_FF = 2;
export const LINK_SF = 3;
export const LINK_CODES: Record<LinkType, number> = {
  FS: LINK_FS,
  SS: LINK_SS,
  FF: LINK_FF,
  SF: LINK_SF,
};

/** Constraint codes in typed arrays. */
export const CONSTRAINT_CODES: Record<ConstraintType, number> = {
  ASAP: 0,
  ALAP: 1,
  MSO: 2,
  MFO: 3,
  SNET: 4,
  SNLT: 5,
  FNET: 6,
  FNLT: 7,
};
export const ASAP = 0;
export const ALAP = 1;
export const MSO = 2;
export const MFO = 3;
export const SNET = 4;
export const SNLT = 5;
export const FNET = 6;
export const FNLT = 7;

/**
 * Bits of a task's kind (`TaskTable.kind`): what a pass must look at beyond the task's links
 * and duration. A plain task (an active, automatic, unconstrained detail task without progress)
 * has none of them, and the passes treat it in a few loads.
 */
export const KIND_INACTIVE = 1;
export const KIND_SUMMARY = 2;
export const KIND_ELAPSED = 4;
export const KIND_MANUAL = 8;
/** A constraint with a date (not ASAP or ALAP). */
export const KIND_CONSTRAINED = 16;
/** An actual start, finish or duration. */
export const KIND_PROGRESS = 32;
export const KIND_DEADLINE = 64;
export const KIND_DELAYED = 128;

/**
 * Bits of a link's kind (`TaskTable.linkKind`): its type code (LINK_FS …) in the low bits, and
 * LINK_PLAIN when both tasks and the lag share one calendar and nothing is elapsed, so the link
 * is arithmetic on working positions.
 */
export const LINK_TYPE_BITS = 3;
export const LINK_PLAIN = 4;

/** Where late dates on a break go, as codes (see LateDateStyle). */
export const LATE_PREVIOUS_FINISH = 0;
export const LATE_NEXT_START = 1;
export const LATE_BY_TASK_MODE = 2;
export const LATE_BY_TASK_MODE_LEGACY = 3;
export const LATE_STYLES: Record<LateDateStyle, number> = {
  previousFinish: LATE_PREVIOUS_FINISH,
  nextStart: LATE_NEXT_START,
  byTaskMode: LATE_BY_TASK_MODE,
  byTaskModeLegacy: LATE_BY_TASK_MODE_LEGACY,
};

/** Which task's calendar counts a link's lag, as codes (see LagCalendar). */
export const LAG_ON_SUCCESSOR = 0;
export const LAG_ON_PREDECESSOR = 1;
export const LAG_ON_PROJECT = 2;
export const LAG_RULES: Record<LagCalendar, number> = {
  successor: LAG_ON_SUCCESSOR,
  predecessor: LAG_ON_PREDECESSOR,
  project: LAG_ON_PROJECT,
};
