import { heatMap } from "@orrery/core/governance/risk-scoring";
import { describe, expect, it } from "vitest";
import { heatMapRows } from "./heat-map-grid.js";

describe("heatMapRows", () => {
  it("puts impact 5 on the top row and probability 5 on the right, with each cell's count", () => {
    const rows = heatMapRows(
      heatMap([
        { probability: 5, impact: 5 },
        { probability: 5, impact: 5 },
        { probability: 1, impact: 2 },
      ]),
    );
    expect(rows).toHaveLength(5);
    expect(rows[0]?.[4]).toEqual({
      probability: 5,
      impact: 5,
      count: 2,
      score: 25,
      band: "critical",
    });
    expect(rows[3]?.[0]).toEqual({ probability: 1, impact: 2, count: 1, score: 2, band: "low" });
    expect(rows.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it("colours cells by the band of their score, not by their count", () => {
    const rows = heatMapRows(heatMap([]));
    expect(rows[0]?.[0]?.band).toBe("medium"); // 1 × 5
    expect(rows[2]?.[2]?.band).toBe("medium"); // 3 × 3 = 9
    expect(rows[1]?.[2]?.band).toBe("high"); // 3 × 4
  });
});
