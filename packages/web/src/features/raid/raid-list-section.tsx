import type { RaidSort } from "@orrery/contracts/raid";
import type { ReactNode } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { ShowMoreButton } from "../../page-states/show-more-button.js";
import { type RaidListSearch, useRaidList } from "./queries.js";
import { RaidBulkBar } from "./raid-bulk-bar.js";
import { selectedItems } from "./raid-selection.js";
import { type RaidRowActions, type RaidRowSelection, RaidTable } from "./raid-table.js";

/** Bulk editing of the list's rows: which are selected, and what the bulk dialog offers. */
export interface RaidBulkEditing extends RaidRowSelection {
  /** The project whose log this is; absent on the portfolio's view. */
  readonly projectId?: string;
  /** The template's categories, null for free text, undefined to leave categories out. */
  readonly categories?: readonly string[] | null;
}

export interface RaidListSectionProps {
  readonly org: string;
  readonly search: RaidListSearch;
  readonly onSortChange: (sort: RaidSort) => void;
  readonly scope: "project" | "portfolio";
  readonly actions?: RaidRowActions;
  /** Checkboxes and the bulk bar, when the caller may edit. */
  readonly bulk?: RaidBulkEditing;
  readonly label: string;
  /** What to show when nothing matches: says what to do next. */
  readonly empty: ReactNode;
}

/** A RAID table with its loading, error and empty states, a page of rows at a time. */
export function RaidListSection(props: RaidListSectionProps) {
  const { org, search, onSortChange, scope, actions, bulk, label, empty } = props;
  const list = useRaidList(org, search);
  if (list.isPending) return <LoadingState label={`Loading ${label.toLowerCase()}…`} rows={4} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <>{empty}</>;
  const chosen = bulk ? selectedItems(items, bulk.selected) : [];
  return (
    <>
      {bulk && chosen.length > 0 ? (
        <RaidBulkBar
          org={org}
          items={chosen}
          onClear={() => bulk.onChange(new Set())}
          {...(bulk.projectId === undefined ? {} : { projectId: bulk.projectId })}
          {...(bulk.categories === undefined ? {} : { categories: bulk.categories })}
        />
      ) : null}
      <RaidTable
        org={org}
        items={items}
        sort={search.sort}
        onSortChange={onSortChange}
        scope={scope}
        label={label}
        {...(actions ? { actions } : {})}
        {...(bulk ? { selection: bulk } : {})}
      />
      <ShowMoreButton list={list} mt="sm" />
    </>
  );
}
