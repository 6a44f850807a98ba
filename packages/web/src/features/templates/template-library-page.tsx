import { Button, Card, EmptyState, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { LifecycleTemplate } from "@orrery/contracts/templates";
import { IconCopy, IconTemplate } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { AnchorLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { METHODOLOGY_LABELS } from "../projects/project-labels.js";
import { useTemplateChanges, useTemplates } from "./queries.js";
import { CADENCE_LABELS } from "./template-labels.js";

/** The organisation's lifecycle templates; the PMO copies one to make it its own. */
export function TemplateLibraryPage() {
  const { org, can } = useCurrentOrg();
  const templates = useTemplates(org.slug);
  const { copy } = useTemplateChanges(org.slug);
  const navigate = useNavigate();
  const mayManage = can("template.manage");

  const copyTemplate = (template: LifecycleTemplate) =>
    copy.mutate(
      { id: template.id },
      {
        onSuccess: (created) => {
          notifications.show({ color: "green", message: `${created.name} created.` });
          void navigate({
            to: "/orgs/$org/templates/$templateId",
            params: { org: org.slug, templateId: created.id },
          });
        },
        onError: (error) =>
          notifications.show({ color: "red", message: describeProblem(error).title }),
      },
    );

  return (
    <>
      <PageHeader
        title="Lifecycle templates"
        description="The organisation's ways of running a project: phases, the gate closing each, report cadence and RAID categories. Every edit publishes a new version; projects keep theirs."
      />
      {templates.isPending ? (
        <LoadingState label="Loading the templates…" rows={4} />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.data.items.length === 0 ? (
        <EmptyState
          icon={<IconTemplate size={26} aria-hidden />}
          withIndicatorBackground
          title="No templates yet"
          description="The built-in templates appear here once the library is first opened."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {templates.data.items.map((template) => (
            <Card
              key={template.id}
              withBorder
              padding="md"
              component="article"
              aria-label={template.name}
            >
              <Stack gap="xs" h="100%">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <AnchorLink
                    fw={600}
                    to="/orgs/$org/templates/$templateId"
                    params={{ org: org.slug, templateId: template.id }}
                  >
                    {template.name}
                  </AnchorLink>
                  <TintedBadge color={template.builtIn ? "gray" : "blue"}>
                    {template.builtIn ? "Built-in" : `Version ${template.version}`}
                  </TintedBadge>
                </Group>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {template.description || "No description."}
                </Text>
                <Text size="sm">
                  {METHODOLOGY_LABELS[template.methodology]} · {template.phases.length} phases ·{" "}
                  {CADENCE_LABELS[template.reportCadence]} reports
                </Text>
                <Text size="xs" c="dimmed">
                  {template.phases.map((p) => p.name).join(" → ")}
                </Text>
                {mayManage ? (
                  <Group mt="auto" pt="xs">
                    <Button
                      size="xs"
                      variant="default"
                      leftSection={<IconCopy size={14} aria-hidden />}
                      loading={copy.isPending && copy.variables?.id === template.id}
                      onClick={() => copyTemplate(template)}
                      aria-label={`Copy ${template.name}`}
                    >
                      Copy
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
