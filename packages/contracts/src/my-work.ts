import { z } from "zod";
import { IsoDate, PageQuery } from "./common.js";

// My work: the tasks assigned to the caller (through plan resources mapped to them) across every
// project they may read, open ones first and each group in finish order, so what is due soonest
// comes first.

export const MyWorkQuery = PageQuery.extend({
  /**
   * Complete tasks are listed only when they finished on or after this date (their actual
   * finish, else their finish); without it every complete task is listed after the open ones.
   */
  completedSince: IsoDate.optional(),
});
export type MyWorkQuery = z.infer<typeof MyWorkQuery>;

export const MyWorkTask = z
  .object({
    projectId: z.string(),
    projectKey: z.string(),
    projectName: z.string(),
    uid: z.number().int(),
    name: z.string(),
    wbs: z.string().nullable(),
    milestone: z.boolean(),
    start: z.string().nullable(),
    finish: z.string(),
    durationMinutes: z.number(),
    percentComplete: z.number(),
    actualStart: z.string().nullable(),
    actualFinish: z.string().nullable(),
    remainingDurationMinutes: z.number().nullable(),
    /** The plan's day and week lengths, to read and write durations such as `3d`. */
    minutesPerDay: z.number().int(),
    minutesPerWeek: z.number().int(),
    /** The plan's status date, or null when it has none (then today is the measure). */
    statusDate: z.string().nullable(),
    /** Not complete and due before the status date (or today when the plan has none). */
    late: z.boolean(),
    /** The task's version: send it as `If-Match` when recording progress. */
    version: z.number().int(),
  })
  .meta({ id: "MyWorkTask" });
export type MyWorkTask = z.infer<typeof MyWorkTask>;
