import {
  RAID_TYPE_FIELDS,
  type RaidType,
  type RiskKind,
  type RiskResponse,
} from "@orrery/contracts/raid";
import type { FieldProblem } from "@orrery/core/errors/domain-error";
import {
  OPPORTUNITY_RESPONSES,
  responseFits,
  THREAT_RESPONSES,
} from "@orrery/core/governance/risk-scoring";

/** Every field some type uses; a field outside a type's own list does not apply to it. */
const TYPE_SPECIFIC: ReadonlySet<string> = new Set(Object.values(RAID_TYPE_FIELDS).flat());

/** The fields of an update that the item's type does not use, each named. */
export function foreignFieldProblems(type: RaidType, input: object): FieldProblem[] {
  const own: readonly string[] = RAID_TYPE_FIELDS[type];
  return Object.keys(input)
    .filter((field) => TYPE_SPECIFIC.has(field) && !own.includes(field))
    .map((field) => ({ path: field, message: `does not apply to ${articleOf(type)} ${type}` }));
}

/** The risk as it will be stored, after an update is merged into it. */
export interface RiskFacts {
  readonly riskKind: RiskKind;
  readonly response: RiskResponse | null;
  readonly residualProbability: number | null;
  readonly residualImpact: number | null;
}

/**
 * The rules across a risk's fields: its response must fit its kind (core's `responseFits`), and
 * a residual rating needs both axes or neither.
 */
export function riskProblems(risk: RiskFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (risk.response !== null && !responseFits(risk.riskKind, risk.response)) {
    const fitting = risk.riskKind === "threat" ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
    problems.push({
      path: "response",
      message: `must be one of ${fitting.join(", ")} for ${articleOf(risk.riskKind)} ${risk.riskKind}`,
    });
  }
  if ((risk.residualProbability === null) !== (risk.residualImpact === null)) {
    const missing = risk.residualProbability === null ? "residualProbability" : "residualImpact";
    problems.push({ path: missing, message: "is required with the other residual rating" });
  }
  return problems;
}

function articleOf(word: string): string {
  return /^[aeiou]/.test(word) ? "an" : "a";
}
