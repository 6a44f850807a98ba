import type { DocumentCategory } from "@orrery/contracts/documents";

export const CATEGORY_LABELS: Record<DocumentCategory, string> = {
  charter: "Charter",
  business_case: "Business case",
  status_report: "Status report",
  pir: "Post-implementation review",
  plan: "Plan",
  report: "Report",
  other: "Other",
};

export const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** What the file input takes; the server checks the content as well. */
export const DOCUMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.txt,.md,.csv,.png,.jpg,.jpeg";

/** `12.5 KB`, `3.2 MB`: a file size as people read it (decimal units, as file managers show). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
