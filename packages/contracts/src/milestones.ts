import { z } from "zod";
import { IsoDate, PageQuery } from "./common.js";

// Milestones of every project a person may read, for the portfolio timeline: where each one is
// forecast to finish (the engine's stored dates) and where its baseline put it.

/**
 * A window of finish dates, both ends inclusive, and optionally one project. Pages run in finish
 * order, so a timeline reads a range front to back.
 */
export const MilestoneListQuery = PageQuery.extend({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  projectId: z.uuid().optional(),
  /** Which baseline the slip is measured against (0–10). */
  baseline: z.coerce.number().int().min(0).max(10).default(0),
  /** Hide milestones at 100 % complete. */
  open: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
}).refine((query) => !query.from || !query.to || query.from <= query.to, {
  path: ["to"],
  message: "must not be before from",
});
export type MilestoneListQuery = z.infer<typeof MilestoneListQuery>;

export const PortfolioMilestone = z
  .object({
    projectId: z.string(),
    projectKey: z.string(),
    projectName: z.string(),
    /** The milestone's task UID in its project's plan. */
    uid: z.number().int(),
    name: z.string(),
    wbs: z.string().nullable(),
    /** Forecast finish, as last scheduled. */
    finish: z.string(),
    /** Finish in the chosen baseline; null when the baseline holds no such task. */
    baselineFinish: z.string().nullable(),
    deadline: z.string().nullable(),
    percentComplete: z.number(),
    critical: z.boolean(),
    totalFloatMinutes: z.number().nullable(),
  })
  .meta({ id: "PortfolioMilestone" });
export type PortfolioMilestone = z.infer<typeof PortfolioMilestone>;
