import type { OrgRole } from "@orrery/contracts/roles";
import type { Gate } from "@orrery/contracts/templates";

/**
 * What a gate needs before its review may be requested: every criterion of the template ticked
 * and every required document supplied. A required document is supplied by a project document
 * attached to the gate as that deliverable, or (for a deliverable kept outside Orrery) ticked
 * with a link or reference to where it lives. Items are keyed by their text, case-insensitively.
 */
export type GateItemKind = "criterion" | "document";

export interface GateItemState {
  readonly kind: GateItemKind;
  readonly label: string;
  readonly done: boolean;
  readonly reference: string | null;
}

/** A project document attached to the gate as one of its required deliverables. */
export interface GateDocument {
  readonly deliverable: string;
  readonly documentId: string;
  readonly title: string;
}

/** A checklist line with the project documents that supply it (documents only). */
export interface GateChecklistEntry extends GateItemState {
  readonly documents: { id: string; title: string }[];
}

const sameLabel = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The gate's checklist: the template's items in order, each with what the project recorded and,
 * for required documents, the project documents attached as that deliverable.
 */
export function gateChecklist(
  gate: Gate,
  recorded: readonly GateItemState[],
  attached: readonly GateDocument[] = [],
): GateChecklistEntry[] {
  const item = (kind: GateItemKind, label: string): GateChecklistEntry => {
    const state = recorded.find((r) => r.kind === kind && sameLabel(r.label, label));
    const documents =
      kind === "document"
        ? attached
            .filter((d) => sameLabel(d.deliverable, label))
            .map((d) => ({ id: d.documentId, title: d.title }))
        : [];
    return {
      kind,
      label,
      done: (state?.done ?? false) || documents.length > 0,
      reference: state?.reference ?? null,
      documents,
    };
  };
  return [
    ...gate.criteria.map((label) => item("criterion", label)),
    ...gate.requiredDocuments.map((label) => item("document", label)),
  ];
}

/** The items still open, in checklist order: what is missing for the gate. */
export function missingForGate(
  gate: Gate,
  recorded: readonly GateItemState[],
  attached: readonly GateDocument[] = [],
): GateChecklistEntry[] {
  return gateChecklist(gate, recorded, attached).filter((item) => !item.done);
}

/** Why the review may not be requested yet, or null when the checklist is complete. */
export function requestRefusal(
  gate: Gate,
  recorded: readonly GateItemState[],
  attached: readonly GateDocument[] = [],
): string | null {
  const missing = missingForGate(gate, recorded, attached);
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
