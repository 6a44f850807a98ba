import { Card, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { CreateOrgForm } from "./create-org-form.js";

/** For someone who belongs to no organisation yet (left one, or all were removed). */
export function WelcomePage() {
  const navigate = useNavigate();
  return (
    <Stack maw={520} mx="auto" mt="xl" gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Welcome to Orrery
        </Title>
        <Text c="dimmed">
          You are not in any organisation yet. Create one to start adding projects, or ask an
          administrator of an existing one to invite you.
        </Text>
      </Stack>
      <Card withBorder padding="lg">
        <CreateOrgForm
          onCreated={(org) =>
            void navigate({ to: "/orgs/$org/projects", params: { org: org.slug } })
          }
        />
      </Card>
    </Stack>
  );
}
