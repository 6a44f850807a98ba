import type { Money } from "@orrery/contracts/common";
import {
  type Methodology,
  type Project,
  ProjectCreate,
  type ProjectStatus,
  type ProjectUpdate,
} from "@orrery/contracts/projects";
import { type FieldErrors, type FormFields, placeIssues } from "../../forms/field-errors.js";
import { toMajorUnits, toMinorUnits } from "./money.js";

/** The project form as a person fills it in: budget in major units, empty strings for blanks. */
export interface ProjectFormValues {
  key: string;
  name: string;
  description: string;
  status: ProjectStatus;
  methodology: Methodology;
  managerId: string | null;
  sponsorId: string | null;
  plannedStart: string | null;
  plannedFinish: string | null;
  /** Mantine's NumberInput gives `""` when cleared. */
  budgetAmount: number | string;
  budgetCurrency: string;
  tags: string[];
  /** A new project may start on a lifecycle template; editing leaves it null. */
  templateId: string | null;
}

export const PROJECT_FORM_FIELDS: FormFields = {
  labels: {
    key: "Key",
    name: "Name",
    description: "Description",
    status: "Status",
    methodology: "Methodology",
    managerId: "Manager",
    sponsorId: "Sponsor",
    plannedStart: "Planned start",
    plannedFinish: "Planned finish",
    budgetAmount: "Budget",
    budgetCurrency: "Currency",
    tags: "Tags",
    templateId: "Lifecycle template",
  },
  aliases: { "budget.currency": "budgetCurrency", budget: "budgetAmount" },
};

export const DEFAULT_CURRENCY = "EUR";

/** A new project's form; whoever creates a project usually manages it, so they are preselected. */
export function emptyProjectForm(managerId: string | null = null): ProjectFormValues {
  return {
    key: "",
    name: "",
    description: "",
    status: "proposed",
    methodology: "waterfall",
    managerId,
    sponsorId: null,
    plannedStart: null,
    plannedFinish: null,
    budgetAmount: "",
    budgetCurrency: DEFAULT_CURRENCY,
    tags: [],
    templateId: null,
  };
}

export function projectFormFrom(project: Project): ProjectFormValues {
  return {
    key: project.key,
    name: project.name,
    description: project.description,
    status: project.status,
    methodology: project.methodology,
    managerId: project.manager?.id ?? null,
    sponsorId: project.sponsor?.id ?? null,
    plannedStart: project.plannedStart,
    plannedFinish: project.plannedFinish,
    budgetAmount: project.budget ? toMajorUnits(project.budget) : "",
    budgetCurrency: project.budget?.currency ?? DEFAULT_CURRENCY,
    tags: [...project.tags],
    templateId: null,
  };
}

function budgetOf(values: ProjectFormValues): Money | null {
  if (values.budgetAmount === "") return null;
  const currency = values.budgetCurrency.trim().toUpperCase();
  return { amountMinor: toMinorUnits(Number(values.budgetAmount), currency), currency };
}

/** The create request for the form's values, in the contract's shape. */
export function projectCreateFrom(values: ProjectFormValues): ProjectCreate {
  return {
    key: values.key,
    name: values.name,
    description: values.description,
    status: values.status,
    methodology: values.methodology,
    managerId: values.managerId || null,
    sponsorId: values.sponsorId || null,
    plannedStart: values.plannedStart || null,
    plannedFinish: values.plannedFinish || null,
    budget: budgetOf(values),
    tags: values.tags,
    templateId: values.templateId || null,
  };
}

function sameMoney(a: Money | null, b: Money | null): boolean {
  return (
    a === b ||
    (a !== null && b !== null && a.amountMinor === b.amountMinor && a.currency === b.currency)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Only the fields the person changed, so the audit log records what they meant to change and a
 * concurrent edit of another field is not silently overwritten.
 */
export function projectChangesFrom(project: Project, values: ProjectFormValues): ProjectUpdate {
  const next = projectCreateFrom(values);
  const changes: ProjectUpdate = {};
  if (next.key.trim().toUpperCase() !== project.key) changes.key = next.key;
  if (next.name !== project.name) changes.name = next.name;
  if ((next.description ?? "") !== project.description) changes.description = next.description;
  if (next.status !== project.status) changes.status = next.status;
  if (next.methodology !== project.methodology) changes.methodology = next.methodology;
  if ((next.managerId ?? null) !== (project.manager?.id ?? null))
    changes.managerId = next.managerId;
  if ((next.sponsorId ?? null) !== (project.sponsor?.id ?? null))
    changes.sponsorId = next.sponsorId;
  if ((next.plannedStart ?? null) !== project.plannedStart)
    changes.plannedStart = next.plannedStart;
  if ((next.plannedFinish ?? null) !== project.plannedFinish)
    changes.plannedFinish = next.plannedFinish;
  if (!sameMoney(next.budget ?? null, project.budget)) changes.budget = next.budget;
  if (!sameList(next.tags ?? [], project.tags)) changes.tags = next.tags;
  return changes;
}

/**
 * Client-side validation with the contract's own schema, so the form refuses exactly what the
 * server would, with the same words, before a round trip.
 */
export function validateProjectForm(values: ProjectFormValues): FieldErrors {
  const parsed = ProjectCreate.safeParse(projectCreateFrom(values));
  return parsed.success ? {} : placeIssues(parsed.error.issues, PROJECT_FORM_FIELDS).fields;
}
