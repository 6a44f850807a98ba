import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ragRank } from "./rag.js";
import {
  computeRag,
  DEFAULT_RAG_RULES,
  type ProjectRag,
  type ProjectSignals,
} from "./rag-rules.js";

const signals: fc.Arbitrary<ProjectSignals> = fc.record({
  milestones: fc.array(
    fc.record({ name: fc.string({ maxLength: 8 }), slipDays: fc.integer({ min: -20, max: 40 }) }),
    { maxLength: 4 },
  ),
  finishFloatDays: fc.option(fc.integer({ min: -30, max: 30 })),
  budget: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
  costForecast: fc.option(fc.integer({ min: 0, max: 2_000_000 })),
  openThreats: fc.array(
    fc.record({
      title: fc.string({ maxLength: 8 }),
      score: fc.integer({ min: 1, max: 25 }),
      answered: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  overdueItems: fc.array(fc.record({ title: fc.string({ maxLength: 8 }) }), { maxLength: 8 }),
  openScopeChanges: fc.integer({ min: 0, max: 8 }),
});

/** One signal made worse, everything else kept. */
const worsen = (s: ProjectSignals, how: number, by: number): ProjectSignals => {
  switch (how) {
    case 0:
      return {
        ...s,
        milestones: s.milestones.map((m, i) => (i === 0 ? { ...m, slipDays: m.slipDays + by } : m)),
      };
    case 1:
      return { ...s, finishFloatDays: s.finishFloatDays === null ? null : s.finishFloatDays - by };
    case 2:
      return { ...s, costForecast: s.costForecast === null ? null : s.costForecast + by * 1000 };
    case 3:
      return {
        ...s,
        openThreats: s.openThreats.map((t) => ({
          ...t,
          answered: false,
          score: Math.min(25, t.score + by),
        })),
      };
    case 4:
      return {
        ...s,
        overdueItems: [...s.overdueItems, ...Array.from({ length: by }, () => ({ title: "late" }))],
      };
    default:
      return { ...s, openScopeChanges: s.openScopeChanges + by };
  }
};

const DIMENSIONS = [
  "overall",
  "schedule",
  "cost",
  "scope",
  "risk",
] as const satisfies readonly (keyof ProjectRag)[];

describe("computed RAG", () => {
  it("never turns greener when an input gets worse", () => {
    fc.assert(
      fc.property(
        signals,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (s, how, by) => {
          const before = computeRag(s, DEFAULT_RAG_RULES);
          const after = computeRag(worsen(s, how, by), DEFAULT_RAG_RULES);
          for (const d of DIMENSIONS)
            expect(ragRank(after[d].rag)).toBeGreaterThanOrEqual(ragRank(before[d].rag));
        },
      ),
    );
  });

  it("gives a reason for every colour that is not green, and overall is the worst dimension", () => {
    fc.assert(
      fc.property(signals, (s) => {
        const rag = computeRag(s, DEFAULT_RAG_RULES);
        for (const d of DIMENSIONS) expect(rag[d].reasons.length > 0).toBe(rag[d].rag !== "green");
        const worst = Math.max(
          ...(["schedule", "cost", "scope", "risk"] as const).map((d) => ragRank(rag[d].rag)),
        );
        expect(ragRank(rag.overall.rag)).toBe(worst);
      }),
    );
  });

  it("reads a slipped milestone, a negative-float finish and an unanswered high risk as a PMO would", () => {
    const quiet: ProjectSignals = {
      milestones: [{ name: "Go-live", slipDays: 0 }],
      finishFloatDays: 3,
      budget: 100_000,
      costForecast: 100_000,
      openThreats: [{ title: "Vendor insolvency", score: 16, answered: true }],
      overdueItems: [],
      openScopeChanges: 0,
    };
    expect(computeRag(quiet, DEFAULT_RAG_RULES).overall).toEqual({ rag: "green", reasons: [] });
    const slipped = computeRag(
      { ...quiet, milestones: [{ name: "Go-live", slipDays: 3 }] },
      DEFAULT_RAG_RULES,
    );
    expect(slipped.schedule).toEqual({
      rag: "amber",
      reasons: ['milestone "Go-live" is forecast 3 working days after its baseline'],
    });
    const late = computeRag({ ...quiet, finishFloatDays: -6 }, DEFAULT_RAG_RULES);
    expect(late.schedule.rag).toBe("red");
    const unanswered = computeRag(
      { ...quiet, openThreats: [{ title: "Vendor insolvency", score: 16, answered: false }] },
      DEFAULT_RAG_RULES,
    );
    expect(unanswered.risk).toEqual({
      rag: "red",
      reasons: ['risk "Vendor insolvency" scores 16 and has no response'],
    });
    expect(unanswered.overall).toEqual({ rag: "red", reasons: ["risk is red"] });
    expect(computeRag({ ...quiet, costForecast: 107_000 }, DEFAULT_RAG_RULES).cost.rag).toBe(
      "amber",
    );
  });
});
