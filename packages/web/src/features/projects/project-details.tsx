import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { PersonRef } from "@orrery/contracts/common";
import type { Project } from "@orrery/contracts/projects";
import type { ReactNode } from "react";
import {
  calendarDaysInclusive,
  formatCalendarDate,
  formatInstant,
} from "../../format/date-format.js";
import { formatMoney } from "./money.js";
import { METHODOLOGY_LABELS } from "./project-labels.js";

function Field({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} mb={2}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function Person({ person }: { readonly person: PersonRef | null }) {
  if (!person) return <Text c="dimmed">Not assigned</Text>;
  return (
    <>
      <Text>{person.name}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {person.email}
      </Text>
    </>
  );
}

function plannedSpan(project: Project): string {
  if (!project.plannedStart || !project.plannedFinish) return "—";
  const days = calendarDaysInclusive(project.plannedStart, project.plannedFinish);
  return `${days} calendar ${days === 1 ? "day" : "days"}`;
}

/** The project's facts: what it is, when it runs, what it costs. */
export function ProjectDetailsCard({ project }: { readonly project: Project }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="sm">
        Details
      </Title>
      <Stack gap="md">
        {project.description ? (
          <Text style={{ whiteSpace: "pre-wrap" }}>{project.description}</Text>
        ) : (
          <Text c="dimmed" size="sm">
            No description yet.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="md" verticalSpacing="md">
          <Field label="Planned start">{formatCalendarDate(project.plannedStart)}</Field>
          <Field label="Planned finish">{formatCalendarDate(project.plannedFinish)}</Field>
          <Field label="Planned span">{plannedSpan(project)}</Field>
          <Field label="Budget">
            <Text fw={600} style={{ fontVariantNumeric: "tabular-nums" }}>
              {formatMoney(project.budget)}
            </Text>
          </Field>
          <Field label="Methodology">{METHODOLOGY_LABELS[project.methodology]}</Field>
          <Field label="Tags">
            {project.tags.length === 0 ? (
              <Text c="dimmed">None</Text>
            ) : (
              <Group gap={4}>
                {project.tags.map((tag) => (
                  <Badge key={tag} variant="default" tt="none" fw={500}>
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
          </Field>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** Who runs and sponsors the project, and who created and last changed it. */
export function ProjectPeopleCards({ project }: { readonly project: Project }) {
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          People
        </Title>
        <Stack gap="md">
          <Field label="Manager">
            <Person person={project.manager} />
          </Field>
          <Field label="Sponsor">
            <Person person={project.sponsor} />
          </Field>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          Record
        </Title>
        <Stack gap="xs">
          <Text size="sm">
            Created {formatInstant(project.createdAt)}
            {project.createdBy ? ` by ${project.createdBy.name}` : ""}
          </Text>
          <Text size="sm">
            Last changed {formatInstant(project.updatedAt)}
            {project.updatedBy ? ` by ${project.updatedBy.name}` : ""}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
