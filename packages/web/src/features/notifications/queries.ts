import {
  Notification,
  NotificationPage,
  NotificationPreferences,
  type NotificationPreferencesUpdate,
  NotificationsMarkedRead,
} from "@orrery/contracts/notifications";
import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

/** How many the bell's popover shows; the notification centre pages through the rest. */
export const BELL_SIZE = 8;

const keys = {
  all: (org: string) => ["orgs", org, "notifications"] as const,
  latest: (org: string) => [...keys.all(org), "latest"] as const,
  list: (org: string, unreadOnly: boolean) => [...keys.all(org), "list", unreadOnly] as const,
  preferences: (org: string) => [...keys.all(org), "preferences"] as const,
};

const listPath = (org: string) => `/api/v1/orgs/${encodeURIComponent(org)}/notifications`;
const preferencesPath = (org: string) =>
  `/api/v1/orgs/${encodeURIComponent(org)}/notification-preferences`;
const firstPage: string | null = null;

/** The newest few and the unread count: what the header's bell shows. */
export function useLatestNotifications(org: string) {
  return useQuery({
    queryKey: keys.latest(org),
    queryFn: ({ signal }) =>
      fetchJson(NotificationPage, listPath(org), { query: { limit: BELL_SIZE }, signal }),
  });
}

/** The notification centre: every notification (or the unread ones), page by page. */
export function useNotifications(org: string, unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: keys.list(org, unreadOnly),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(NotificationPage, listPath(org), {
        query: {
          limit: 50,
          cursor: pageParam ?? undefined,
          unread: unreadOnly ? "true" : undefined,
        },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function invalidateNotifications(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: keys.all(org) });
}

export function useMarkRead(org: string) {
  const queryClient = useQueryClient();
  return {
    one: useMutation({
      mutationFn: (id: string) =>
        fetchJson(Notification, `${listPath(org)}/${encodeURIComponent(id)}/read`, {
          method: "POST",
        }),
      onSuccess: () => invalidateNotifications(queryClient, org),
    }),
    all: useMutation({
      mutationFn: () =>
        fetchJson(NotificationsMarkedRead, `${listPath(org)}/read-all`, { method: "POST" }),
      onSuccess: () => invalidateNotifications(queryClient, org),
    }),
  };
}

export function useNotificationPreferences(org: string) {
  return useQuery({
    queryKey: keys.preferences(org),
    queryFn: ({ signal }) => fetchJson(NotificationPreferences, preferencesPath(org), { signal }),
  });
}

export function useUpdateNotificationPreferences(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, version }: { input: NotificationPreferencesUpdate; version: number }) =>
      fetchJson(NotificationPreferences, preferencesPath(org), {
        method: "PUT",
        body: input,
        ifMatch: version,
      }),
    onSuccess: (saved) => queryClient.setQueryData(keys.preferences(org), saved),
    // A 412 means another tab changed them: show what is stored now.
    onError: () => queryClient.invalidateQueries({ queryKey: keys.preferences(org) }),
  });
}
