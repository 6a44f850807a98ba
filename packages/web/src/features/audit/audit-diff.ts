import type { AuditEntry } from "@orrery/contracts/audit";
import { IsoDate, Money, PersonRef, Timestamp } from "@orrery/contracts/common";
import { ORG_ROLE_LABELS, PROJECT_ROLE_LABELS } from "@orrery/contracts/roles";
import { formatCalendarDate, formatInstant } from "../../format/date-format.js";
import { formatMoney } from "../projects/money.js";
import { METHODOLOGY_LABELS, PROJECT_STATUS_LABELS } from "../projects/project-labels.js";

/** One field's change in an audit entry, ready to read: `Status: Proposed → Active`. */
export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** Bookkeeping every update touches; listing them would bury the change the person made. */
const NOISE = new Set([
  "id",
  "orgId",
  "userId",
  "projectId",
  "version",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "myRole",
]);

/** Stored codes shown by their names; org and project roles never share a code. */
const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  status: PROJECT_STATUS_LABELS,
  methodology: METHODOLOGY_LABELS,
  role: { ...ORG_ROLE_LABELS, ...PROJECT_ROLE_LABELS },
  scope: { read: "Read only", write: "Read and write" },
};

const LABELS: Record<string, string> = {
  managerId: "Manager",
  sponsorId: "Sponsor",
  userId: "Person",
  expiresAt: "Expires",
  expiresInDays: "Expires in (days)",
};

/** `plannedStart` -> `Planned start`. */
export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A stored value as a person reads it: codes by their names, money in its currency, people by
 * name, dates and instants formatted, lists joined.
 */
export function formatAuditValue(value: unknown, field = ""): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const label = VALUE_LABELS[field]?.[value];
    if (label) return label;
    if (IsoDate.safeParse(value).success) return formatCalendarDate(value);
    if (Timestamp.safeParse(value).success) return formatInstant(value);
    return value;
  }
  if (Array.isArray(value))
    return value.length === 0 ? null : value.map((v) => formatAuditValue(v) ?? "—").join(", ");
  const money = Money.safeParse(value);
  if (money.success) return formatMoney(money.data);
  const person = PersonRef.safeParse(value);
  if (person.success) return person.data.name;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * The fields an audit entry changed. A creation lists what was set, a deletion what was removed,
 * an update only what differs; values are compared by content, not by reference.
 */
export function auditChanges(entry: Pick<AuditEntry, "before" | "after">): FieldChange[] {
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (NOISE.has(field)) continue;
    const was = formatAuditValue(before[field], field);
    const is = formatAuditValue(after[field], field);
    if (JSON.stringify(before[field] ?? null) === JSON.stringify(after[field] ?? null)) continue;
    if (was === is) continue;
    changes.push({ field, label: fieldLabel(field), before: was, after: is });
  }
  return changes;
}

const VERBS: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  archive: "archived",
  restore: "restored",
  add: "added",
  remove: "removed",
  invite: "invited",
  accept: "accepted",
  revoke: "revoked",
  rename: "renamed",
  setup: "set up",
};

const ENTITIES: Record<string, string> = {
  project: "project",
  project_member: "project member",
  member: "member",
  token: "API token",
  org: "organisation",
  invitation: "invitation",
};

/**
 * The entity types people can filter an organisation's log by. API tokens belong to a person, not
 * an organisation, so their changes are not in this log.
 */
export const AUDIT_ENTITY_OPTIONS = ["project", "project_member", "member", "org"].map((value) => {
  const label = ENTITIES[value] ?? value;
  return { value, label: label.charAt(0).toUpperCase() + label.slice(1) };
});

/** What the entry names: a project's key and name, a member's name, a token's name. */
function subjectOf(entry: Pick<AuditEntry, "before" | "after">): string | null {
  const record = { ...fieldsOf(entry.before), ...fieldsOf(entry.after) };
  const key = typeof record.key === "string" ? record.key : null;
  const name = typeof record.name === "string" ? record.name : null;
  const email = typeof record.email === "string" ? record.email : null;
  if (key && name) return `${key} · ${name}`;
  return name ?? email ?? key;
}

/** `project.update` by Ada about ERP -> `changed project ERP · ERP rollout`. */
export function describeAuditAction(
  entry: Pick<AuditEntry, "action" | "entityType" | "before" | "after">,
): string {
  const verb = entry.action.split(".").at(-1) ?? entry.action;
  const entity = ENTITIES[entry.entityType] ?? fieldLabel(entry.entityType).toLowerCase();
  const subject = subjectOf(entry);
  return [VERBS[verb] ?? verb, entity, subject].filter(Boolean).join(" ");
}
