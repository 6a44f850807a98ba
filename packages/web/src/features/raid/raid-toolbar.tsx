import { Group, SegmentedControl, Select, TextInput } from "@mantine/core";
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
  readonly category: string | null;
  readonly onCategoryChange: (category: string | null) => void;
  /** The categories to filter by; the filter is left out when there are none. */
  readonly categories?: readonly string[];
  readonly staleDays: number | null;
  readonly onStaleDaysChange: (days: number | null) => void;
  /** Extra controls before the export menu (a type picker, the record button). */
  readonly children?: ReactNode;
}

const ANY = "any";

/** Stale items: open ones nobody has edited or marked reviewed for that long. */
const REVIEW_OPTIONS = [
  { value: ANY, label: "Any time" },
  ...[30, 60, 90].map((days) => ({ value: String(days), label: `Not reviewed in ${days} days` })),
];

/**
 * Search, status, category and review filters and the export of a RAID table; the export takes
 * the same filters.
 */
export function RaidToolbar(props: RaidToolbarProps) {
  const { org, search, statusView, onStatusViewChange, q, onQChange, children } = props;
  const { category, onCategoryChange, categories, staleDays, onStaleDaysChange } = props;
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
      {categories && categories.length > 0 ? (
        <Select
          className="filter-field"
          label="Category"
          data={[{ value: ANY, label: "All categories" }, ...categories]}
          value={category ?? ANY}
          allowDeselect={false}
          onChange={(value) => onCategoryChange(value === ANY || value === null ? null : value)}
        />
      ) : null}
      <Select
        className="filter-field"
        label="Last review"
        data={REVIEW_OPTIONS}
        value={staleDays === null ? ANY : String(staleDays)}
        allowDeselect={false}
        onChange={(value) =>
          onStaleDaysChange(value === ANY || value === null ? null : Number(value))
        }
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
