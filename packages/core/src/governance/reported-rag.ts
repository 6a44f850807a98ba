import type { ReportCadence } from "@orrery/contracts/templates";
import { type Rag, worstRag } from "./rag.js";
import type { ProjectRag, RagFinding } from "./rag-rules.js";

export const REPORT_DIMENSIONS = ["schedule", "cost", "scope", "risk"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export type ReportColour = "overall" | ReportDimension;

export interface Override {
  readonly rag: Rag;
  readonly justification: string;
}

export type Overrides = Partial<Record<ReportColour, Override | null>>;

export interface Reported {
  readonly computed: RagFinding;
  readonly override: Override | null;
  readonly rag: Rag;
}

export type ReportedColours = Record<ReportColour, Reported>;

/**
 * The colours a report shows: the manager's override where there is one, otherwise the data's.
 * The overall colour, unless overridden itself, is the worst of the dimensions as reported, so
 * overriding a dimension carries through to it (and an override never hides another red).
 */
export function reportedColours(computed: ProjectRag, overrides: Overrides): ReportedColours {
  const dimension = (name: ReportDimension): Reported => {
    const override = overrides[name] ?? null;
    return { computed: computed[name], override, rag: override?.rag ?? computed[name].rag };
  };
  const schedule = dimension("schedule");
  const cost = dimension("cost");
  const scope = dimension("scope");
  const risk = dimension("risk");
  const overallOverride = overrides.overall ?? null;
  const overall: Reported = {
    computed: computed.overall,
    override: overallOverride,
    rag: overallOverride?.rag ?? worstRag([schedule.rag, cost.rag, scope.rag, risk.rag]),
  };
  return { overall, schedule, cost, scope, risk };
}

/** Which colours differ between two reports, overall first. */
export function changedColours(
  now: Record<ReportColour, { readonly rag: Rag }>,
  before: Record<ReportColour, { readonly rag: Rag }>,
): ReportColour[] {
  return (["overall", ...REPORT_DIMENSIONS] as const).filter((c) => now[c].rag !== before[c].rag);
}

const DAY_MS = 86_400_000;

/** The day a cadence after `date`: 7 or 14 days on, or the same day next month (clamped). */
export function addCadence(date: string, cadence: ReportCadence): string {
  const day = new Date(`${date}T00:00:00Z`);
  if (cadence === "monthly") {
    const next = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
    const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0));
    next.setUTCDate(Math.min(day.getUTCDate(), lastDay.getUTCDate()));
    return next.toISOString().slice(0, 10);
  }
  const days = cadence === "weekly" ? 7 : 14;
  return new Date(day.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * When the next report is due: a cadence after the period the latest report covered; today when
 * none was ever submitted. Overdue once that day has passed.
 */
export function nextReportDue(
  latestPeriodEnd: string | null,
  cadence: ReportCadence,
  today: string,
): { readonly due: string; readonly overdue: boolean } {
  if (latestPeriodEnd === null) return { due: today, overdue: false };
  const due = addCadence(latestPeriodEnd, cadence);
  return { due, overdue: due < today };
}
