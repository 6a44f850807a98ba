import { IsoDate } from "@orrery/contracts/common";
import {
  GateItemKind,
  GateState,
  type LifecycleGate,
  LifecycleStatus,
  type ProjectLifecycle,
} from "@orrery/contracts/lifecycle";
import type { ProjectRef } from "@orrery/contracts/raid";
import type { Phase, TemplateContent } from "@orrery/contracts/templates";
import { gateChecklist, missingForGate } from "@orrery/core/governance/gate-readiness";
import type { Lifecycle } from "@orrery/core/governance/lifecycle";
import { z } from "zod";
import type { GateAttachment } from "../documents/document-store.js";
import { person } from "../projects/project-store.js";
import type { LifecycleRow, LifecycleView } from "./lifecycle-store.js";

// The JSON columns of a lifecycle row, checked on the way out of the store.
const Passed = z.array(z.enum(["approved", "approved_with_conditions"]));
export const StoredChecklist = z.array(
  z.object({
    phase: z.number().int(),
    kind: GateItemKind,
    label: z.string(),
    done: z.boolean(),
    reference: z.string().nullable(),
  }),
);
export type StoredChecklist = z.infer<typeof StoredChecklist>;
export const StoredGateDates = z.array(IsoDate.nullable());

/** The row as core's lifecycle state machine sees it. */
export function lifecycleOf(row: LifecycleRow, phaseCount: number): Lifecycle {
  return {
    phaseCount,
    phase: row.phase,
    gate: GateState.parse(row.gate),
    status: LifecycleStatus.parse(row.status),
    passed: Passed.parse(row.passed),
  };
}

/** What the project recorded against one phase's gate. */
export function recordedFor(row: LifecycleRow, phase: number): StoredChecklist {
  return StoredChecklist.parse(row.checklist).filter((item) => item.phase === phase);
}

/** The project documents attached to one phase's gate. */
export function attachedFor(
  attachments: readonly GateAttachment[],
  phase: number,
): GateAttachment[] {
  return attachments.filter((a) => a.phase === phase);
}

export function toProjectLifecycle(
  view: LifecycleView,
  content: TemplateContent,
  project: ProjectRef,
  pendingReviewId: string | null,
  attachments: readonly GateAttachment[],
): ProjectLifecycle {
  const r = view.row;
  const state = lifecycleOf(r, content.phases.length);
  const dates = StoredGateDates.parse(r.gateDates);
  const gateOf = (phase: Phase, index: number): LifecycleGate => ({
    number: index + 1,
    name: phase.gate.name,
    reviewerRoles: phase.gate.reviewerRoles,
    state:
      index < state.passed.length
        ? (state.passed[index] ?? null)
        : index === state.phase
          ? state.gate
          : null,
    plannedDate: dates[index] ?? null,
    checklist: gateChecklist(phase.gate, recordedFor(r, index), attachedFor(attachments, index)),
  });
  const phases = content.phases.map((phase, index) => ({
    number: index + 1,
    name: phase.name,
    description: phase.description,
    progress:
      index < state.passed.length
        ? ("passed" as const)
        : index === state.phase
          ? ("current" as const)
          : ("future" as const),
    gate: gateOf(phase, index),
  }));
  const current = content.phases[state.phase];
  const running = state.status === "running" && current !== undefined;
  return {
    project,
    template: {
      id: r.templateId,
      name: view.templateName,
      version: r.templateVersion,
      latestVersion: view.latestVersion,
    },
    status: state.status,
    currentPhase: state.phase + 1,
    phases,
    nextGate: running ? gateOf(current, state.phase) : null,
    missing: running
      ? missingForGate(
          current.gate,
          recordedFor(r, state.phase),
          attachedFor(attachments, state.phase),
        )
      : [],
    pendingReviewId,
    reportCadence: content.reportCadence,
    raidCategories: content.raidCategories,
    version: r.version,
    startedAt: r.startedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, view.updaterName, view.updaterEmail),
  };
}
