import { Anchor, Box, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import type { Notification } from "@orrery/contracts/notifications";
import { useNavigate } from "@tanstack/react-router";
import type { MouseEvent } from "react";
import { formatInstant, formatRelative } from "../../format/date-format.js";
import { useMarkRead } from "./queries.js";

/** Where a notification leads in the app: its link below the organisation. */
export function notificationHref(org: string, notification: Notification): string {
  return `/orgs/${encodeURIComponent(org)}${notification.link}`;
}

export interface NotificationListProps {
  readonly org: string;
  readonly notifications: readonly Notification[];
  /** Called after following a link (the bell closes its popover). */
  readonly onFollow?: () => void;
  /** Body lines shown per notification; the centre shows them all. */
  readonly bodyLines?: number;
}

/**
 * Notifications newest first, each a link to what it is about; following one marks it read.
 * Unread ones are bold with a dot, and say "Unread" to screen readers.
 */
export function NotificationList({
  org,
  notifications,
  onFollow,
  bodyLines,
}: NotificationListProps) {
  const navigate = useNavigate();
  const { one } = useMarkRead(org);
  const now = new Date();
  const follow = (event: MouseEvent<HTMLAnchorElement>, notification: Notification) => {
    // Let the browser open new tabs and windows itself.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (notification.readAt === null) one.mutate(notification.id);
    onFollow?.();
    void navigate({ href: notificationHref(org, notification) });
  };
  return (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: "none" }}>
      {notifications.map((notification) => {
        const unread = notification.readAt === null;
        return (
          <Box
            component="li"
            key={notification.id}
            py="xs"
            px="sm"
            style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Box
                w={8}
                h={8}
                mt={7}
                style={{
                  flex: "none",
                  borderRadius: 4,
                  background: unread ? "var(--mantine-color-blue-filled)" : "transparent",
                }}
                aria-hidden
              />
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Anchor
                  href={notificationHref(org, notification)}
                  onClick={(event) => follow(event, notification)}
                  size="sm"
                  fw={unread ? 700 : 400}
                  c="var(--mantine-color-text)"
                >
                  {unread ? <span className="visually-hidden">Unread: </span> : null}
                  {notification.title}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={bodyLines} style={{ whiteSpace: "pre-line" }}>
                  {notification.body}
                </Text>
                <Text size="xs" c="dimmed" title={formatInstant(notification.createdAt)}>
                  {formatRelative(notification.createdAt, now)}
                </Text>
              </Stack>
              {unread ? (
                <UnstyledButton
                  onClick={() => one.mutate(notification.id)}
                  fz="xs"
                  c="dimmed"
                  aria-label={`Mark read: ${notification.title}`}
                  style={{ flex: "none", textDecoration: "underline" }}
                >
                  Mark read
                </UnstyledButton>
              ) : null}
            </Group>
          </Box>
        );
      })}
    </Stack>
  );
}
