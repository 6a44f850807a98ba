import { EmptyState, Stack, Title } from "@mantine/core";
import {
  groupWorkByDue,
  mondayAfter,
  WORK_DUE_GROUPS,
  type WorkDueGroup,
} from "@orrery/core/progress/work-due-groups";
import { IconChecklist } from "@tabler/icons-react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ShowMoreButton } from "../../page-states/show-more-button.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { wallFields, wallNow } from "../plan/gantt/wall-clock.js";
import { useMyWork } from "./queries.js";
import { WorkItem } from "./work-item.js";

const GROUP_LABELS: Record<WorkDueGroup, string> = {
  overdue: "Overdue",
  thisWeek: "This week",
  nextWeek: "Next week",
  later: "Later",
  doneRecently: "Done recently",
};

/** How far back finished work stays on the page. */
const DONE_RECENTLY_DAYS = 14;

/**
 * The tasks assigned to the signed-in person across every project they may see, in sections by
 * when they are due, with progress recorded in place.
 */
export function MyWorkPage() {
  const { org } = useCurrentOrg();
  const today = wallFields(wallNow()).toISOString().slice(0, 10);
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - DONE_RECENTLY_DAYS);
  const list = useMyWork(org.slug, since.toISOString().slice(0, 10));

  const body = () => {
    if (list.isPending) return <LoadingState label="Loading your work…" rows={4} />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    const tasks = list.data.pages.flatMap((page) => page.items);
    if (tasks.length === 0) {
      return (
        <EmptyState
          icon={<IconChecklist size={26} aria-hidden />}
          withIndicatorBackground
          title="Nothing assigned to you"
          description="Tasks come here when a project manager assigns you: in a project's Plan, open Resources and map a resource to you (imported MS Project files map people by e-mail address), then assign that resource to tasks."
        />
      );
    }
    const groups = groupWorkByDue(tasks, today);
    return (
      <Stack gap="xl">
        {WORK_DUE_GROUPS.filter((group) => groups[group].length > 0).map((group) => (
          <section key={group} aria-labelledby={`my-work-${group}`}>
            <Title order={2} size="h4" id={`my-work-${group}`} mb="xs">
              {GROUP_LABELS[group]}
              {group === "thisWeek" ? ` (to ${formatSunday(today)})` : ""}
            </Title>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {groups[group].map((task) => (
                <WorkItem key={`${task.projectId}:${task.uid}`} org={org.slug} task={task} />
              ))}
            </Stack>
          </section>
        ))}
        <ShowMoreButton list={list} />
      </Stack>
    );
  };

  return (
    <>
      <PageHeader
        title="My work"
        description="Tasks assigned to you in every project you can see, due soonest first. Record how far you are; the plan reschedules at once."
      />
      {body()}
    </>
  );
}

/** The Sunday that ends this week, as `Sun 7 Mar`. */
function formatSunday(today: string): string {
  const sunday = new Date(`${mondayAfter(today, 1)}T00:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() - 1);
  return sunday.toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}
