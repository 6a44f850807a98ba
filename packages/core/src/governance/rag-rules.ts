import { DEFAULT_RAG_RULES, type RagBand, type RagRules } from "@orrery/contracts/rag-rules";
import { type Rag, worstRag } from "./rag.js";

/** Where a measure turns amber and red; the PMO sets one per rule on each template. */
export type Band = RagBand;

/** The PMO's rules for computing a status report's colours, set per lifecycle template. */
export type { RagRules };

export { DEFAULT_RAG_RULES };

/** What the rules look at, gathered from the plan, the budget and the RAID log. */
export interface ProjectSignals {
  /** Milestones with a baseline; slip in working days (negative: early). */
  readonly milestones: readonly { readonly name: string; readonly slipDays: number }[];
  /** Total float of the project finish in working days; null without a plan. */
  readonly finishFloatDays: number | null;
  /** Minor units of the project's currency; null when either is unknown. */
  readonly budget: number | null;
  readonly costForecast: number | null;
  readonly openThreats: readonly {
    readonly title: string;
    readonly score: number;
    readonly answered: boolean;
  }[];
  readonly overdueItems: readonly { readonly title: string }[];
  readonly openScopeChanges: number;
}

/** One dimension's colour and, for amber and red, the reasons that made it so. */
export interface RagFinding {
  readonly rag: Rag;
  readonly reasons: readonly string[];
}

export interface ProjectRag {
  readonly overall: RagFinding;
  readonly schedule: RagFinding;
  readonly cost: RagFinding;
  readonly scope: RagFinding;
  readonly risk: RagFinding;
}

function bandOf(value: number, band: Band): Rag {
  if (value > Math.max(band.redAbove, band.amberAbove)) return "red";
  if (value > band.amberAbove) return "amber";
  return "green";
}

/** Findings of several measures on one dimension: the worst colour, with every reason for it. */
function finding(checks: readonly { readonly rag: Rag; readonly reason: string }[]): RagFinding {
  const rag = worstRag(checks.map((c) => c.rag));
  return {
    rag,
    reasons: rag === "green" ? [] : checks.filter((c) => c.rag !== "green").map((c) => c.reason),
  };
}

const days = (n: number) => `${+n.toFixed(1)} working day${n === 1 ? "" : "s"}`;

/**
 * The colours the data gives, each with its reasons. Pure and monotonic: making any signal
 * worse never makes a colour greener.
 */
export function computeRag(signals: ProjectSignals, rules: RagRules): ProjectRag {
  const schedule = finding([
    ...signals.milestones.map((m) => ({
      rag: bandOf(m.slipDays, rules.milestoneSlipDays),
      reason: `milestone "${m.name}" is forecast ${days(m.slipDays)} after its baseline`,
    })),
    ...(signals.finishFloatDays === null
      ? []
      : [
          {
            rag: bandOf(-signals.finishFloatDays, rules.finishLateDays),
            reason: `the project finish has ${days(signals.finishFloatDays)} of float`,
          },
        ]),
  ]);

  const { budget, costForecast } = signals;
  const overrun =
    budget !== null && costForecast !== null && budget > 0
      ? ((costForecast - budget) / budget) * 100
      : null;
  const cost = finding(
    overrun === null
      ? []
      : [
          {
            rag: bandOf(overrun, rules.costOverrunPercent),
            reason: `the cost forecast is ${+overrun.toFixed(1)} % over the budget`,
          },
        ],
  );

  const scope = finding([
    {
      rag: bandOf(signals.openScopeChanges, rules.openScopeChanges),
      reason: `${signals.openScopeChanges} scope change request(s) await a decision`,
    },
  ]);

  const risk = finding([
    ...signals.openThreats
      .filter((t) => !t.answered)
      .map((t) => ({
        rag: bandOf(t.score, rules.unansweredRiskScore),
        reason: `risk "${t.title}" scores ${t.score} and has no response`,
      })),
    {
      rag: bandOf(signals.overdueItems.length, rules.overdueItems),
      reason: `${signals.overdueItems.length} RAID item(s) are overdue`,
    },
  ]);

  const overall = finding(
    (
      [
        ["schedule", schedule],
        ["cost", cost],
        ["scope", scope],
        ["risk", risk],
      ] as const
    ).map(([name, f]) => ({ rag: f.rag, reason: `${name} is ${f.rag}` })),
  );
  return { overall, schedule, cost, scope, risk };
}
