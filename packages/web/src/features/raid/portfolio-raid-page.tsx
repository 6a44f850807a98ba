import { EmptyState, Grid, Select } from "@mantine/core";
import { RAID_TYPES, type RaidType } from "@orrery/contracts/raid";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import type { RaidListSearch } from "./queries.js";
import { RAID_TYPE_LABELS } from "./raid-labels.js";
import { RaidListSection } from "./raid-list-section.js";
import { RaidToolbar } from "./raid-toolbar.js";
import { RiskHeatMapSection } from "./risk-heat-map.js";
import { useRaidFilters } from "./use-raid-filters.js";

const TYPE_OPTIONS = [
  { value: "all", label: "All types" },
  ...RAID_TYPES.map((type) => ({ value: type, label: RAID_TYPE_LABELS[type].many })),
];

const isRaidType = (value: string | null): value is RaidType =>
  RAID_TYPES.some((type) => type === value);

/** The PMO's RAID view: every item of every project the caller may read, and the heat map. */
export function PortfolioRaidPage() {
  const { org, can } = useCurrentOrg();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [type, setType] = useState<RaidType | null>(null);
  const filters = useRaidFilters("-score");
  const search: RaidListSearch = { ...(type ? { type } : {}), ...filters.search };
  return (
    <>
      <PageHeader
        title="RAID across projects"
        description="Risks, assumptions, issues, dependencies, decisions and actions of every project you may see."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <RaidToolbar org={org.slug} search={search} {...filters.toolbar}>
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
            onSortChange={filters.setSort}
            scope="portfolio"
            label="RAID items across projects"
            // Bulk edits across projects are the PMO's; project managers use their project's page.
            {...(can("raid.edit") ? { bulk: { selected, onChange: setSelected } } : {})}
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
