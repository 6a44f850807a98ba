import {
  IssuePriority,
  RAID_REF_PREFIXES,
  type RaidItem,
  RaidStatus,
  RaidTaskRef,
  RaidType,
  RiskKind,
  RiskResponse,
} from "@orrery/contracts/raid";
import { isRating, riskScore } from "@orrery/core/governance/risk-scoring";
import { z } from "zod";
import { person } from "../projects/project-store.js";
import type { RaidView } from "./raid-store.js";

/** The linked tasks as the view's JSON aggregate gives them. */
const TaskRefs = z.array(RaidTaskRef);

/** A stored item as the API shows it; the scores are computed here, never stored. */
export function toRaidItem(view: RaidView): RaidItem {
  const r = view.row;
  const type = RaidType.parse(r.type);
  return {
    id: r.id,
    project: { id: r.projectId, key: view.projectKey, name: view.projectName },
    type,
    ref: `${RAID_REF_PREFIXES[type]}-${r.number}`,
    title: r.title,
    description: r.description,
    status: RaidStatus.parse(r.status),
    owner: person(r.ownerId, view.ownerName, view.ownerEmail),
    dueDate: r.dueDate,
    riskKind: r.riskKind === null ? null : RiskKind.parse(r.riskKind),
    probability: r.probability,
    impact: r.impact,
    score: scoreOf(r.probability, r.impact),
    proximity: r.proximity,
    response: r.response === null ? null : RiskResponse.parse(r.response),
    responsePlan: r.responsePlan,
    trigger: r.trigger,
    residualProbability: r.residualProbability,
    residualImpact: r.residualImpact,
    residualScore: scoreOf(r.residualProbability, r.residualImpact),
    priority: r.priority === null ? null : IssuePriority.parse(r.priority),
    escalated: r.escalated,
    dependsOnProject:
      r.dependsOnProjectId !== null && view.dependsOnKey !== null && view.dependsOnName !== null
        ? { id: r.dependsOnProjectId, key: view.dependsOnKey, name: view.dependsOnName }
        : null,
    dependsOnHiddenProject: view.dependsOnHidden,
    category: r.category,
    tasks: TaskRefs.parse(view.tasks),
    decidedOn: r.decidedOn,
    decidedBy: r.decidedBy,
    optionsConsidered: r.optionsConsidered,
    rationale: r.rationale,
    lastReviewedAt: r.lastReviewedAt?.toISOString() ?? null,
    lastReviewedBy: person(r.lastReviewedBy, view.reviewerName, view.reviewerEmail),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: person(r.createdBy, view.creatorName, view.creatorEmail),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, view.updaterName, view.updaterEmail),
  };
}

function scoreOf(probability: number | null, impact: number | null): number | null {
  return isRating(probability) && isRating(impact) ? riskScore(probability, impact) : null;
}
