import { Page } from "@orrery/contracts/common";
import { LessonPromotion, type LessonPromotionCreate } from "@orrery/contracts/lesson-promotions";
import {
  Lesson,
  type LessonCategory,
  type LessonCreate,
  LessonHit,
  LessonSuggestions,
  type LessonUpdate,
} from "@orrery/contracts/lessons";
import {
  GeneratedLessons,
  ProjectReview,
  type ProjectReviewWrite,
} from "@orrery/contracts/project-review";
import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";
import { invalidateTemplates } from "../templates/queries.js";

const HitPage = Page(LessonHit);
const PAGE_SIZE = 20;

/** What a lesson list asks for: the knowledge base's (any project) or one project's. */
export interface LessonSearch {
  readonly q?: string;
  readonly category?: LessonCategory | null;
  readonly tag?: string;
  readonly projectId?: string | null;
}

const lessonKeys = {
  all: (org: string) => ["orgs", org, "lessons"] as const,
  list: (org: string, scope: string, search: LessonSearch) =>
    [...lessonKeys.all(org), "list", scope, search] as const,
  suggestions: (org: string, about: SuggestionSubject) =>
    [...lessonKeys.all(org), "suggestions", about] as const,
  review: (org: string, projectId: string) =>
    [...lessonKeys.all(org), "review", projectId] as const,
};

function orgPath(org: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}`;
}

function projectPath(org: string, projectId: string): string {
  return `${orgPath(org)}/projects/${encodeURIComponent(projectId)}`;
}

/** The list's query string: only what is set, as the API reads it. */
export function lessonSearchParams(search: LessonSearch): Record<string, string> {
  const params: Record<string, string> = {};
  if (search.q?.trim()) params.q = search.q.trim();
  if (search.category) params.category = search.category;
  if (search.tag?.trim()) params.tag = search.tag.trim();
  if (search.projectId) params.projectId = search.projectId;
  return params;
}

const firstPage: string | null = null;

/** The knowledge base across projects, or one project's lessons when `inProject` is given. */
export function lessonListQuery(org: string, search: LessonSearch, inProject?: string) {
  const path = inProject ? `${projectPath(org, inProject)}/lessons` : `${orgPath(org)}/lessons`;
  const params = lessonSearchParams(inProject ? { ...search, projectId: null } : search);
  return infiniteQueryOptions({
    queryKey: lessonKeys.list(org, inProject ?? "org", search),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(HitPage, path, {
        query: { ...params, limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useLessonList(org: string, search: LessonSearch, inProject?: string) {
  return useInfiniteQuery({
    ...lessonListQuery(org, search, inProject),
    placeholderData: keepPreviousData,
  });
}

/** What suggestions are about: a project, some text (a risk being written), or both. */
export interface SuggestionSubject {
  readonly projectId?: string;
  readonly text?: string;
}

export function lessonSuggestionsQuery(org: string, about: SuggestionSubject) {
  return queryOptions({
    queryKey: lessonKeys.suggestions(org, about),
    queryFn: ({ signal }) =>
      fetchJson(LessonSuggestions, `${orgPath(org)}/lessons/suggestions`, {
        query: {
          ...(about.projectId ? { projectId: about.projectId } : {}),
          ...(about.text?.trim() ? { text: about.text.trim() } : {}),
        },
        signal,
      }),
    enabled: Boolean(about.projectId || about.text?.trim()),
  });
}

export function useLessonSuggestions(org: string, about: SuggestionSubject) {
  return useQuery({ ...lessonSuggestionsQuery(org, about), placeholderData: keepPreviousData });
}

/** Marks every cached lesson view of the organisation stale (after a change here or elsewhere). */
export function invalidateLessons(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: lessonKeys.all(org) });
}

export interface LessonEdit {
  readonly lesson: Lesson;
  readonly changes: LessonUpdate;
}

/** Recording, editing and deleting one project's lessons; each refreshes every lesson view. */
export function useLessonChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = `${projectPath(org, projectId)}/lessons`;
  const refresh = () => invalidateLessons(queryClient, org);
  const create = useMutation({
    mutationFn: (input: LessonCreate) => fetchJson(Lesson, path, { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ lesson, changes }: LessonEdit) =>
      fetchJson(Lesson, `${path}/${lesson.id}`, {
        method: "PATCH",
        body: changes,
        ifMatch: lesson.version,
      }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (lesson: Lesson) =>
      fetchNoContent(`${path}/${lesson.id}`, { method: "DELETE", ifMatch: lesson.version }),
    onSettled: refresh,
  });
  return { create, update, remove };
}

export function projectReviewQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: lessonKeys.review(org, projectId),
    queryFn: ({ signal }) =>
      fetchJson(ProjectReview, `${projectPath(org, projectId)}/review`, { signal }),
  });
}

export function useProjectReview(org: string, projectId: string) {
  return useQuery(projectReviewQuery(org, projectId));
}

/** Saving the review (If-Match once it exists) and turning its observations into lessons. */
export function useProjectReviewChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = `${projectPath(org, projectId)}/review`;
  const refresh = () => invalidateLessons(queryClient, org);
  const save = useMutation({
    mutationFn: ({ review, version }: { review: ProjectReviewWrite; version: number | null }) =>
      fetchJson(ProjectReview, path, {
        method: "PUT",
        body: review,
        ...(version === null ? {} : { ifMatch: version }),
      }),
    onSuccess: refresh,
  });
  const generate = useMutation({
    mutationFn: () => fetchJson(GeneratedLessons, `${path}/lessons`, { method: "POST" }),
    onSuccess: refresh,
  });
  return { save, generate };
}

/**
 * Promotes a lesson into a template (the version the PMO saw, If-Match): refreshes the lessons,
 * which record it, and the templates, which gained a version.
 */
export function usePromoteLesson(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      lessonId,
      templateVersion,
      promotion,
    }: {
      lessonId: string;
      templateVersion: number;
      promotion: LessonPromotionCreate;
    }) =>
      fetchJson(
        LessonPromotion,
        `${orgPath(org)}/lessons/${encodeURIComponent(lessonId)}/promotions`,
        { method: "POST", body: promotion, ifMatch: templateVersion },
      ),
    onSettled: () =>
      Promise.all([invalidateLessons(queryClient, org), invalidateTemplates(queryClient, org)]),
  });
}
