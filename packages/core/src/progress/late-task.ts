/** What lateness reads of a task: how far along it is and when it is due. */
export interface ProgressOfTask {
  readonly percentComplete: number;
  /** Wall-clock `YYYY-MM-DDTHH:MM:SS`, as plans store dates. */
  readonly finish: string | null;
}

/** The wall-clock time a plan's progress is measured at: its status date, else now (UTC). */
export function progressMeasureOf(statusDate: string | null, now: Date): string {
  return statusDate ?? now.toISOString().slice(0, 19);
}

/**
 * A task is late when it is not complete and was due to finish before the measure (the plan's
 * status date, or today): MS Project's "late" filter for tasks that should be done by then.
 */
export function isLate(task: ProgressOfTask, measure: string): boolean {
  return task.percentComplete < 100 && task.finish !== null && task.finish < measure;
}
