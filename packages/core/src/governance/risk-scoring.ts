/**
 * Risk scoring on the usual 5×5 matrix: probability and impact from 1 (very low) to 5 (very
 * high), the score their product (1–25). Threats and opportunities take different responses.
 */
export type RiskKind = "threat" | "opportunity";

export const THREAT_RESPONSES = ["avoid", "reduce", "transfer", "accept"] as const;
export const OPPORTUNITY_RESPONSES = ["exploit", "enhance", "share", "accept"] as const;
export type ThreatResponse = (typeof THREAT_RESPONSES)[number];
export type OpportunityResponse = (typeof OPPORTUNITY_RESPONSES)[number];
export type RiskResponse = ThreatResponse | OpportunityResponse;

/** A rating on one axis of the matrix. */
export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

export function isRating(value: unknown): value is Rating {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function riskScore(probability: Rating, impact: Rating): number {
  return probability * impact;
}

/** Whether a response fits the kind of risk (`exploit` is no answer to a threat). */
export function responseFits(kind: RiskKind, response: RiskResponse): boolean {
  const allowed: readonly string[] = kind === "threat" ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
  return allowed.includes(response);
}

/** How a score reads on the matrix: the bands most PMO standards colour the 5×5 grid with. */
export type RiskBand = "low" | "medium" | "high" | "critical";

export function riskBand(score: number): RiskBand {
  if (score >= 15) return "critical";
  if (score >= 10) return "high";
  if (score >= 5) return "medium";
  return "low";
}

/**
 * Counts per cell of the 5×5 heat map: `cells[impact - 1][probability - 1]`, rows by impact so a
 * chart draws the worst corner top right when it reverses the rows. An entry may stand for
 * several risks (`count`), as when a database has already grouped them by cell.
 */
export function heatMap(
  risks: Iterable<{
    readonly probability: Rating;
    readonly impact: Rating;
    readonly count?: number;
  }>,
): number[][] {
  const cells = RATINGS.map(() => RATINGS.map(() => 0));
  for (const risk of risks) {
    const row = cells[risk.impact - 1];
    if (row) row[risk.probability - 1] = (row[risk.probability - 1] ?? 0) + (risk.count ?? 1);
  }
  return cells;
}
