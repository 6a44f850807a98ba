import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  heatMap,
  RATINGS,
  type Rating,
  type RiskBand,
  responseFits,
  riskBand,
  riskScore,
} from "./risk-scoring.js";

const rating = fc.constantFrom<Rating>(...RATINGS);
const BAND_ORDER: RiskBand[] = ["low", "medium", "high", "critical"];

describe("risk scoring", () => {
  it("scores 1 to 25, and a higher probability or impact never lowers the band", () => {
    fc.assert(
      fc.property(rating, rating, rating, (p, i, more) => {
        const score = riskScore(p, i);
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(25);
        const higher = Math.max(p, more) as Rating;
        expect(BAND_ORDER.indexOf(riskBand(riskScore(higher, i)))).toBeGreaterThanOrEqual(
          BAND_ORDER.indexOf(riskBand(score)),
        );
      }),
    );
    expect([riskBand(4), riskBand(5), riskBand(10), riskBand(15)]).toEqual(BAND_ORDER);
  });

  it("takes threat responses for threats and opportunity responses for opportunities", () => {
    expect(responseFits("threat", "reduce")).toBe(true);
    expect(responseFits("threat", "exploit")).toBe(false);
    expect(responseFits("opportunity", "enhance")).toBe(true);
    expect(responseFits("opportunity", "avoid")).toBe(false);
    expect(responseFits("opportunity", "accept")).toBe(true);
  });

  it("counts every risk once in the cell of its impact and probability", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ probability: rating, impact: rating })), (risks) => {
        const cells = heatMap(risks);
        expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(risks.length);
        for (const risk of risks)
          expect(cells[risk.impact - 1]?.[risk.probability - 1]).toBeGreaterThan(0);
      }),
    );
  });

  it("gives the same map for risks one by one and grouped by cell with counts", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ probability: rating, impact: rating })), (risks) => {
        const grouped = new Map<string, { probability: Rating; impact: Rating; count: number }>();
        for (const risk of risks) {
          const key = `${risk.probability}:${risk.impact}`;
          const cell = grouped.get(key) ?? { ...risk, count: 0 };
          cell.count++;
          grouped.set(key, cell);
        }
        expect(heatMap(grouped.values())).toEqual(heatMap(risks));
      }),
    );
  });
});
