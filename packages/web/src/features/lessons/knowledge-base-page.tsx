import { Button, EmptyState, Select } from "@mantine/core";
import type { Lesson } from "@orrery/contracts/lessons";
import { IconBooks } from "@tabler/icons-react";
import { useState } from "react";
import { PageHeader } from "../../page-states/page-header.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { useProjectList } from "../projects/queries.js";
import { LessonCard } from "./lesson-card.js";
import { LessonList } from "./lesson-list.js";
import { LessonPromotionModal } from "./lesson-promotion-modal.js";
import { LessonSearchBar } from "./lesson-search-bar.js";
import { useLessonFilters } from "./use-lesson-filters.js";

/** The organisation's knowledge base: every lesson of the projects one may read, searched. */
export function KnowledgeBasePage() {
  const { org, can } = useCurrentOrg();
  const filters = useLessonFilters();
  const [promoting, setPromoting] = useState<Lesson | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const projects = useProjectList(org.slug, {});
  const projectOptions = (projects.data?.pages ?? [])
    .flatMap((page) => page.items)
    .map((p) => ({ value: p.id, label: `${p.key} · ${p.name}` }));
  const unfiltered = filters.isUnfiltered && projectId === null;

  return (
    <>
      <PageHeader
        title="Knowledge base"
        description="Lessons learned on every project you can see. Search by what you are about to do: the best matches come first."
      />
      <LessonSearchBar {...filters.bar}>
        <Select
          label="Project"
          placeholder="Any"
          data={projectOptions}
          searchable
          clearable
          value={projectId}
          onChange={setProjectId}
        />
      </LessonSearchBar>
      <LessonList
        org={org.slug}
        search={{ ...filters.search, projectId }}
        renderHit={(hit) => (
          <LessonCard
            org={org.slug}
            hit={hit}
            showProject
            onPromote={can("lesson.promote") ? () => setPromoting(hit.lesson) : undefined}
          />
        )}
        empty={
          <EmptyState
            icon={<IconBooks size={26} aria-hidden />}
            withIndicatorBackground
            title={unfiltered ? "The knowledge base is empty" : "No lessons match"}
            description={
              unfiltered
                ? "Lessons appear here as projects record them: open a project, choose Lessons, and record what the next project should know."
                : "Try fewer or other words (a search finds word forms too: “migrate” finds “migration”), or clear the filters."
            }
          >
            {unfiltered ? null : (
              <Button
                variant="default"
                onClick={() => {
                  filters.clear();
                  setProjectId(null);
                }}
              >
                Clear search
              </Button>
            )}
          </EmptyState>
        }
      />
      <LessonPromotionModal org={org.slug} lesson={promoting} onClose={() => setPromoting(null)} />
    </>
  );
}
