import { Button, Card, EmptyState, Group, SegmentedControl } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { ShowMoreButton } from "../../page-states/show-more-button.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { NotificationList } from "./notification-list.js";
import { useMarkRead, useNotifications } from "./queries.js";

/** The notification centre: everything one was told in this organisation, newest first. */
export function NotificationsPage() {
  const { org } = useCurrentOrg();
  const [show, setShow] = useState<"all" | "unread">("all");
  const list = useNotifications(org.slug, show === "unread");
  const { all } = useMarkRead(org.slug);
  const pages = list.data?.pages ?? [];
  const notifications = pages.flatMap((page) => page.items);
  const unread = pages[0]?.unreadCount ?? 0;

  const body = () => {
    if (list.isPending) return <LoadingState label="Loading notifications…" rows={5} />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (notifications.length === 0)
      return (
        <EmptyState
          icon={<IconBell size={26} aria-hidden />}
          withIndicatorBackground
          title={show === "unread" ? "Nothing unread" : "No notifications yet"}
          description={
            show === "unread"
              ? "You have read everything you were told about."
              : "Gate requests and decisions, overdue status reports and actions assigned to you appear here. Choose which in your account."
          }
        />
      );
    return (
      <Card withBorder padding={0}>
        <NotificationList org={org.slug} notifications={notifications} />
      </Card>
    );
  };

  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread === 0 ? "Nothing unread." : `${unread} unread.`}
        actions={
          <Button
            variant="default"
            disabled={unread === 0}
            loading={all.isPending}
            onClick={() => all.mutate()}
          >
            Mark all read
          </Button>
        }
      />
      <Group mb="md">
        <SegmentedControl
          aria-label="Show"
          value={show}
          onChange={(value) => setShow(value === "unread" ? "unread" : "all")}
          data={[
            { value: "all", label: "All" },
            { value: "unread", label: "Unread" },
          ]}
        />
      </Group>
      {body()}
      <ShowMoreButton list={list} mt="md" />
    </>
  );
}
