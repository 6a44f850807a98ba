import { RAG_RULE_KEYS } from "@orrery/contracts/rag-rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ragRank } from "./rag.js";
import {
  type Band,
  computeRag,
  DEFAULT_RAG_RULES,
  type ProjectRag,
  type ProjectSignals,
  type RagRules,
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

/** Any rules a PMO may set: each band's red threshold at or above its amber one. */
const band = (max: number): fc.Arbitrary<Band> =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }))
    .map(([a, b]) => ({ amberAbove: Math.min(a, b), redAbove: Math.max(a, b) }));
const rules: fc.Arbitrary<RagRules> = fc.record({
  milestoneSlipDays: band(40),
  finishLateDays: band(30),
  costOverrunPercent: band(150),
  unansweredRiskScore: band(25),
  overdueItems: band(10),
  openScopeChanges: band(10),
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
  it("never turns greener when an input gets worse, whatever rules the PMO sets", () => {
    fc.assert(
      fc.property(
        signals,
        rules,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (s, r, how, by) => {
          const before = computeRag(s, r);
          const after = computeRag(worsen(s, how, by), r);
          for (const d of DIMENSIONS)
            expect(ragRank(after[d].rag)).toBeGreaterThanOrEqual(ragRank(before[d].rag));
        },
      ),
    );
  });

  it("never turns greener when the PMO tightens a threshold", () => {
    fc.assert(
      fc.property(
        signals,
        rules,
        fc.constantFrom(...RAG_RULE_KEYS),
        fc.integer({ min: 0, max: 10 }),
        (s, r, key, by) => {
          const band = r[key];
          const tighter: RagRules = {
            ...r,
            [key]: {
              amberAbove: Math.max(0, band.amberAbove - by),
              redAbove: Math.max(0, band.redAbove - by),
            },
          };
          const before = computeRag(s, r);
          const after = computeRag(s, tighter);
          for (const d of DIMENSIONS)
            expect(ragRank(after[d].rag)).toBeGreaterThanOrEqual(ragRank(before[d].rag));
        },
      ),
    );
  });

  it("turns a milestone slip amber only past the template's threshold", () => {
    const slip = (slipDays: number, amberAbove: number) =>
      computeRag(
        {
          milestones: [{ name: "Go-live", slipDays }],
          finishFloatDays: null,
          budget: null,
          costForecast: null,
          openThreats: [],
          overdueItems: [],
          openScopeChanges: 0,
        },
        { ...DEFAULT_RAG_RULES, milestoneSlipDays: { amberAbove, redAbove: 20 } },
      ).schedule.rag;
    expect(slip(3, 0)).toBe("amber");
    expect(slip(3, 3)).toBe("green");
    expect(slip(4, 3)).toBe("amber");
    expect(slip(21, 3)).toBe("red");
  });

  it("gives a reason for every colour that is not green, and overall is the worst dimension", () => {
    fc.assert(
      fc.property(signals, rules, (s, r) => {
        const rag = computeRag(s, r);
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
