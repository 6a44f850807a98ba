import type { PersonRef } from "@orrery/contracts/common";
import type { Project } from "@orrery/contracts/projects";
import { PROJECT_ROLE_LABELS } from "@orrery/contracts/roles";
import { formatKeyValueBlock } from "./key-value-block.js";
import { formatMoney } from "./money-amount.js";
import { type Column, formatTable } from "./table.js";
import { printable } from "./terminal-text.js";

/**
 * Projects as an aligned table for `projects list`. The Archived column appears only when the
 * list may mix archived and live projects (`--archived true|all`).
 */
export function formatProjectTable(projects: readonly Project[], withArchived: boolean): string {
  const columns: Column<Project>[] = [
    { header: "Key", value: (p) => printable(p.key) },
    { header: "Name", value: (p) => printable(p.name) },
    { header: "Status", value: (p) => p.status },
    { header: "Manager", value: (p) => (p.manager ? printable(p.manager.name) : "") },
    { header: "Start", value: (p) => p.plannedStart },
    { header: "Finish", value: (p) => p.plannedFinish },
    { header: "Budget", value: (p) => (p.budget ? formatMoney(p.budget) : ""), align: "right" },
    ...(withArchived
      ? [{ header: "Archived", value: (p: Project) => (p.archived ? "yes" : "no") }]
      : []),
  ];
  return formatTable(projects, columns);
}

/** One project as a labelled block for `projects show`. */
export function formatProjectBlock(project: Project): string {
  return formatKeyValueBlock([
    ["Key", project.key],
    ["Name", project.name],
    ["Status", project.status],
    ["Archived", project.archived ? "yes" : "no"],
    ["Methodology", project.methodology],
    ["Manager", personText(project.manager)],
    ["Sponsor", personText(project.sponsor)],
    ["Planned start", project.plannedStart],
    ["Planned finish", project.plannedFinish],
    ["Budget", project.budget ? formatMoney(project.budget) : null],
    ["Tags", project.tags.join(", ")],
    ["My role", project.myRole ? PROJECT_ROLE_LABELS[project.myRole] : null],
    ["Description", project.description],
    ["Id", project.id],
    ["Version", project.version],
    ["Created", stamp(project.createdAt, project.createdBy)],
    ["Updated", stamp(project.updatedAt, project.updatedBy)],
  ]);
}

/** `KEY "Name"`, for one-line confirmations. */
export function projectLabel(project: Project): string {
  return `${printable(project.key)} ${JSON.stringify(printable(project.name))}`;
}

function personText(person: PersonRef | null): string | null {
  return person ? `${person.name} <${person.email}>` : null;
}

function stamp(at: string, by: PersonRef | null): string {
  return by ? `${at} by ${by.name}` : at;
}
