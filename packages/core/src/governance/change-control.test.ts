import type { ChangeDecision, ChangeRequestStatus } from "@orrery/contracts/change-requests";
import { OrgRole } from "@orrery/contracts/roles";
import { GateReviewerRole } from "@orrery/contracts/templates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChangeRequestAction,
  changeRequestTransition,
  FINAL_CHANGE_STATUSES,
  isEditableChange,
  mayDecideChange,
} from "./change-control.js";

const action: fc.Arbitrary<ChangeRequestAction> = fc.oneof(
  fc.constant({ kind: "submit" as const }),
  fc.constant({ kind: "apply" as const }),
  fc.constant({ kind: "withdraw" as const }),
  fc
    .constantFrom<ChangeDecision>("approved", "rejected", "deferred")
    .map((decision) => ({ kind: "decide" as const, decision })),
);

/** Runs the actions from a draft, skipping refused ones; answers every status reached. */
function walk(actions: readonly ChangeRequestAction[]): {
  statuses: ChangeRequestStatus[];
  taken: ChangeRequestAction[];
} {
  let status: ChangeRequestStatus = "draft";
  const statuses: ChangeRequestStatus[] = [status];
  const taken: ChangeRequestAction[] = [];
  for (const a of actions) {
    const next = changeRequestTransition(status, a);
    if (!next.ok) {
      expect(next.reason.length).toBeGreaterThan(0);
      continue;
    }
    status = next.status;
    statuses.push(status);
    taken.push(a);
  }
  return { statuses, taken };
}

describe("the change request lifecycle", () => {
  it("is applied only after an approval, and only once", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const { statuses } = walk(actions);
        statuses.forEach((status, i) => {
          if (status === "applied") expect(statuses[i - 1]).toBe("approved");
        });
        expect(statuses.filter((s) => s === "applied").length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("never leaves a final status, whatever is tried", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const { statuses } = walk(actions);
        const firstFinal = statuses.findIndex((s) => FINAL_CHANGE_STATUSES.includes(s));
        if (firstFinal >= 0) expect(statuses.length).toBe(firstFinal + 1);
      }),
    );
  });

  it("reaches a decision only from a submitted request", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const { statuses, taken } = walk(actions);
        taken.forEach((a, i) => {
          if (a.kind === "decide") {
            expect(statuses[i]).toBe("submitted");
            expect(statuses[i + 1]).toBe(a.decision);
          }
        });
      }),
    );
  });

  it("walks draft, submit, defer, resubmit, approve and apply", () => {
    const steps: [ChangeRequestAction, ChangeRequestStatus][] = [
      [{ kind: "submit" }, "submitted"],
      [{ kind: "decide", decision: "deferred" }, "deferred"],
      [{ kind: "submit" }, "submitted"],
      [{ kind: "decide", decision: "approved" }, "approved"],
      [{ kind: "apply" }, "applied"],
    ];
    let status: ChangeRequestStatus = "draft";
    for (const [a, expected] of steps) {
      const next = changeRequestTransition(status, a);
      expect(next).toEqual({ ok: true, status: expected });
      if (next.ok) status = next.status;
    }
  });

  it("refuses to decide a draft and to withdraw an approved request", () => {
    expect(changeRequestTransition("draft", { kind: "decide", decision: "approved" }).ok).toBe(
      false,
    );
    expect(changeRequestTransition("approved", { kind: "withdraw" }).ok).toBe(false);
    expect(changeRequestTransition("submitted", { kind: "withdraw" })).toEqual({
      ok: true,
      status: "withdrawn",
    });
  });

  it("is edited only as a draft or once deferred", () => {
    expect(isEditableChange("draft")).toBe(true);
    expect(isEditableChange("deferred")).toBe(true);
    expect(isEditableChange("submitted")).toBe(false);
    expect(isEditableChange("applied")).toBe(false);
  });
});

describe("who decides a change request", () => {
  it("admits administrators and PMO managers always, others only when the template names them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OrgRole.options),
        fc.uniqueArray(fc.constantFrom(...GateReviewerRole.options), { minLength: 1 }),
        (role, approvers) => {
          const expected =
            role === "admin" || role === "pmo_manager" || approvers.some((r) => r === role);
          expect(mayDecideChange(role, approvers)).toBe(expected);
        },
      ),
    );
    expect(mayDecideChange("executive", ["pmo_manager"])).toBe(false);
    expect(mayDecideChange("executive", ["executive"])).toBe(true);
    expect(mayDecideChange("project_manager", ["executive"])).toBe(false);
  });
});
