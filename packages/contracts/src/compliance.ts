import { z } from "zod";
import { IsoDate } from "./common.js";
import { ProjectRef, RAID_STALE_DAYS_DEFAULT } from "./raid.js";

// The PMO's compliance view: what in the running projects falls short of the organisation's
// standard today (overdue reports and gates, gates near without their required documents,
// stale RAID entries), each finding with where to go to put it right.

export const ComplianceKind = z
  .enum(["report_overdue", "gate_overdue", "gate_documents_missing", "raid_stale"])
  .meta({ id: "ComplianceKind" });
export type ComplianceKind = z.infer<typeof ComplianceKind>;

/** The page that fixes a finding; the web app turns it into a link. */
export const ComplianceFix = z
  .discriminatedUnion("page", [
    z.object({ page: z.literal("status-reports"), projectId: z.uuid() }),
    z.object({
      page: z.literal("gate-review"),
      projectId: z.uuid(),
      gate: z.number().int(),
      reviewId: z.uuid(),
    }),
    z.object({ page: z.literal("lifecycle"), projectId: z.uuid() }),
    z.object({ page: z.literal("raid"), projectId: z.uuid() }),
    z.object({ page: z.literal("documents"), projectId: z.uuid() }),
  ])
  .meta({ id: "ComplianceFix" });
export type ComplianceFix = z.infer<typeof ComplianceFix>;

export const ComplianceFinding = z
  .object({
    kind: ComplianceKind,
    project: ProjectRef,
    /** What is wrong, in a line: "Status report due 2026-11-20", "Gate 2 (Plan)". */
    subject: z.string(),
    /** Since when: the missed due date. */
    since: IsoDate,
    daysOverdue: z.number().int(),
    fix: ComplianceFix,
  })
  .meta({ id: "ComplianceFinding" });
export type ComplianceFinding = z.infer<typeof ComplianceFinding>;

export const ComplianceQuery = z.object({
  kind: ComplianceKind.optional(),
  /** An open RAID entry nobody has reviewed for this many days is stale. */
  staleDays: z.coerce.number().int().min(1).max(3650).default(RAID_STALE_DAYS_DEFAULT),
});
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const ComplianceReport = z
  .object({
    /** The day the findings are judged on (the server's today). */
    asOf: IsoDate,
    /** Findings of each kind, before the `kind` filter. */
    counts: z.record(ComplianceKind, z.number().int()),
    /** Longest overdue first. */
    findings: z.array(ComplianceFinding),
  })
  .meta({ id: "ComplianceReport" });
export type ComplianceReport = z.infer<typeof ComplianceReport>;
