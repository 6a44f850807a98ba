// Engine moments as the local date-time text of the schedule report. A 100,000-task report holds
// 700,000 dates but only a few thousand distinct ones (tasks start and finish on the same
// working-period boundaries), so each distinct moment is formatted once and its text shared.

import { formatLocalMinute, toLocalMinute } from "@orrery/scheduler/time/local-minute";

/** Formats moments, remembering the text of each second it has written. */
export class MomentTexts {
  private readonly texts = new Map<number, string>();

  /** `YYYY-MM-DDTHH:MM:SS` to the nearest second, or "" when there is no date (undefined, NaN). */
  of(moment: number | undefined): string {
    if (moment === undefined || Number.isNaN(moment)) return "";
    // The text depends only on the rounded second, so that is the key.
    const second = Math.round(moment * 60);
    let text = this.texts.get(second);
    if (text === undefined) {
      text = formatLocalMinute(toLocalMinute(moment));
      this.texts.set(second, text);
    }
    return text;
  }
}
