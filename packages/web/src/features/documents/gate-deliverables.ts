import type { DocumentGateLink } from "@orrery/contracts/documents";
import type { ProjectLifecycle } from "@orrery/contracts/lifecycle";
import type { DeliverableOption } from "./upload-document-modal.js";

/** The select value of a gate deliverable (deliverables match case-insensitively). */
export function deliverableValue(link: DocumentGateLink): string {
  return `${link.gate}|${link.deliverable.toLowerCase()}`;
}

/** Every required document of every gate of the project's lifecycle, as options to attach to. */
export function deliverablesOf(lifecycle: ProjectLifecycle | undefined): DeliverableOption[] {
  if (!lifecycle) return [];
  return lifecycle.phases.flatMap((phase) =>
    phase.gate.checklist
      .filter((item) => item.kind === "document")
      .map((item) => ({
        value: deliverableValue({ gate: phase.gate.number, deliverable: item.label }),
        label: `Gate ${phase.gate.number} (${phase.gate.name}): ${item.label}`,
        link: { gate: phase.gate.number, deliverable: item.label },
      })),
  );
}
