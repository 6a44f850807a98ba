import { ActionIcon, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { LessonHit } from "@orrery/contracts/lessons";
import { IconPencil, IconTemplate, IconTrash } from "@tabler/icons-react";
import { AnchorLink } from "../../shell/router-links.js";
import { HighlightedText } from "./highlighted-text.js";
import { CATEGORY_LABELS, ORIGIN_LABELS } from "./lesson-labels.js";

export interface LessonCardProps {
  readonly org: string;
  readonly hit: LessonHit;
  /** Shows the project the lesson comes from (in the knowledge base and suggestions). */
  readonly showProject?: boolean;
  /** Shows the whole lesson rather than the excerpt (a project's own lessons). */
  readonly full?: boolean;
  readonly onEdit?: () => void;
  readonly onDelete?: () => void;
  /** Offered to the PMO: turn the lesson into a gate criterion or a default risk. */
  readonly onPromote?: () => void;
}

/** One lesson: title and the recommendation (or the search's excerpt), with where it is from. */
export function LessonCard({
  org,
  hit,
  showProject,
  full,
  onEdit,
  onDelete,
  onPromote,
}: LessonCardProps) {
  const { lesson, highlights } = hit;
  return (
    <Card withBorder padding="md" component="article" aria-label={lesson.title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5" style={{ overflowWrap: "anywhere" }}>
            {highlights ? <HighlightedText runs={highlights.title} /> : lesson.title}
          </Title>
          {onEdit || onDelete || onPromote ? (
            <Group gap={4} wrap="nowrap">
              {onPromote ? (
                <ActionIcon
                  variant="subtle"
                  aria-label={`Promote ${lesson.title} into a template`}
                  onClick={onPromote}
                >
                  <IconTemplate size={16} aria-hidden />
                </ActionIcon>
              ) : null}
              {onEdit ? (
                <ActionIcon variant="subtle" aria-label={`Edit ${lesson.title}`} onClick={onEdit}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
              ) : null}
              {onDelete ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete ${lesson.title}`}
                  onClick={onDelete}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          ) : null}
        </Group>
        <Group gap={6}>
          <Badge variant="light">{CATEGORY_LABELS[lesson.category]}</Badge>
          <Badge variant="outline" color="gray">
            {ORIGIN_LABELS[lesson.origin]}
          </Badge>
          {lesson.phase ? (
            <Badge variant="outline" color="gray">
              {lesson.phase}
            </Badge>
          ) : null}
          {lesson.tags.map((tag) => (
            <Badge key={tag} variant="dot" color="gray">
              {tag}
            </Badge>
          ))}
        </Group>
        {full ? (
          <LessonBody hit={hit} />
        ) : (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {highlights ? <HighlightedText runs={highlights.excerpt} /> : lesson.recommendation}
          </Text>
        )}
        {lesson.promotions.length > 0 ? (
          <Text size="xs" c="dimmed">
            Promoted into{" "}
            {lesson.promotions
              .map((p) =>
                p.target === "gate_criterion"
                  ? `${p.templateName} version ${p.templateVersion} (gate “${p.gateName}”: ${p.text})`
                  : `${p.templateName} version ${p.templateVersion} (default risk: ${p.text})`,
              )
              .join("; ")}
          </Text>
        ) : null}
        {showProject ? (
          <Text size="xs" c="dimmed">
            From{" "}
            <AnchorLink
              to="/orgs/$org/projects/$projectId/lessons"
              params={{ org, projectId: lesson.project.id }}
              size="xs"
            >
              {lesson.project.key} · {lesson.project.name}
            </AnchorLink>
            {lesson.author ? ` · ${lesson.author.name}` : ""}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function LessonBody({ hit }: { readonly hit: LessonHit }) {
  const { lesson } = hit;
  const part = (label: string, text: string) =>
    text ? (
      <Text size="sm" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
        <Text span fw={600} size="sm">
          {label}:{" "}
        </Text>
        {text}
      </Text>
    ) : null;
  return (
    <Stack gap={4}>
      {part("What happened", lesson.whatHappened)}
      {part("Effect", lesson.effect)}
      {part("Recommendation", lesson.recommendation)}
      {lesson.risks.length > 0 || lesson.tasks.length > 0 ? (
        <Text size="xs" c="dimmed">
          Linked:{" "}
          {[
            ...lesson.risks.map((r) => `${r.ref} ${r.title}`),
            ...lesson.tasks.map((t) => `task ${t.uid} ${t.name}`),
          ].join(" · ")}
        </Text>
      ) : null}
    </Stack>
  );
}
