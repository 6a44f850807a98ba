import { Alert, Card, Switch, Table, Text, Title } from "@mantine/core";
import {
  NOTIFICATION_KIND_LABELS,
  type NotificationChannels,
} from "@orrery/contracts/notifications";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useOptionalOrg } from "../orgs/current-org.js";
import { useNotificationPreferences, useUpdateNotificationPreferences } from "./queries.js";

/**
 * The account page's notification settings for the current organisation: per kind, whether it
 * appears in the app and whether it is e-mailed. Each switch saves at once.
 */
export function NotificationPreferencesCard() {
  const current = useOptionalOrg();
  if (!current) return null;
  return <Preferences org={current.org.slug} orgName={current.org.name} />;
}

function Preferences({ org, orgName }: { readonly org: string; readonly orgName: string }) {
  const preferences = useNotificationPreferences(org);
  const update = useUpdateNotificationPreferences(org);
  const save = (channels: NotificationChannels) => {
    if (!preferences.data) return;
    update.mutate({ input: { kinds: [channels] }, version: preferences.data.version });
  };

  const body = () => {
    if (preferences.isPending)
      return <LoadingState label="Loading notification settings…" rows={4} />;
    if (preferences.isError)
      return <ErrorState error={preferences.error} onRetry={() => void preferences.refetch()} />;
    const { kinds, emailAvailable } = preferences.data;
    return (
      <>
        {emailAvailable ? null : (
          <Alert color="gray" mb="md" title="E-mail is off on this server">
            No mail server is configured (ORRERY_SMTP_URL), so notifications appear in the app only.
            Your e-mail choices are kept for when it is.
          </Alert>
        )}
        {update.isError ? (
          <Alert color="red" mb="md" role="alert" title="Not saved">
            {describeProblem(update.error).detail}
          </Alert>
        ) : null}
        <Table.ScrollContainer minWidth={0} type="native">
          <Table aria-label={`Notifications in ${orgName}`} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Notify me of</Table.Th>
                <Table.Th ta="center">In the app</Table.Th>
                <Table.Th ta="center">By e-mail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kinds.map((channels) => {
                const label = NOTIFICATION_KIND_LABELS[channels.kind];
                return (
                  <Table.Tr key={channels.kind}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td>
                      <Switch
                        mx="auto"
                        w="fit-content"
                        aria-label={`${label}: in the app`}
                        checked={channels.inApp}
                        disabled={update.isPending}
                        onChange={(event) =>
                          save({ ...channels, inApp: event.currentTarget.checked })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        mx="auto"
                        w="fit-content"
                        aria-label={`${label}: by e-mail`}
                        checked={channels.email}
                        disabled={update.isPending || !emailAvailable}
                        onChange={(event) =>
                          save({ ...channels, email: event.currentTarget.checked })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </>
    );
  };

  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        Notifications
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        What reaches you in {orgName}, and how.
      </Text>
      {body()}
    </Card>
  );
}
