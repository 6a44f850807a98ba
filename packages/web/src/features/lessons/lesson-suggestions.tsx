import { Card, Stack, Text, Title } from "@mantine/core";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { LessonCard } from "./lesson-card.js";
import { type SuggestionSubject, useLessonSuggestions } from "./queries.js";

export interface LessonSuggestionsPanelProps {
  readonly org: string;
  readonly about: SuggestionSubject;
  /** Said when there is nothing to suggest; nothing is shown when absent. */
  readonly emptyHint?: string;
}

/** "Lessons from past projects": what other projects learnt about work like this. */
export function LessonSuggestionsPanel({ org, about, emptyHint }: LessonSuggestionsPanelProps) {
  const suggestions = useLessonSuggestions(org, about);
  if (!about.projectId && !about.text?.trim()) return null;
  const items = suggestions.data?.items ?? [];
  if (suggestions.isSuccess && items.length === 0 && !emptyHint) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="lesson-suggestions-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="lesson-suggestions-title">
            Lessons from past projects
          </Title>
          <Text size="sm" c="dimmed">
            What other projects learnt about work like this.
          </Text>
        </div>
        {suggestions.isPending ? (
          <LoadingState label="Looking for lessons…" rows={2} />
        ) : suggestions.isError ? (
          <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm">{emptyHint}</Text>
        ) : (
          items.map((hit) => <LessonCard key={hit.lesson.id} org={org} hit={hit} showProject />)
        )}
      </Stack>
    </Card>
  );
}
