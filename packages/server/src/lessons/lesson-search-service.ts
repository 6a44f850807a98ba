import { createHash } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import type {
  LessonHit,
  LessonSearchQuery,
  LessonSuggestionQuery,
  LessonSuggestions,
  ProjectLessonQuery,
} from "@orrery/contracts/lessons";
import { readsAllProjects } from "@orrery/core/access/policy";
import { anyTermQuery, suggestionTerms } from "@orrery/core/knowledge/suggestion-terms";
import { z } from "zod";
import { pageOf, positionAfter } from "../pagination/cursor.js";
import { findVisibleProject } from "../projects/project-access.js";
import type { ProjectScope } from "../projects/project-scope.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { readLessonLinks, toLessonHit } from "./lesson-shape.js";
import { type LessonOrder, searchLessonViews } from "./lesson-store.js";

const SearchCursor = z.object({ sort: z.string(), value: z.string(), id: z.uuid() });

/** A project's lessons, newest first or searched; 404 if the caller may not see the project. */
export async function listProjectLessons(
  ctx: OrgCtx,
  projectIdOrKey: string,
  query: ProjectLessonQuery,
): Promise<Page<LessonHit>> {
  const { row, myRole } = await findVisibleProject(ctx.db, ctx, projectIdOrKey);
  authorize(ctx, "lesson.read", myRole);
  return searchIn(ctx, { projectId: row.id }, query);
}

/**
 * The knowledge base: lessons of every project the caller may read (all of them for portfolio
 * roles), best match first for a query, newest first without one.
 */
export async function searchLessons(
  ctx: OrgCtx,
  query: LessonSearchQuery,
): Promise<Page<LessonHit>> {
  authorize(ctx, "lesson.search");
  return searchIn(ctx, readableScope(ctx, query.projectId), query);
}

function readableScope(ctx: OrgCtx, projectId?: string): ProjectScope {
  return {
    viewerId: ctx.actor.userId,
    readsAll: readsAllProjects(ctx.org.role),
    ...(projectId === undefined ? {} : { projectId }),
  };
}

async function searchIn(
  ctx: OrgCtx,
  scope: ProjectScope,
  query: ProjectLessonQuery,
): Promise<Page<LessonHit>> {
  const order: LessonOrder = query.q ? { kind: "rank", query: query.q } : { kind: "newest" };
  // A cursor belongs to one query: ranks of another would skip or repeat lessons.
  const sort = order.kind === "rank" ? `rank:${fingerprint(order.query)}` : "newest";
  const after = positionAfter(SearchCursor, query.cursor, sort);
  const views = await searchLessonViews(
    ctx.db,
    ctx.org.orgId,
    scope,
    order,
    { categories: query.category, tags: query.tag },
    after,
    query.limit + 1,
  );
  const links = await readLessonLinks(ctx.db, ctx.org.orgId, views.slice(0, query.limit));
  return pageOf(
    views,
    query.limit,
    (view) => toLessonHit(view, links),
    (view) => ({ sort, value: view.sortValue, id: view.row.id }),
  );
}

function fingerprint(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

/**
 * Lessons of other projects that may matter to a project or a risk being recorded: those
 * sharing most of the telling words of the text given or, without text, of the project's name,
 * tags and description. The project's own lessons are left out.
 */
export async function suggestLessons(
  ctx: OrgCtx,
  query: LessonSuggestionQuery,
): Promise<LessonSuggestions> {
  authorize(ctx, "lesson.search");
  const project = query.projectId
    ? (await findVisibleProject(ctx.db, ctx, query.projectId)).row
    : null;
  // Text given (a risk being written) is the subject; otherwise the project describes itself.
  const about = query.text?.trim()
    ? query.text
    : [project?.name ?? "", project?.tags.join(" ") ?? "", project?.description ?? ""].join("\n");
  const terms = suggestionTerms(about);
  if (terms.length === 0) return { terms, items: [] };
  const views = await searchLessonViews(
    ctx.db,
    ctx.org.orgId,
    readableScope(ctx),
    { kind: "rank", query: anyTermQuery(terms) },
    { notProjectId: project?.id },
    null,
    query.limit,
  );
  const links = await readLessonLinks(ctx.db, ctx.org.orgId, views);
  return { terms, items: views.map((view) => toLessonHit(view, links)) };
}
