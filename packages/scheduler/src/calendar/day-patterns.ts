// The distinct working hours a calendar's days have ("day patterns": most calendars have two,
// a working day and a day off), interned, with the lookups the working-time index reads: the
// intervals of every pattern flattened into two arrays, and for whole minutes, tables from work
// done to the clock and back, so that placing a whole-minute date is a read, not a walk.

import { MINUTES_PER_DAY } from "../time/local-minute.js";
import type { DayHours } from "./calendar-spec.js";

/** Clock minutes of a day, both ends included (a day's work ends at 24:00 at the latest). */
export const CLOCK_MINUTES = MINUTES_PER_DAY + 1;

interface DayPattern {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly total: number;
}

/** The lookups of every pattern interned so far (see DayPatterns.tables). */
export interface PatternTables {
  /** Working minutes of each pattern. */
  readonly totals: Int32Array;
  /** Intervals of pattern p: intervalFrom/To[patternStart[p]] … [patternStart[p + 1] - 1]. */
  readonly patternStart: Int32Array;
  readonly intervalFrom: Int32Array;
  readonly intervalTo: Int32Array;
  /**
   * From `clockOffset[p]`: the clock minute at which work resumes after r working minutes of
   * pattern p (r < total, `startClock`), and at which r working minutes are done (1 ≤ r ≤
   * total, stored at r - 1, `finishClock`). From `p * CLOCK_MINUTES`: the working minutes done
   * before each clock minute of the day (`workClock`).
   */
  readonly clockOffset: Int32Array;
  readonly startClock: Int16Array;
  readonly finishClock: Int16Array;
  readonly workClock: Int16Array;
}

/** A registry of day patterns: each distinct set of hours gets a number. */
export class DayPatterns {
  private readonly patterns: DayPattern[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of the pattern of `hours` (sorted, disjoint intervals). */
  intern(hours: DayHours): number {
    const key = hours.map((h) => `${h.from}-${h.to}`).join(",");
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const from = Int32Array.from(hours, (h) => h.from);
    const to = Int32Array.from(hours, (h) => h.to);
    const total = hours.reduce((sum, h) => sum + (h.to - h.from), 0);
    this.patterns.push({ from, to, total });
    this.ids.set(key, this.patterns.length - 1);
    return this.patterns.length - 1;
  }

  /** The hours of pattern `p`. */
  hoursOf(p: number): DayHours | undefined {
    const pattern = this.patterns[p];
    if (pattern === undefined) return undefined;
    return Array.from(pattern.from, (from, i) => ({ from, to: pattern.to[i] ?? from }));
  }

  /** The lookups of every pattern interned so far. */
  tables(): PatternTables {
    const patterns = this.patterns;
    const totals = Int32Array.from(patterns, (pattern) => pattern.total);
    const patternStart = new Int32Array(patterns.length + 1);
    const clockOffset = new Int32Array(patterns.length + 1);
    patterns.forEach((pattern, p) => {
      patternStart[p + 1] = (patternStart[p] ?? 0) + pattern.from.length;
      clockOffset[p + 1] = (clockOffset[p] ?? 0) + pattern.total;
    });
    const intervalFrom = new Int32Array(patternStart[patterns.length] ?? 0);
    const intervalTo = new Int32Array(intervalFrom.length);
    const startClock = new Int16Array(clockOffset[patterns.length] ?? 0);
    const finishClock = new Int16Array(startClock.length);
    const workClock = new Int16Array(patterns.length * CLOCK_MINUTES);
    patterns.forEach((pattern, p) => {
      intervalFrom.set(pattern.from, patternStart[p] ?? 0);
      intervalTo.set(pattern.to, patternStart[p] ?? 0);
      let r = clockOffset[p] ?? 0;
      for (let i = 0; i < pattern.from.length; i++) {
        for (let minute = pattern.from[i] ?? 0; minute < (pattern.to[i] ?? 0); minute++) {
          startClock[r] = minute;
          finishClock[r] = minute + 1;
          r++;
        }
      }
      let done = 0;
      for (let minute = 0; minute < CLOCK_MINUTES; minute++) {
        workClock[p * CLOCK_MINUTES + minute] = done;
        if (isWorking(pattern, minute)) done++;
      }
    });
    return {
      totals,
      patternStart,
      intervalFrom,
      intervalTo,
      clockOffset,
      startClock,
      finishClock,
      workClock,
    };
  }
}

function isWorking(pattern: DayPattern, minute: number): boolean {
  for (let i = 0; i < pattern.from.length; i++)
    if ((pattern.from[i] ?? 0) <= minute && minute < (pattern.to[i] ?? 0)) return true;
  return false;
}
