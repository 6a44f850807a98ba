import { Button, Center, Stack, Text } from "@mantine/core";
import type { LessonHit } from "@orrery/contracts/lessons";
import type { ReactNode } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { type LessonSearch, useLessonList } from "./queries.js";

export interface LessonListProps {
  readonly org: string;
  readonly search: LessonSearch;
  /** One project's lessons; the knowledge base when absent. */
  readonly inProject?: string;
  readonly renderHit: (hit: LessonHit) => ReactNode;
  /** What to show when nothing matches: says what to do next. */
  readonly empty: ReactNode;
}

/** Lessons a page at a time, best match first when searched, with loading, error and empty states. */
export function LessonList({ org, search, inProject, renderHit, empty }: LessonListProps) {
  const list = useLessonList(org, search, inProject);
  if (list.isPending) return <LoadingState label="Loading lessons…" rows={4} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const hits = list.data.pages.flatMap((page) => page.items);
  if (hits.length === 0) return <>{empty}</>;
  return (
    <Stack gap="sm" aria-busy={list.isFetching}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {search.q?.trim() ? `Best matches for “${search.q.trim()}” first` : "Newest first"}
        {list.hasNextPage ? "" : ` · ${hits.length} lesson${hits.length === 1 ? "" : "s"}`}
      </Text>
      {hits.map((hit) => (
        <div key={hit.lesson.id}>{renderHit(hit)}</div>
      ))}
      {list.hasNextPage ? (
        <Center>
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Show more
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
