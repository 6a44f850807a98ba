import type {
  IssuePriority,
  RaidStatus,
  RaidType,
  RiskKind,
  RiskResponse,
} from "@orrery/contracts/raid";
import type { RiskBand } from "@orrery/core/governance/risk-scoring";

/** The tabs of a RAID log, singular and plural, in the order PMO people say "RAID". */
export const RAID_TYPE_LABELS: Record<RaidType, { one: string; many: string }> = {
  risk: { one: "Risk", many: "Risks" },
  issue: { one: "Issue", many: "Issues" },
  assumption: { one: "Assumption", many: "Assumptions" },
  dependency: { one: "Dependency", many: "Dependencies" },
  decision: { one: "Decision", many: "Decisions" },
  action: { one: "Action", many: "Actions" },
};

export const RAID_STATUS_LABELS: Record<RaidStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  closed: "Closed",
};

export const RISK_KIND_LABELS: Record<RiskKind, string> = {
  threat: "Threat",
  opportunity: "Opportunity",
};

export const RISK_RESPONSE_LABELS: Record<RiskResponse, string> = {
  avoid: "Avoid",
  reduce: "Reduce",
  transfer: "Transfer",
  accept: "Accept",
  exploit: "Exploit",
  enhance: "Enhance",
  share: "Share",
};

export const PRIORITY_LABELS: Record<IssuePriority, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

/** The words of the 1–5 scale, for both axes of the matrix. */
export const RATING_LABELS = ["Very low", "Low", "Medium", "High", "Very high"] as const;

/** The Mantine colour of each band of the matrix, for badges and heat-map cells. */
export const BAND_COLORS: Record<RiskBand, string> = {
  low: "green",
  medium: "yellow",
  high: "orange",
  critical: "red",
};

export const BAND_LABELS: Record<RiskBand, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};
