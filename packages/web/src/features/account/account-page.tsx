import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { PageHeader } from "../../page-states/page-header.js";
import { NotificationPreferencesCard } from "../notifications/notification-preferences-card.js";
import { ChangePasswordForm } from "./change-password-form.js";
import { useMe, useSignOut } from "./queries.js";

export function AccountPage() {
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate({ to: "/sign-in" }));
  return (
    <>
      <PageHeader title="Account" description="Your sign-in details and notifications." />
      <Stack gap="lg" maw={720}>
        <Card withBorder padding="lg">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="xs">
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  Name
                </Text>
                <Text>{me.user.name}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  E-mail
                </Text>
                <Text style={{ overflowWrap: "anywhere" }}>{me.user.email}</Text>
              </div>
            </SimpleGrid>
            <Button
              variant="default"
              leftSection={<IconLogout size={16} aria-hidden />}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              Sign out
            </Button>
          </Group>
        </Card>
        <NotificationPreferencesCard />
        <Card withBorder padding="lg">
          <Title order={2} size="h4" mb="md">
            Change password
          </Title>
          <ChangePasswordForm />
        </Card>
      </Stack>
    </>
  );
}
