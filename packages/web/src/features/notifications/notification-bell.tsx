import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBell } from "@tabler/icons-react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { ButtonLink } from "../../shell/router-links.js";
import { useOptionalOrg } from "../orgs/current-org.js";
import { NotificationList } from "./notification-list.js";
import { useLatestNotifications, useMarkRead } from "./queries.js";

/** "Notifications: 3 unread", the bell's accessible name. */
export function bellLabel(unread: number): string {
  return `Notifications: ${unread === 0 ? "none" : unread} unread`;
}

/**
 * The header's bell: the number unread on a badge, and in a popover the newest notifications
 * of the current organisation, each leading to what it is about. Live events refresh it.
 */
export function NotificationBell() {
  const current = useOptionalOrg();
  if (!current) return null;
  return <Bell org={current.org.slug} />;
}

function Bell({ org }: { readonly org: string }) {
  const [opened, popover] = useDisclosure(false);
  const latest = useLatestNotifications(org);
  const { all } = useMarkRead(org);
  const unread = latest.data?.unreadCount ?? 0;
  const items = latest.data?.items ?? [];

  const body = () => {
    if (latest.isPending) return <LoadingState label="Loading notifications…" rows={3} />;
    if (latest.isError)
      return <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />;
    if (items.length === 0)
      return (
        <Text size="sm" c="dimmed" p="md" ta="center">
          No notifications yet. Gate requests and decisions, overdue reports and actions assigned to
          you appear here.
        </Text>
      );
    return (
      <ScrollArea.Autosize mah={420} type="auto">
        <NotificationList org={org} notifications={items} onFollow={popover.close} bodyLines={2} />
      </ScrollArea.Autosize>
    );
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? popover.open() : popover.close())}
      position="bottom-end"
      width={360}
      shadow="md"
      trapFocus
      returnFocus
    >
      {/* The target is the button itself: Popover puts aria-expanded on it, not on a div. */}
      <Indicator
        label={unread > 99 ? "99+" : unread}
        disabled={unread === 0}
        size={18}
        offset={4}
        color="red"
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={bellLabel(unread)}
            onClick={popover.toggle}
          >
            <IconBell size={20} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-label="Notifications">
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={unread === 0}
            loading={all.isPending}
            onClick={() => all.mutate()}
          >
            Mark all read
          </Button>
        </Group>
        {body()}
        <Group justify="center" p="xs">
          <ButtonLink
            to="/orgs/$org/notifications"
            params={{ org }}
            variant="subtle"
            size="compact-sm"
            onClick={popover.close}
          >
            See all notifications
          </ButtonLink>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
