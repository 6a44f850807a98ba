// Moving many dates by one whole number of working days at once. On a calendar whose working
// days all follow one pattern, a date n working days later is the same clock time on the n-th
// working day after its own: the move depends on the date's day alone, so one table per day
// replaces placing each date on the calendar again (most of the cost when a moved project
// finish moves the late dates of nearly every task, see cpm/finish-shift.ts).

import { MINUTES_PER_DAY } from "../time/local-minute.js";

const INVERSE_MINUTES_PER_DAY = 1 / MINUTES_PER_DAY;

/** How far a date on each working day moves, for one whole number of working days. */
export class WholeDayShift {
  /**
   * `workdayDay`: the calendar's working days in order (`count` of them); `days`: the number of
   * working days to move by. Days without a working day that far inside the list stay unknown.
   */
  private readonly firstDay: number;
  private readonly minutes: Float64Array;

  constructor(workdayDay: Int32Array, count: number, days: number) {
    this.firstDay = workdayDay[0] ?? 0;
    this.minutes = new Float64Array((workdayDay[count - 1] ?? this.firstDay) - this.firstDay + 1);
    this.minutes.fill(Number.NaN);
    for (let k = Math.max(0, -days), end = Math.min(count, count - days); k < end; k++) {
      const day = workdayDay[k] ?? 0;
      this.minutes[day - this.firstDay] = ((workdayDay[k + days] ?? 0) - day) * MINUTES_PER_DAY;
    }
  }

  /**
   * `moment` moved: a whole minute where work resumes (`finishSide` false) or stops (true) on a
   * working day. NaN when that is not known here (another moment, or past the calendar's index):
   * the caller places the date on the calendar instead.
   */
  moved(moment: number, finishSide: boolean): number {
    if (!Number.isInteger(moment)) return Number.NaN;
    // Work stopping at midnight stops on the day before; adding half a minute keeps the
    // product clear of the day boundaries, so one multiplication gives the exact day.
    const day = Math.floor((moment - (finishSide ? 1 : 0) + 0.5) * INVERSE_MINUTES_PER_DAY);
    return moment + (this.minutes[day - this.firstDay] ?? Number.NaN);
  }
}
