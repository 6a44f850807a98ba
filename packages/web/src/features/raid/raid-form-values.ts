import {
  type IssuePriority,
  RAID_TYPE_FIELDS,
  type RaidItem,
  RaidItemCreate,
  type RaidItemUpdate,
  type RaidStatus,
  type RaidType,
  type RiskKind,
  type RiskResponse,
} from "@orrery/contracts/raid";
import { OPPORTUNITY_RESPONSES, THREAT_RESPONSES } from "@orrery/core/governance/risk-scoring";
import { type FieldErrors, type FormFields, placeIssues } from "../../forms/field-errors.js";

/**
 * The RAID form as a person fills it in: one shape for every type (the dialog shows the fields
 * of the item's type), blanks as empty strings or null, ratings as Mantine's NumberInput gives.
 */
export interface RaidFormValues {
  type: RaidType;
  title: string;
  description: string;
  status: RaidStatus;
  ownerId: string | null;
  /** Empty for none. */
  category: string;
  /** The linked plan tasks' UIDs, as the multi-select keeps them (text). */
  taskUids: string[];
  dueDate: string | null;
  riskKind: RiskKind;
  probability: number | string;
  impact: number | string;
  proximity: string | null;
  response: RiskResponse | null;
  responsePlan: string;
  trigger: string;
  residualProbability: number | string;
  residualImpact: number | string;
  priority: IssuePriority;
  escalated: boolean;
  dependsOnProjectId: string | null;
  decidedOn: string | null;
  decidedBy: string;
  optionsConsidered: string;
  rationale: string;
}

export const RAID_FORM_FIELDS: FormFields = {
  labels: {
    type: "Type",
    title: "Title",
    description: "Description",
    status: "Status",
    ownerId: "Owner",
    category: "Category",
    taskUids: "Linked tasks",
    dueDate: "Due date",
    riskKind: "Kind",
    probability: "Probability",
    impact: "Impact",
    proximity: "Proximity",
    response: "Response",
    responsePlan: "Response plan",
    trigger: "Trigger",
    residualProbability: "Residual probability",
    residualImpact: "Residual impact",
    priority: "Priority",
    escalated: "Escalated",
    dependsOnProjectId: "Depends on project",
    decidedOn: "Decided on",
    decidedBy: "Decided by",
    optionsConsidered: "Options considered",
    rationale: "Rationale",
  },
};

export function emptyRaidForm(type: RaidType): RaidFormValues {
  return {
    type,
    title: "",
    description: "",
    status: "open",
    ownerId: null,
    category: "",
    taskUids: [],
    dueDate: null,
    riskKind: "threat",
    probability: "",
    impact: "",
    proximity: null,
    response: null,
    responsePlan: "",
    trigger: "",
    residualProbability: "",
    residualImpact: "",
    priority: "medium",
    escalated: false,
    dependsOnProjectId: null,
    decidedOn: null,
    decidedBy: "",
    optionsConsidered: "",
    rationale: "",
  };
}

export function raidFormFrom(item: RaidItem): RaidFormValues {
  const empty = emptyRaidForm(item.type);
  return {
    ...empty,
    title: item.title,
    description: item.description,
    status: item.status,
    ownerId: item.owner?.id ?? null,
    category: item.category ?? "",
    taskUids: item.tasks.map((task) => String(task.uid)),
    dueDate: item.dueDate,
    riskKind: item.riskKind ?? empty.riskKind,
    probability: item.probability ?? "",
    impact: item.impact ?? "",
    proximity: item.proximity,
    response: item.response,
    responsePlan: item.responsePlan ?? "",
    trigger: item.trigger ?? "",
    residualProbability: item.residualProbability ?? "",
    residualImpact: item.residualImpact ?? "",
    priority: item.priority ?? empty.priority,
    escalated: item.escalated ?? false,
    dependsOnProjectId: item.dependsOnProject?.id ?? null,
    decidedOn: item.decidedOn,
    decidedBy: item.decidedBy ?? "",
    optionsConsidered: item.optionsConsidered ?? "",
    rationale: item.rationale ?? "",
  };
}

/** A blank rating is null; anything else goes to the server as typed, to be judged there. */
function ratingOf(value: number | string): number | null {
  return value === "" ? null : Number(value);
}

/** Every field of the form in the contract's terms, blanks as null. */
function requestValues(values: RaidFormValues): Record<string, unknown> {
  return {
    title: values.title,
    description: values.description,
    status: values.status,
    ownerId: values.ownerId || null,
    category: values.category.trim() || null,
    taskUids: values.taskUids.map(Number),
    dueDate: values.dueDate || null,
    riskKind: values.riskKind,
    // A required rating left blank must reach the schema as missing, so it says "required".
    probability: ratingOf(values.probability) ?? undefined,
    impact: ratingOf(values.impact) ?? undefined,
    proximity: values.proximity || null,
    response: values.response || null,
    responsePlan: values.responsePlan,
    trigger: values.trigger,
    residualProbability: ratingOf(values.residualProbability),
    residualImpact: ratingOf(values.residualImpact),
    priority: values.priority,
    escalated: values.escalated,
    dependsOnProjectId: values.dependsOnProjectId || null,
    decidedOn: values.decidedOn || null,
    decidedBy: values.decidedBy,
    optionsConsidered: values.optionsConsidered,
    rationale: values.rationale,
  };
}

const COMMON_FIELDS = [
  "title",
  "description",
  "status",
  "ownerId",
  "category",
  "taskUids",
] as const;

/** The fields the form shows and sends for a type: the common ones and the type's own. */
export function fieldsOf(type: RaidType): readonly string[] {
  return [...COMMON_FIELDS, ...RAID_TYPE_FIELDS[type]];
}

/** The request body for the form's type: its type and only the fields that type uses. */
function requestOfType(values: RaidFormValues): Record<string, unknown> {
  const all = requestValues(values);
  const picked: Record<string, unknown> = { type: values.type };
  for (const field of fieldsOf(values.type)) picked[field] = all[field];
  return picked;
}

/** The create request for the form's values; call after `validateRaidForm` found nothing. */
export function raidCreateFrom(values: RaidFormValues): RaidItemCreate {
  return RaidItemCreate.parse(requestOfType(values));
}

/** Only the fields the person changed, so a concurrent edit of another field is kept. */
export function raidChangesFrom(item: RaidItem, values: RaidFormValues): RaidItemUpdate {
  const before = requestValues(raidFormFrom(item));
  const after = requestValues(values);
  const changes: Record<string, unknown> = {};
  for (const field of fieldsOf(item.type)) {
    // Compared as JSON, so an unchanged list of tasks is not sent as a change.
    if (JSON.stringify(after[field]) !== JSON.stringify(before[field]))
      changes[field] = after[field] ?? null;
  }
  return changes;
}

/** The responses that fit the risk's kind (core's lists), for the response picker. */
export function responsesFor(kind: RiskKind): readonly RiskResponse[] {
  return kind === "threat" ? THREAT_RESPONSES : OPPORTUNITY_RESPONSES;
}

/**
 * The form's errors, in the server's words: the contract schema, then the rule that a response
 * must fit the kind (the server checks it too, with core's `responseFits`).
 */
export function validateRaidForm(values: RaidFormValues): FieldErrors {
  const parsed = RaidItemCreate.safeParse(requestOfType(values));
  const errors = parsed.success ? {} : placeIssues(parsed.error.issues, RAID_FORM_FIELDS).fields;
  if (
    values.type === "risk" &&
    values.response &&
    !responsesFor(values.riskKind).includes(values.response)
  ) {
    const kind = values.riskKind === "threat" ? "a threat" : "an opportunity";
    errors.response = `Response must be one of ${responsesFor(values.riskKind).join(", ")} for ${kind}`;
  }
  return errors;
}
