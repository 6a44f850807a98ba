import type { RaidStatus } from "@orrery/contracts/raid";

/** The status views of a RAID table: what is still being worked on, what is done, or both. */
export type StatusView = "active" | "closed" | "all";

export const STATUS_VIEWS: { value: StatusView; label: string }[] = [
  { value: "active", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
];

export function statusesOf(view: StatusView): RaidStatus[] {
  if (view === "active") return ["open", "in_progress"];
  if (view === "closed") return ["closed"];
  return [];
}

export function isStatusView(value: string): value is StatusView {
  return STATUS_VIEWS.some((v) => v.value === value);
}
