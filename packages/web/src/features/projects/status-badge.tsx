import { Badge } from "@mantine/core";
import type { ProjectStatus } from "@orrery/contracts/projects";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { PROJECT_STATUS_COLORS, PROJECT_STATUS_LABELS } from "./project-labels.js";

export function StatusBadge({ status }: { readonly status: ProjectStatus }) {
  return (
    <TintedBadge color={PROJECT_STATUS_COLORS[status]}>{PROJECT_STATUS_LABELS[status]}</TintedBadge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge variant="outline" color="gray" tt="none" fw={600} className="status-badge">
      Archived
    </Badge>
  );
}
