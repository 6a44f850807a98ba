import { OrgRole } from "@orrery/contracts/roles";
import { type Gate, GateReviewerRole } from "@orrery/contracts/templates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type GateItemState,
  gateChecklist,
  mayDecideGate,
  migrationRefusal,
  missingForGate,
  requestRefusal,
} from "./gate-readiness.js";

const label = fc.stringMatching(/^[a-z]{1,8}$/);
const gate: fc.Arbitrary<Gate> = fc.record({
  name: fc.constant("Gate"),
  criteria: fc.uniqueArray(label, { maxLength: 6 }),
  requiredDocuments: fc.uniqueArray(label, { maxLength: 4 }),
  reviewerRoles: fc.uniqueArray(fc.constantFrom(...GateReviewerRole.options), { minLength: 1 }),
});
const recorded: fc.Arbitrary<GateItemState[]> = fc.array(
  fc.record({
    kind: fc.constantFrom("criterion" as const, "document" as const),
    label,
    done: fc.boolean(),
    reference: fc.constant(null),
  }),
  { maxLength: 10 },
);

describe("gate readiness", () => {
  it("misses exactly the template's items not ticked, and refuses a request while any is missing", () => {
    fc.assert(
      fc.property(gate, recorded, (g, r) => {
        const checklist = gateChecklist(g, r);
        expect(checklist).toHaveLength(g.criteria.length + g.requiredDocuments.length);
        const missing = missingForGate(g, r);
        expect(missing.every((m) => !m.done)).toBe(true);
        expect(missing.length).toBe(checklist.filter((i) => !i.done).length);
        expect(requestRefusal(g, r) === null).toBe(missing.length === 0);
      }),
    );
  });

  it("ignores what the project recorded against items the template no longer has", () => {
    const g: Gate = {
      name: "G",
      criteria: ["a"],
      requiredDocuments: [],
      reviewerRoles: ["executive"],
    };
    const r: GateItemState[] = [{ kind: "criterion", label: "gone", done: true, reference: null }];
    expect(missingForGate(g, r).map((m) => m.label)).toEqual(["a"]);
    expect(requestRefusal(g, r)).toBe('the gate "G" still misses "a"');
  });

  it("counts a required document supplied once a project document is attached as it", () => {
    fc.assert(
      fc.property(gate, recorded, (g, r) => {
        const unticked = r.map((item) => ({ ...item, done: false }));
        const attached = g.requiredDocuments.map((deliverable, i) => ({
          deliverable: deliverable.toUpperCase(),
          documentId: `doc-${i}`,
          title: `Doc ${i}`,
        }));
        const missing = missingForGate(g, unticked, attached);
        expect(missing.every((m) => m.kind === "criterion")).toBe(true);
        const checklist = gateChecklist(g, unticked, attached);
        for (const [i, deliverable] of g.requiredDocuments.entries()) {
          const line = checklist.find((c) => c.kind === "document" && c.label === deliverable);
          expect(line?.documents).toEqual([{ id: `doc-${i}`, title: `Doc ${i}` }]);
        }
      }),
    );
  });

  it("does not let a document attached as another deliverable supply a required one", () => {
    const g: Gate = {
      name: "G",
      criteria: [],
      requiredDocuments: ["Business case"],
      reviewerRoles: ["executive"],
    };
    const charter = { deliverable: "Project charter", documentId: "d", title: "Charter" };
    expect(requestRefusal(g, [], [charter])).toBe(
      'the gate "G" still misses document "Business case"',
    );
    expect(requestRefusal(g, [], [{ ...charter, deliverable: "business case" }])).toBeNull();
  });

  it("lets a role decide only gates naming it, except admins and PMO managers", () => {
    fc.assert(
      fc.property(gate, fc.constantFrom(...OrgRole.options), (g, role) => {
        const named = g.reviewerRoles.some((r) => r === role);
        expect(mayDecideGate(role, g)).toBe(named || role === "admin" || role === "pmo_manager");
      }),
    );
  });

  it("migrates only to a version that still has the current phase", () => {
    expect(migrationRefusal(2, 3)).toBeNull();
    expect(migrationRefusal(3, 3)).toBe(
      "the newer version has 3 phases, but the project is in phase 4",
    );
  });
});
