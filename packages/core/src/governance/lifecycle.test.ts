import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type GateDecision,
  isApproved,
  type LifecycleAction,
  startLifecycle,
  transition,
} from "./lifecycle.js";

const action: fc.Arbitrary<LifecycleAction> = fc.oneof(
  fc.constant({ kind: "request" as const }),
  fc.constant({ kind: "advance" as const }),
  fc
    .constantFrom<GateDecision>("approved", "approved_with_conditions", "rejected", "recycled")
    .map((decision) => ({ kind: "decide" as const, decision })),
);

describe("the project lifecycle", () => {
  it("is never in a phase whose previous gate was not approved, whatever is tried", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(action, { maxLength: 40 }),
        (phases, actions) => {
          let state = startLifecycle(phases);
          for (const a of actions) {
            const next = transition(state, a);
            if (!next.ok) {
              expect(next.reason.length).toBeGreaterThan(0);
              continue;
            }
            if (next.lifecycle.phase > state.phase) expect(isApproved(state.gate)).toBe(true);
            state = next.lifecycle;
            const left = state.status === "closed" ? state.phase + 1 : state.phase;
            expect(state.passed).toHaveLength(left);
            expect(state.passed.every(isApproved)).toBe(true);
            expect(state.phase).toBeLessThan(phases);
          }
        },
      ),
    );
  });

  it("walks request, decision and advance, with recycling and a stop on rejection", () => {
    let state = startLifecycle(2);
    const step = (a: LifecycleAction) => {
      const next = transition(state, a);
      if (!next.ok) throw new Error(next.reason);
      state = next.lifecycle;
    };
    expect(transition(state, { kind: "advance" })).toEqual({
      ok: false,
      reason: "the gate closing this phase is not yet requested, not approved",
    });
    step({ kind: "request" });
    step({ kind: "decide", decision: "recycled" });
    expect(transition(state, { kind: "advance" }).ok).toBe(false);
    step({ kind: "request" });
    step({ kind: "decide", decision: "approved_with_conditions" });
    step({ kind: "advance" });
    expect(state).toMatchObject({ phase: 1, gate: "open", passed: ["approved_with_conditions"] });
    step({ kind: "request" });
    step({ kind: "decide", decision: "rejected" });
    expect(state.status).toBe("stopped");
    expect(transition(state, { kind: "request" })).toEqual({
      ok: false,
      reason: "the project's lifecycle is stopped",
    });
  });

  it("closes after the last phase's gate", () => {
    let state = startLifecycle(1);
    for (const a of [
      { kind: "request" },
      { kind: "decide", decision: "approved" },
      { kind: "advance" },
    ] as const) {
      const next = transition(state, a);
      if (!next.ok) throw new Error(next.reason);
      state = next.lifecycle;
    }
    expect(state).toMatchObject({ status: "closed", phase: 0, passed: ["approved"] });
    expect(() => startLifecycle(0)).toThrow(RangeError);
  });
});
