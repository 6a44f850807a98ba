import { DEFAULT_RAG_RULES, type RagRules } from "@orrery/contracts/rag-rules";
import { type ReportCadence, TemplateContent } from "@orrery/contracts/templates";
import { listFollowedVersionContents } from "../lifecycle/lifecycle-store.js";
import type { Db } from "../store/database.js";

// How a project reports: the RAG rules and cadence of the template version it follows, or
// Orrery's defaults (weekly, DEFAULT_RAG_RULES) for a project that follows no template.

export interface ReportingRules {
  readonly ragRules: RagRules;
  readonly reportCadence: ReportCadence;
}

export const DEFAULT_REPORTING_RULES: ReportingRules = {
  ragRules: DEFAULT_RAG_RULES,
  reportCadence: "weekly",
};

/** Each project's reporting rules, by project id; every id asked for is in the answer. */
export async function reportingRulesOf(
  db: Db,
  orgId: string,
  projectIds: readonly string[],
): Promise<Map<string, ReportingRules>> {
  const found = new Map<string, ReportingRules>(
    (await listFollowedVersionContents(db, orgId, projectIds)).map(({ projectId, content }) => {
      const { ragRules, reportCadence } = TemplateContent.parse(content);
      return [projectId, { ragRules, reportCadence }];
    }),
  );
  return new Map(projectIds.map((id) => [id, found.get(id) ?? DEFAULT_REPORTING_RULES]));
}

/** One project's reporting rules. */
export async function reportingRulesOfProject(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<ReportingRules> {
  return (await reportingRulesOf(db, orgId, [projectId])).get(projectId) ?? DEFAULT_REPORTING_RULES;
}
