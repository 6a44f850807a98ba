import type { RaidSort } from "@orrery/contracts/raid";
import type { ReactNode } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { ShowMoreButton } from "../../page-states/show-more-button.js";
import { type RaidListSearch, useRaidList } from "./queries.js";
import { type RaidRowActions, RaidTable } from "./raid-table.js";

export interface RaidListSectionProps {
  readonly org: string;
  readonly search: RaidListSearch;
  readonly onSortChange: (sort: RaidSort) => void;
  readonly scope: "project" | "portfolio";
  readonly actions?: RaidRowActions;
  readonly label: string;
  /** What to show when nothing matches: says what to do next. */
  readonly empty: ReactNode;
}

/** A RAID table with its loading, error and empty states, a page of rows at a time. */
export function RaidListSection(props: RaidListSectionProps) {
  const { org, search, onSortChange, scope, actions, label, empty } = props;
  const list = useRaidList(org, search);
  if (list.isPending) return <LoadingState label={`Loading ${label.toLowerCase()}…`} rows={4} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <>{empty}</>;
  return (
    <>
      <RaidTable
        org={org}
        items={items}
        sort={search.sort}
        onSortChange={onSortChange}
        scope={scope}
        label={label}
        {...(actions ? { actions } : {})}
      />
      <ShowMoreButton list={list} mt="sm" />
    </>
  );
}
