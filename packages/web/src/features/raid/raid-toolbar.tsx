import { Group, SegmentedControl, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { ExportMenu } from "../../files/export-menu.js";
import { type RaidListSearch, raidExportHref } from "./queries.js";
import { isStatusView, STATUS_VIEWS, type StatusView } from "./raid-status-filter.js";

export interface RaidToolbarProps {
  readonly org: string;
  readonly search: RaidListSearch;
  readonly statusView: StatusView;
  readonly onStatusViewChange: (view: StatusView) => void;
  readonly q: string;
  readonly onQChange: (q: string) => void;
  /** Extra controls before the export menu (a type picker, the record button). */
  readonly children?: ReactNode;
}

/** Search, status view and export of a RAID table; the export takes the same filters. */
export function RaidToolbar(props: RaidToolbarProps) {
  const { org, search, statusView, onStatusViewChange, q, onQChange, children } = props;
  return (
    <Group gap="sm" mb="sm" wrap="wrap" align="flex-end">
      <TextInput
        className="filter-field"
        label="Search"
        placeholder="Title, description or ref (R-12)"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => onQChange(event.currentTarget.value)}
      />
      <SegmentedControl
        aria-label="Status"
        data={STATUS_VIEWS}
        value={statusView}
        onChange={(value) => {
          if (isStatusView(value)) onStatusViewChange(value);
        }}
      />
      {children}
      <ExportMenu
        formats={[
          { label: "CSV", href: raidExportHref(org, search, "csv") },
          { label: "Excel (.xlsx)", href: raidExportHref(org, search, "xlsx") },
        ]}
      />
    </Group>
  );
}
