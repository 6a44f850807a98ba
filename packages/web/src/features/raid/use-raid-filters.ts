import { useDebouncedValue } from "@mantine/hooks";
import type { RaidSort, RaidStatus } from "@orrery/contracts/raid";
import { useState } from "react";
import { type StatusView, statusesOf } from "./raid-status-filter.js";

/**
 * The filters a RAID table's toolbar edits, and what the list should ask for: the search text
 * debounced so typing does not send a request per key.
 */
export function useRaidFilters(initialSort: RaidSort) {
  const [statusView, setStatusView] = useState<StatusView>("active");
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [sort, setSort] = useState<RaidSort>(initialSort);
  const [category, setCategory] = useState<string | null>(null);
  /** Days without a review after which an item counts as stale; null shows every item. */
  const [staleDays, setStaleDays] = useState<number | null>(null);
  const status: RaidStatus[] = statusesOf(statusView);
  return {
    /** Spread into `RaidToolbar`. */
    toolbar: {
      statusView,
      onStatusViewChange: setStatusView,
      q,
      onQChange: setQ,
      category,
      onCategoryChange: setCategory,
      staleDays,
      onStaleDaysChange: setStaleDays,
    },
    search: {
      status,
      q: debouncedQ,
      sort,
      ...(category ? { category: [category] } : {}),
      ...(staleDays === null ? {} : { stale: true, staleDays }),
    },
    /** True when only open items are shown and nothing else narrows them. */
    showsAllOpen: statusView === "active" && !debouncedQ && !category && staleDays === null,
    setSort,
  };
}
