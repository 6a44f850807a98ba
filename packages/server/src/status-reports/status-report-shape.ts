import {
  RagAssessment,
  RagOverride,
  RagSignals,
  type StatusReport,
  StatusReportState,
} from "@orrery/contracts/status-reports";
import type { ProjectRag, RagFinding } from "@orrery/core/governance/rag-rules";
import {
  type Overrides,
  type Reported,
  reportedColours,
} from "@orrery/core/governance/reported-rag";
import { z } from "zod";
import { person } from "../projects/project-store.js";
import type { StatusReportView } from "./status-report-store.js";

/** What a report stores of the computation: the findings and the signals behind them. */
export const StoredAssessment = RagAssessment.omit({ computedAt: true });
export type StoredAssessment = z.infer<typeof StoredAssessment>;

const StoredOverrides = z.record(z.string(), RagOverride.nullable());

const finding = (f: RagFinding) => ({ rag: f.rag, reasons: [...f.reasons] });

export function assessmentOf(rag: ProjectRag, signals: RagSignals): StoredAssessment {
  return {
    overall: finding(rag.overall),
    schedule: finding(rag.schedule),
    cost: finding(rag.cost),
    scope: finding(rag.scope),
    risk: finding(rag.risk),
    signals,
  };
}

const reported = (colour: Reported) => ({ ...colour, computed: finding(colour.computed) });

/** Overrides as stored: only the colours that have one. */
export function storedOverrides(overrides: Overrides): Overrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value));
}

/** A stored report as the API shows it: both colours of each dimension, and the one reported. */
export function toStatusReport(view: StatusReportView): StatusReport {
  const r = view.row;
  const computed = StoredAssessment.parse(r.computed);
  const colours = reportedColours(computed, StoredOverrides.parse(r.overrides));
  return {
    id: r.id,
    project: { id: r.projectId, key: view.projectKey, name: view.projectName },
    number: r.number,
    periodEnd: r.periodEnd,
    state: StatusReportState.parse(r.state),
    overall: reported(colours.overall),
    schedule: reported(colours.schedule),
    cost: reported(colours.cost),
    scope: reported(colours.scope),
    risk: reported(colours.risk),
    signals: RagSignals.parse(computed.signals),
    summary: r.summary,
    achievements: r.achievements,
    nextSteps: r.nextSteps,
    decisionsNeeded: r.decisionsNeeded,
    author: person(r.authorId, view.authorName, view.authorEmail),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    reviewer: person(r.reviewerId, view.reviewerName, view.reviewerEmail),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    reviewComment: r.reviewComment,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
