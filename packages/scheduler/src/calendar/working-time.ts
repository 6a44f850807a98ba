// The working-time index of one calendar. Every day of a window gets its day pattern and the
// working minutes before it (from a fixed origin day), and the working days are indexed by the
// work done before them (workday-index.ts), so both directions are lookups:
// - "working minutes before a moment": the day's cumulative work plus, for a whole minute, the
//   pattern's table of work done by each clock minute (otherwise a walk of its intervals);
// - "the moment at which w working minutes have elapsed": the working day by a division when
//   every working day is as long (else a bucket read and a step), then, for a whole count, the
//   pattern's table of clock minutes (day-patterns.ts).
// Adding working time to a date is then O(1) whatever the duration, which keeps calendar
// arithmetic off the critical path of a large schedule. The window grows on demand (by doubling)
// within MS Project's date range; values never change when it grows, since the origin is fixed.

import {
  type DayNumber,
  dayNumberOf,
  MINUTES_PER_DAY,
  onMinuteGrid,
} from "../time/local-minute.js";
import type { CalendarSpec, DayHours } from "./calendar-spec.js";
import { CLOCK_MINUTES, DayPatterns } from "./day-patterns.js";
import { CalendarChain } from "./day-resolution.js";
import { indexWorkdays } from "./workday-index.js";

/**
 * Which of the equal-work moments to return when a count of working minutes lands on a break:
 * `start` gives the moment work resumes (a task starting there), `finish` the moment work
 * stopped (a task finishing there). 17:00 Friday and 08:00 Monday are the same working instant.
 */
export type MomentBias = "start" | "finish";

/** Earliest and latest days the index will grow to (MS Project's own range is 1984–2149). */
const MIN_DAY = dayNumberOf(1900, 1, 1);
const MAX_DAY = dayNumberOf(2200, 12, 31);

const INVERSE_MINUTES_PER_DAY = 1 / MINUTES_PER_DAY;

/**
 * `Math.floor(whole / divisor)` for a whole number and a whole divisor of at most a day's
 * minutes, given `inverse` = 1 / divisor: adding half a unit keeps the product clear of the
 * integer boundaries (its rounding error is far smaller than half over the divisor), so one
 * multiplication gives the exact quotient, without a division or a correcting step.
 */
function wholeQuotient(whole: number, inverse: number): number {
  return Math.floor((whole + 0.5) * inverse);
}

/** Thrown (and turned into a schedule outcome by the caller) when no working time is reachable. */
export class CalendarRangeError extends Error {
  override readonly name = "CalendarRangeError";
}

/** A compiled calendar: answers working-time questions in O(1). */
export class WorkingTime {
  readonly name: string;
  private readonly chain: CalendarChain;
  private readonly patterns = new DayPatterns();
  /** The day whose start is working minute 0; fixed for the life of the index. */
  private readonly originDay: DayNumber;
  private firstDay: DayNumber;
  private dayCount = 0;
  /** Working minutes from the origin day to the start of each day of the window (+1 entry). */
  private dayWork: Int32Array = new Int32Array(1);
  private dayPattern: Int32Array = new Int32Array(0);
  // The day patterns' lookups (see PatternTables).
  private patternStart: Int32Array = new Int32Array(1);
  private intervalFrom: Int32Array = new Int32Array(0);
  private intervalTo: Int32Array = new Int32Array(0);
  // The window's working days and their index (see WorkdayIndex).
  private workdayCount = 0;
  private workdayDay: Int32Array = new Int32Array(0);
  private workdayPattern: Int32Array = new Int32Array(0);
  private workdayWork: Int32Array = new Int32Array(1);
  private firstWork = 0;
  private lastWork = 0;
  private bucketWorkday: Int32Array = new Int32Array(1);
  private bucketScale = 1;
  private bucketCount = 1;
  private uniformDay = 0;
  private inverseDay = 0;
  private singleClock = -1;
  private clockOffset: Int32Array = new Int32Array(1);
  private startClock: Int16Array = new Int16Array(0);
  private finishClock: Int16Array = new Int16Array(0);
  private workClock: Int16Array = new Int16Array(0);

  constructor(calendars: readonly CalendarSpec[], index: number, around: DayNumber) {
    this.chain = new CalendarChain(calendars, index);
    this.name = this.chain.name;
    this.originDay = Math.min(Math.max(around, MIN_DAY), MAX_DAY);
    this.firstDay = this.originDay;
    this.rebuild(
      Math.max(MIN_DAY, this.originDay - 366),
      Math.min(MAX_DAY, this.originDay + 3 * 366),
    );
  }

  /** Working minutes from the origin day to `moment` (only differences are meaningful). */
  workBefore(moment: number): number {
    if (Number.isInteger(moment)) {
      // A whole minute: the day by multiplication (see wholeQuotient), the rest by lookups.
      const day = wholeQuotient(moment, INVERSE_MINUTES_PER_DAY);
      const minute = moment - day * MINUTES_PER_DAY;
      const slot = day - this.firstDay;
      if (slot >= 0 && slot < this.dayCount) {
        const pattern = this.dayPattern[slot] ?? 0;
        return (this.dayWork[slot] ?? 0) + (this.workClock[pattern * CLOCK_MINUTES + minute] ?? 0);
      }
    }
    return this.workBeforeAnyMoment(moment);
  }

  private workBeforeAnyMoment(moment: number): number {
    const day = Math.floor(moment / MINUTES_PER_DAY);
    let slot = day - this.firstDay;
    if (slot < 0 || slot >= this.dayCount) {
      this.growToInclude(day);
      slot = day - this.firstDay;
    }
    const minute = moment - day * MINUTES_PER_DAY;
    const pattern = this.dayPattern[slot] ?? 0;
    const from = this.intervalFrom;
    const to = this.intervalTo;
    let work = this.dayWork[slot] ?? 0;
    for (
      let i = this.patternStart[pattern] ?? 0, end = this.patternStart[pattern + 1] ?? 0;
      i < end;
      i++
    ) {
      const start = from[i] ?? 0;
      if (minute <= start) break;
      const stop = to[i] ?? 0;
      work += Math.min(minute, stop) - start;
    }
    return onMinuteGrid(work);
  }

  /** The moment work resumes once `work` working minutes since the origin have elapsed. */
  startAt(work: number): number {
    const clock = this.singleClock;
    if (clock >= 0 && Number.isInteger(work) && work >= this.firstWork && work < this.lastWork) {
      // One pattern for every working day: the day by multiplication, the clock by a lookup.
      // Kept this small so that V8 inlines it into the passes (the other cases are below).
      const offset = work - this.firstWork;
      const k = wholeQuotient(offset, this.inverseDay);
      return (
        (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY +
        (this.startClock[clock + offset - k * this.uniformDay] ?? 0)
      );
    }
    return this.startAtAnyWork(work);
  }

  /** The moment work stops once `work` working minutes since the origin have elapsed. */
  finishAt(work: number): number {
    const clock = this.singleClock;
    if (clock >= 0 && Number.isInteger(work) && work > this.firstWork && work <= this.lastWork) {
      // Work that ends exactly where a day begins was done by the end of the day before: the
      // day holding the last of `work` minutes.
      const offset = work - this.firstWork - 1;
      const k = wholeQuotient(offset, this.inverseDay);
      return (
        (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY +
        (this.finishClock[clock + offset - k * this.uniformDay] ?? 0)
      );
    }
    return this.finishAtAnyWork(work);
  }

  /** Entry `index` of working day `k`'s pattern in a whole-minute clock lookup. */
  private clockOf(clock: Int16Array, k: number, index: number): number {
    const base =
      this.singleClock >= 0
        ? this.singleClock
        : (this.clockOffset[this.workdayPattern[k] ?? 0] ?? 0);
    return clock[base + index] ?? 0;
  }

  private startAtAnyWork(requested: number): number {
    const day = this.uniformDay;
    if (day > 0 && Number.isInteger(requested)) {
      if (requested >= this.firstWork && requested < this.lastWork) {
        // Every working day equally long, on several patterns: the day by multiplication.
        const offset = requested - this.firstWork;
        const k = wholeQuotient(offset, this.inverseDay);
        const remaining = offset - k * day;
        return (
          (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY + this.clockOf(this.startClock, k, remaining)
        );
      }
    }
    const work = onMinuteGrid(requested);
    if (!(work >= this.firstWork && work < this.lastWork)) this.growToCover(work, "start");
    const days = this.workdayWork;
    let k = this.bucketWorkday[this.bucketOf(work)] ?? 0;
    while ((days[k + 1] ?? 0) <= work) k++;
    const remaining = work - (days[k] ?? 0);
    if (!Number.isInteger(remaining)) return this.momentIn(k, remaining, false);
    return (
      (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY + this.clockOf(this.startClock, k, remaining)
    );
  }

  private finishAtAnyWork(requested: number): number {
    const day = this.uniformDay;
    if (day > 0 && Number.isInteger(requested)) {
      if (requested > this.firstWork && requested <= this.lastWork) {
        // As in finishAt, on several patterns of one length.
        const offset = requested - this.firstWork - 1;
        const k = wholeQuotient(offset, this.inverseDay);
        const remaining = offset - k * day + 1;
        return (
          (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY +
          this.clockOf(this.finishClock, k, remaining - 1)
        );
      }
    }
    const work = onMinuteGrid(requested);
    if (!(work > this.firstWork && work <= this.lastWork)) this.growToCover(work, "finish");
    const days = this.workdayWork;
    const last = this.workdayCount - 1;
    let k = this.bucketWorkday[this.bucketOf(work)] ?? 0;
    while (k < last && (days[k + 1] ?? 0) < work) k++;
    if ((days[k] ?? 0) >= work) k--;
    const remaining = work - (days[k] ?? 0);
    if (!Number.isInteger(remaining)) return this.momentIn(k, remaining, true);
    return (
      (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY + this.clockOf(this.finishClock, k, remaining - 1)
    );
  }

  /** The moment at which `work` working minutes since the origin have elapsed (see MomentBias). */
  momentAt(work: number, bias: MomentBias): number {
    return bias === "start" ? this.startAt(work) : this.finishAt(work);
  }

  /** `moment` plus `work` working minutes (negative: minus). */
  add(moment: number, work: number, bias: MomentBias): number {
    return this.momentAt(this.workBefore(moment) + work, bias);
  }

  /** Working minutes from `from` to `to` (negative when `to` is earlier). */
  between(from: number, to: number): number {
    return this.workBefore(to) - this.workBefore(from);
  }

  /** The first moment at or after `moment` at which work is going on. */
  nextStart(moment: number): number {
    return this.startAt(this.workBefore(moment));
  }

  /** The last moment at or before `moment` at which work stopped (or `moment` if working). */
  previousFinish(moment: number): number {
    return this.finishAt(this.workBefore(moment));
  }

  /** The working intervals of a day (resolved through base calendars), for display and tests. */
  hoursOn(day: DayNumber): DayHours {
    this.growToInclude(day);
    const hours = this.patterns.hoursOf(this.dayPattern[day - this.firstDay] ?? -1);
    if (hours === undefined)
      throw new CalendarRangeError(`calendar "${this.name}": day outside index`);
    return hours;
  }

  private bucketOf(work: number): number {
    const bucket = Math.floor((work - this.firstWork) * this.bucketScale);
    return bucket < this.bucketCount ? bucket : this.bucketCount - 1;
  }

  /** The moment `remaining` working minutes into working day `k` (at a break: see `finish`). */
  private momentIn(k: number, remaining: number, finish: boolean): number {
    const pattern = this.workdayPattern[k] ?? 0;
    const dayStart = (this.workdayDay[k] ?? 0) * MINUTES_PER_DAY;
    const from = this.intervalFrom;
    const to = this.intervalTo;
    let left = remaining;
    for (
      let i = this.patternStart[pattern] ?? 0, end = this.patternStart[pattern + 1] ?? 0;
      i < end;
      i++
    ) {
      const start = from[i] ?? 0;
      const length = (to[i] ?? 0) - start;
      if (finish ? left <= length : left < length) return onMinuteGrid(dayStart + start + left);
      left -= length;
    }
    throw new CalendarRangeError(`calendar "${this.name}": working-time index is inconsistent`);
  }

  private growToCover(work: number, bias: MomentBias): void {
    for (;;) {
      const belowStart = bias === "start" ? work < this.firstWork : work <= this.firstWork;
      const aboveEnd = bias === "start" ? work >= this.lastWork : work > this.lastWork;
      if (!belowStart && !aboveEnd) return;
      const span = this.dayCount;
      if (belowStart) {
        if (this.firstDay <= MIN_DAY) throw this.noWorkingTime("before", this.firstDay);
        this.rebuild(Math.max(MIN_DAY, this.firstDay - span), this.firstDay + span - 1);
      } else {
        const end = this.firstDay + span - 1;
        if (end >= MAX_DAY) throw this.noWorkingTime("after", end);
        this.rebuild(this.firstDay, Math.min(MAX_DAY, end + span));
      }
    }
  }

  private growToInclude(day: DayNumber): void {
    if (day < MIN_DAY || day > MAX_DAY) {
      throw new CalendarRangeError(`calendar "${this.name}": date outside 1900–2200`);
    }
    while (day < this.firstDay || day >= this.firstDay + this.dayCount) {
      const span = this.dayCount;
      const from = day < this.firstDay ? Math.max(MIN_DAY, this.firstDay - span) : this.firstDay;
      const to =
        day < this.firstDay
          ? this.firstDay + span - 1
          : Math.min(MAX_DAY, this.firstDay + 2 * span - 1);
      this.rebuild(from, to);
    }
  }

  private noWorkingTime(direction: string, day: DayNumber): CalendarRangeError {
    return new CalendarRangeError(
      `calendar "${this.name}" has no working time ${direction} day ${day} within 1900–2200`,
    );
  }

  /** Rebuilds the window as `fromDay`..`toDay`, keeping the origin so old values stay valid. */
  private rebuild(fromDay: DayNumber, toDay: DayNumber): void {
    const count = toDay - fromDay + 1;
    const dayPattern = new Int32Array(count);
    const hours = this.chain.resolveWindow(fromDay, toDay);
    for (let slot = 0; slot < count; slot++)
      dayPattern[slot] = this.patterns.intern(hours[slot] ?? []);
    const tables = this.patterns.tables();
    const totals = tables.totals;
    // Cumulative work counted from the origin day, which every window contains (windows only
    // grow), so values computed before a growth stay valid after it.
    const dayWork = new Int32Array(count + 1);
    const originSlot = this.originDay - fromDay;
    let sum = 0;
    for (let slot = originSlot; slot < count; slot++) {
      sum += totals[dayPattern[slot] ?? 0] ?? 0;
      dayWork[slot + 1] = sum;
    }
    sum = 0;
    for (let slot = originSlot - 1; slot >= 0; slot--) {
      sum -= totals[dayPattern[slot] ?? 0] ?? 0;
      dayWork[slot] = sum;
    }
    const workdays = indexWorkdays(fromDay, dayPattern, dayWork, tables);
    this.firstDay = fromDay;
    this.dayCount = count;
    this.dayWork = dayWork;
    this.dayPattern = dayPattern;
    this.patternStart = tables.patternStart;
    this.intervalFrom = tables.intervalFrom;
    this.intervalTo = tables.intervalTo;
    this.clockOffset = tables.clockOffset;
    this.startClock = tables.startClock;
    this.finishClock = tables.finishClock;
    this.workClock = tables.workClock;
    this.workdayCount = workdays.workdayCount;
    this.workdayDay = workdays.workdayDay;
    this.workdayPattern = workdays.workdayPattern;
    this.workdayWork = workdays.workdayWork;
    this.firstWork = workdays.firstWork;
    this.lastWork = workdays.lastWork;
    this.bucketWorkday = workdays.bucketWorkday;
    this.bucketScale = workdays.bucketScale;
    this.bucketCount = workdays.bucketCount;
    this.uniformDay = workdays.uniformDay;
    this.inverseDay = workdays.inverseDay;
    this.singleClock = workdays.singleClock;
  }
}
