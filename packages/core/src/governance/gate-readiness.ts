import type { OrgRole } from "@orrery/contracts/roles";
import type { Gate } from "@orrery/contracts/templates";

/**
 * What a gate needs before its review may be requested: every criterion of the template ticked
 * and every required document supplied. Documents are checklist entries for now (ticked, with an
 * optional link or reference to where the deliverable lives), keyed like criteria by their text.
 */
export type GateItemKind = "criterion" | "document";

export interface GateItemState {
  readonly kind: GateItemKind;
  readonly label: string;
  readonly done: boolean;
  readonly reference: string | null;
}

/** The gate's checklist: the template's items in order, each with what the project recorded. */
export function gateChecklist(gate: Gate, recorded: readonly GateItemState[]): GateItemState[] {
  const find = (kind: GateItemKind, label: string) =>
    recorded.find((r) => r.kind === kind && r.label.toLowerCase() === label.toLowerCase());
  const item = (kind: GateItemKind, label: string): GateItemState => {
    const state = find(kind, label);
    return { kind, label, done: state?.done ?? false, reference: state?.reference ?? null };
  };
  return [
    ...gate.criteria.map((label) => item("criterion", label)),
    ...gate.requiredDocuments.map((label) => item("document", label)),
  ];
}

/** The items still open, in checklist order: what is missing for the gate. */
export function missingForGate(gate: Gate, recorded: readonly GateItemState[]): GateItemState[] {
  return gateChecklist(gate, recorded).filter((item) => !item.done);
}

/** Why the review may not be requested yet, or null when the checklist is complete. */
export function requestRefusal(gate: Gate, recorded: readonly GateItemState[]): string | null {
  const missing = missingForGate(gate, recorded);
  if (missing.length === 0) return null;
  const names = missing.map((m) => `${m.kind === "document" ? "document " : ""}"${m.label}"`);
  return `the gate "${gate.name}" still misses ${names.join(", ")}`;
}

/**
 * Administrators and PMO managers run every review; anyone else decides a gate only when the
 * template names their role among its reviewers (an executive decides the gates naming executives).
 */
export function mayDecideGate(role: OrgRole, gate: Gate): boolean {
  return role === "admin" || role === "pmo_manager" || gate.reviewerRoles.some((r) => r === role);
}

/**
 * Moving a project to another version of its template keeps its place by phase number; the
 * newer version must still have that phase. Returns why not, or null.
 */
export function migrationRefusal(currentPhase: number, newPhaseCount: number): string | null {
  if (currentPhase < newPhaseCount) return null;
  return `the newer version has ${newPhaseCount} phase${newPhaseCount === 1 ? "" : "s"}, but the project is in phase ${currentPhase + 1}`;
}
