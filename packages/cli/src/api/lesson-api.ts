import { Page } from "@orrery/contracts/common";
import { Lesson, type LessonCreate, LessonHit } from "@orrery/contracts/lessons";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const HitPage = Page(LessonHit);

/** The knowledge base's filters, as the API takes them (comma-separated lists). */
export interface LessonFilter {
  readonly q?: string | undefined;
  readonly category?: string | undefined;
  readonly tag?: string | undefined;
}

/**
 * The best matches first (or newest first without a query), at most `atMost` of them: of one
 * project (its key or id) when `project` is given, otherwise of every project the caller may read.
 */
export function searchLessons(
  api: ApiClient,
  org: string,
  project: string | undefined,
  filter: LessonFilter,
  atMost: number | undefined,
): Promise<LessonHit[]> {
  const path = project ? ["orgs", org, "projects", project, "lessons"] : ["orgs", org, "lessons"];
  return collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path,
          query: { ...filter, limit: page.limit, cursor: page.cursor },
        },
        HitPage,
      ),
    atMost,
  );
}

/** Records a lesson of a project. */
export function createLesson(
  api: ApiClient,
  org: string,
  project: string,
  body: LessonCreate,
): Promise<Lesson> {
  return api.call(
    { method: "POST", path: ["orgs", org, "projects", project, "lessons"], body },
    Lesson,
  );
}
