import { z } from "zod";

// The PMO's rules for computing a status report's colours, set per lifecycle template. Each rule
// is a band over one measure: amber strictly above `amberAbove`, red strictly above `redAbove`.
// Template versions published before templates carried rules read as these defaults.

/** Thresholds of one rule, in the rule's unit. */
export interface RagBand {
  readonly amberAbove: number;
  readonly redAbove: number;
}

/** What each rule measures, named as the template editor labels it. */
export const RAG_RULE_KEYS = [
  "milestoneSlipDays",
  "finishLateDays",
  "costOverrunPercent",
  "unansweredRiskScore",
  "overdueItems",
  "openScopeChanges",
] as const;
export type RagRuleKey = (typeof RAG_RULE_KEYS)[number];

export type RagRules = { readonly [K in RagRuleKey]: RagBand };

/** Orrery's rules, used by projects without a template and by versions that set none. */
export const DEFAULT_RAG_RULES: RagRules = {
  milestoneSlipDays: { amberAbove: 0, redAbove: 10 },
  finishLateDays: { amberAbove: 0, redAbove: 5 },
  costOverrunPercent: { amberAbove: 5, redAbove: 10 },
  unansweredRiskScore: { amberAbove: 9, redAbove: 14 },
  overdueItems: { amberAbove: 0, redAbove: 4 },
  openScopeChanges: { amberAbove: 1, redAbove: 4 },
};

/** The largest threshold each rule accepts: a year of working days, 25 on the 5×5 matrix… */
export const RAG_RULE_MAXIMUM: Record<RagRuleKey, number> = {
  milestoneSlipDays: 260,
  finishLateDays: 260,
  costOverrunPercent: 1_000,
  unansweredRiskScore: 25,
  overdueItems: 1_000,
  openScopeChanges: 1_000,
};

function threshold(max: number) {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? "is required" : `must be a whole number from 0 to ${max}`,
    })
    .int(`must be a whole number from 0 to ${max}`)
    .min(0, `must be from 0 to ${max}`)
    .max(max, `must be from 0 to ${max}`);
}

function band(key: RagRuleKey) {
  const max = RAG_RULE_MAXIMUM[key];
  return z
    .object({ amberAbove: threshold(max), redAbove: threshold(max) })
    .strict()
    .refine((b) => b.redAbove >= b.amberAbove, {
      path: ["redAbove"],
      message: "must not be below the amber threshold",
    })
    .default(DEFAULT_RAG_RULES[key]);
}

/** A template's rules as the PMO sets them; each omitted rule keeps its default. */
export const RagRulesDefinition = z
  .object({
    /** Working days a milestone's forecast finish may slip past its baseline finish. */
    milestoneSlipDays: band("milestoneSlipDays"),
    /** Working days the project finish is late: its negative total float, in days. */
    finishLateDays: band("finishLateDays"),
    /** Percent by which the cost forecast exceeds the budget. */
    costOverrunPercent: band("costOverrunPercent"),
    /** Score (1–25) an open threat without a response may reach. */
    unansweredRiskScore: band("unansweredRiskScore"),
    /** RAID items (issues, actions, dependencies) past their due date. */
    overdueItems: band("overdueItems"),
    /** Change requests with a scope impact still awaiting a decision. */
    openScopeChanges: band("openScopeChanges"),
  })
  .strict()
  .default(DEFAULT_RAG_RULES)
  .meta({ id: "RagRules" });
