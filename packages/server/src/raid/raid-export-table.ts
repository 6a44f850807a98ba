import type { RaidItem } from "@orrery/contracts/raid";

/** The columns of a RAID export, in order, with how each reads an item. */
const COLUMNS: readonly { header: string; cell: (item: RaidItem) => string | number | null }[] = [
  { header: "Project", cell: (i) => i.project.key },
  { header: "Ref", cell: (i) => i.ref },
  { header: "Type", cell: (i) => i.type },
  { header: "Title", cell: (i) => i.title },
  { header: "Description", cell: (i) => i.description },
  { header: "Status", cell: (i) => i.status },
  { header: "Category", cell: (i) => i.category },
  { header: "Owner", cell: (i) => i.owner?.name ?? null },
  { header: "Due", cell: (i) => i.dueDate },
  { header: "Risk kind", cell: (i) => i.riskKind },
  { header: "Probability", cell: (i) => i.probability },
  { header: "Impact", cell: (i) => i.impact },
  { header: "Score", cell: (i) => i.score },
  { header: "Proximity", cell: (i) => i.proximity },
  { header: "Response", cell: (i) => i.response },
  { header: "Response plan", cell: (i) => i.responsePlan },
  { header: "Trigger", cell: (i) => i.trigger },
  { header: "Residual probability", cell: (i) => i.residualProbability },
  { header: "Residual impact", cell: (i) => i.residualImpact },
  { header: "Residual score", cell: (i) => i.residualScore },
  { header: "Priority", cell: (i) => i.priority },
  { header: "Escalated", cell: (i) => (i.escalated === null ? null : i.escalated ? "yes" : "no") },
  {
    header: "Depends on project",
    cell: (i) =>
      i.dependsOnProject?.key ?? (i.dependsOnHiddenProject ? "a project you cannot see" : null),
  },
  {
    header: "Linked tasks",
    cell: (i) =>
      i.tasks.map((t) => `${t.wbs ?? `#${t.uid}`} ${t.name ?? "(removed)"}`).join("; ") || null,
  },
  { header: "Decided on", cell: (i) => i.decidedOn },
  { header: "Decided by", cell: (i) => i.decidedBy },
  { header: "Options considered", cell: (i) => i.optionsConsidered },
  { header: "Rationale", cell: (i) => i.rationale },
  { header: "Last reviewed", cell: (i) => i.lastReviewedAt },
  { header: "Last reviewed by", cell: (i) => i.lastReviewedBy?.name ?? null },
  { header: "Updated", cell: (i) => i.updatedAt },
];

export type RaidCell = string | number | null;

/** The export as a header row and one row per item; empty cells are null. */
export function raidTable(items: readonly RaidItem[]): {
  headers: string[];
  rows: RaidCell[][];
} {
  return {
    headers: COLUMNS.map((c) => c.header),
    rows: items.map((item) => COLUMNS.map((c) => c.cell(item))),
  };
}

/**
 * A cell as CSV text. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first)
 * gets a leading apostrophe, as OWASP advises against CSV injection; numbers stay numbers.
 */
export function csvCell(cell: RaidCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
