import {
  Button,
  Center,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Switch,
} from "@mantine/core";
import type { PortfolioMilestone } from "@orrery/contracts/milestones";
import { IconFlag } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { wallFields, wallNow } from "../plan/gantt/wall-clock.js";
import { MilestoneTable } from "./milestone-table.js";
import { MilestoneTimeline } from "./milestone-timeline.js";
import { type MilestoneWindow, WINDOW_LABELS, windowDates } from "./milestone-window.js";
import { useMilestones } from "./queries.js";

const WINDOWS = (Object.keys(WINDOW_LABELS) as MilestoneWindow[]).map((value) => ({
  value,
  label: WINDOW_LABELS[value],
}));
const BASELINES = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: `Baseline ${n}`,
}));
const isWindow = (value: string): value is MilestoneWindow => value in WINDOW_LABELS;

/** The portfolio's milestones on one timeline, from every project the viewer may read. */
export function MilestonesPage() {
  const { org } = useCurrentOrg();
  const navigate = useNavigate();
  const [window, setWindow] = useState<MilestoneWindow>("all");
  const [baseline, setBaseline] = useState(0);
  const [openOnly, setOpenOnly] = useState(false);
  const today = wallNow();
  const todayDate = wallFields(today).toISOString().slice(0, 10);
  const list = useMilestones(org.slug, { ...windowDates(window, todayDate), baseline, openOnly });
  const open = (milestone: PortfolioMilestone) =>
    void navigate({
      to: "/orgs/$org/projects/$projectId/plan",
      params: { org: org.slug, projectId: milestone.projectId },
    });

  const body = () => {
    if (list.isPending) return <LoadingState label="Loading milestones…" rows={4} />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    const milestones = list.data.pages.flatMap((page) => page.items);
    if (milestones.length === 0) {
      return (
        <EmptyState
          icon={<IconFlag size={26} aria-hidden />}
          withIndicatorBackground
          title={window === "all" && !openOnly ? "No milestones yet" : "No milestones in this view"}
          description={
            window === "all" && !openOnly
              ? "Milestones come from project plans: give a task zero duration or mark it as a milestone in a project's Plan, or import an MS Project file there."
              : "Try a wider window of dates, or show completed milestones too."
          }
        />
      );
    }
    return (
      <Stack gap="lg">
        <MilestoneTimeline
          milestones={milestones}
          today={today}
          todayDate={todayDate}
          onOpen={open}
        />
        <MilestoneTable
          org={org.slug}
          milestones={milestones}
          todayDate={todayDate}
          baseline={baseline}
        />
        {list.hasNextPage ? (
          <Center>
            <Button
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              Show more
            </Button>
          </Center>
        ) : null}
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title="Milestones"
        description="Every milestone of the projects you may see, where it is forecast and where its baseline put it."
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label="Dates shown"
          data={WINDOWS}
          value={window}
          onChange={(value) => {
            if (isWindow(value)) setWindow(value);
          }}
        />
        <Select
          aria-label="Compare with"
          w={150}
          data={BASELINES}
          value={String(baseline)}
          allowDeselect={false}
          onChange={(value) => setBaseline(Number(value ?? 0))}
        />
        <Switch
          label="Hide completed"
          checked={openOnly}
          onChange={(event) => setOpenOnly(event.currentTarget.checked)}
        />
      </Group>
      {body()}
    </>
  );
}
