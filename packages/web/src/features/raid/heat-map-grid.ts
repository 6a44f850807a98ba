import {
  RATINGS,
  type Rating,
  type RiskBand,
  riskBand,
  riskScore,
} from "@orrery/core/governance/risk-scoring";

export interface HeatMapCell {
  readonly probability: Rating;
  readonly impact: Rating;
  readonly count: number;
  readonly score: number;
  readonly band: RiskBand;
}

/**
 * The heat map's rows as drawn: impact 5 at the top, probability 1 to 5 left to right, so the
 * worst corner is top right. `cells` is laid out as core's `heatMap` makes it.
 */
export function heatMapRows(cells: readonly (readonly number[])[]): HeatMapCell[][] {
  return [...RATINGS].reverse().map((impact) =>
    RATINGS.map((probability) => ({
      probability,
      impact,
      count: cells[impact - 1]?.[probability - 1] ?? 0,
      score: riskScore(probability, impact),
      band: riskBand(riskScore(probability, impact)),
    })),
  );
}
