import { EmptyState, Grid, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { RAID_TYPES, type RaidSort, type RaidType } from "@orrery/contracts/raid";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import type { RaidListSearch } from "./queries.js";
import { RAID_TYPE_LABELS } from "./raid-labels.js";
import { RaidListSection } from "./raid-list-section.js";
import { type StatusView, statusesOf } from "./raid-status-filter.js";
import { RaidToolbar } from "./raid-toolbar.js";
import { RiskHeatMapSection } from "./risk-heat-map.js";

const TYPE_OPTIONS = [
  { value: "all", label: "All types" },
  ...RAID_TYPES.map((type) => ({ value: type, label: RAID_TYPE_LABELS[type].many })),
];

const isRaidType = (value: string | null): value is RaidType =>
  RAID_TYPES.some((type) => type === value);

/** The PMO's RAID view: every item of every project the caller may read, and the heat map. */
export function PortfolioRaidPage() {
  const { org } = useCurrentOrg();
  const [type, setType] = useState<RaidType | null>(null);
  const [statusView, setStatusView] = useState<StatusView>("active");
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [sort, setSort] = useState<RaidSort>("-score");
  const search: RaidListSearch = {
    ...(type ? { type } : {}),
    status: statusesOf(statusView),
    q: debouncedQ,
    sort,
  };
  return (
    <>
      <PageHeader
        title="RAID across projects"
        description="Risks, assumptions, issues, dependencies, decisions and actions of every project you may see."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <RaidToolbar
            org={org.slug}
            search={search}
            statusView={statusView}
            onStatusViewChange={setStatusView}
            q={q}
            onQChange={setQ}
          >
            <Select
              className="filter-field"
              label="Type"
              data={TYPE_OPTIONS}
              value={type ?? "all"}
              allowDeselect={false}
              onChange={(value) => setType(isRaidType(value) ? value : null)}
            />
          </RaidToolbar>
          <RaidListSection
            org={org.slug}
            search={search}
            onSortChange={setSort}
            scope="portfolio"
            label="RAID items across projects"
            empty={
              <EmptyState
                icon={<IconAlertTriangle size={26} aria-hidden />}
                withIndicatorBackground
                title="Nothing matches"
                description="Projects record their risks, issues and the rest on their own RAID log page (open a project, then RAID log). Try another type or status here."
              />
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RiskHeatMapSection org={org.slug} title="Portfolio heat map" />
        </Grid.Col>
      </Grid>
    </>
  );
}
