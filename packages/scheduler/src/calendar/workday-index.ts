// The working days of a calendar's window, indexed by the working minutes before them: a list
// of the days with work (their day, pattern and the work done before them) and buckets over
// working minutes, each naming the working day that holds its first minute. A bucket is never
// longer than the shortest working day, so finding the day of a count of working minutes is
// one read and at most a step. When every working day has the same working minutes (the usual
// case), the day is a division instead.

import type { PatternTables } from "./day-patterns.js";

/** Bucket sizes are powers of two within these bounds (minutes). */
const MIN_BUCKET = 16;
const MAX_BUCKET = 4096;

/** A window's working days and their index (see the file comment). */
export interface WorkdayIndex {
  readonly workdayCount: number;
  readonly workdayDay: Int32Array;
  readonly workdayPattern: Int32Array;
  /** Work done before each working day (+1 entry: after the last). */
  readonly workdayWork: Int32Array;
  /** Work at the window's first and last working instant. */
  readonly firstWork: number;
  readonly lastWork: number;
  /** For each bucket of working minutes from `firstWork`, the working day holding its start. */
  readonly bucketWorkday: Int32Array;
  readonly bucketScale: number;
  readonly bucketCount: number;
  /** The working minutes of every working day when they all have the same, else 0. */
  readonly uniformDay: number;
  readonly inverseDay: number;
  /** Where the clock lookups of the one pattern every working day has start, else -1. */
  readonly singleClock: number;
}

/**
 * Indexes the working days of a window starting at `firstDay`, whose days have patterns
 * `dayPattern` and the work `dayWork` before them.
 */
export function indexWorkdays(
  firstDay: number,
  dayPattern: Int32Array,
  dayWork: Int32Array,
  tables: PatternTables,
): WorkdayIndex {
  const totals = tables.totals;
  const dayCount = dayPattern.length;
  let workdays = 0;
  let shortest = MAX_BUCKET;
  for (let slot = 0; slot < dayCount; slot++) {
    const total = totals[dayPattern[slot] ?? 0] ?? 0;
    if (total === 0) continue;
    workdays++;
    if (total < shortest) shortest = total;
  }
  const workdayDay = new Int32Array(workdays);
  const workdayPattern = new Int32Array(workdays);
  const workdayWork = new Int32Array(workdays + 1);
  let k = 0;
  for (let slot = 0; slot < dayCount; slot++) {
    const pattern = dayPattern[slot] ?? 0;
    if ((totals[pattern] ?? 0) === 0) continue;
    workdayDay[k] = firstDay + slot;
    workdayPattern[k] = pattern;
    workdayWork[k] = dayWork[slot] ?? 0;
    k++;
  }
  workdayWork[workdays] = dayWork[dayCount] ?? 0;
  // The largest power of two no longer than the shortest working day: a bucket then spans at
  // most two working days, so finding the day of a bucket's minute takes at most one step.
  const bucket = Math.max(MIN_BUCKET, 2 ** (31 - Math.clz32(shortest)));
  const firstWork = workdayWork[0] ?? 0;
  const lastWork = workdayWork[workdays] ?? 0;
  const bucketCount = Math.floor((lastWork - firstWork) / bucket) + 1;
  const bucketWorkday = new Int32Array(bucketCount);
  let day = 0;
  for (let b = 0; b < bucketCount; b++) {
    const work = firstWork + b * bucket;
    while (day + 1 < workdays && (workdayWork[day + 1] ?? 0) <= work) day++;
    bucketWorkday[b] = day;
  }
  let uniformDay = workdays > 0 ? (totals[workdayPattern[0] ?? 0] ?? 0) : 0;
  let single = workdays > 0;
  for (let d = 1; d < workdays; d++) {
    if ((totals[workdayPattern[d] ?? 0] ?? 0) !== uniformDay) uniformDay = 0;
    if (workdayPattern[d] !== workdayPattern[0]) single = false;
  }
  return {
    workdayCount: workdays,
    workdayDay,
    workdayPattern,
    workdayWork,
    firstWork,
    lastWork,
    bucketWorkday,
    bucketScale: 1 / bucket,
    bucketCount,
    uniformDay,
    inverseDay: uniformDay > 0 ? 1 / uniformDay : 0,
    singleClock: single ? (tables.clockOffset[workdayPattern[0] ?? 0] ?? 0) : -1,
  };
}
