import { Page } from "@orrery/contracts/common";
import {
  Project,
  type ProjectCreate,
  ProjectMember,
  type ProjectUpdate,
} from "@orrery/contracts/projects";
import type { ProjectRole } from "@orrery/contracts/roles";
import {
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";
import { listParams, type ProjectSearch } from "./project-filters.js";

const ProjectPage = Page(Project);
const ProjectMemberPage = Page(ProjectMember);

const PAGE_SIZE = 50;

const projectKeys = {
  all: (org: string) => ["orgs", org, "projects"] as const,
  lists: (org: string) => [...projectKeys.all(org), "list"] as const,
  list: (org: string, search: ProjectSearch) =>
    [...projectKeys.lists(org), listParams(search)] as const,
  detail: (org: string, id: string) => [...projectKeys.all(org), "detail", id] as const,
  members: (org: string, id: string) => [...projectKeys.detail(org, id), "members"] as const,
};

function projectsPath(org: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/projects`;
}

function projectPath(org: string, id: string): string {
  return `${projectsPath(org)}/${encodeURIComponent(id)}`;
}

const firstPage: string | null = null;

/** One page after another of the organisation's projects, filtered and sorted as the URL says. */
export function projectListQuery(org: string, search: ProjectSearch) {
  return infiniteQueryOptions({
    queryKey: projectKeys.list(org, search),
    queryFn: ({ pageParam, signal }) =>
      fetchJson(ProjectPage, projectsPath(org), {
        query: { ...listParams(search), limit: PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: firstPage,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useProjectList(org: string, search: ProjectSearch) {
  return useInfiniteQuery({
    ...projectListQuery(org, search),
    // Keep the rows on screen while another filter of the same organisation loads, instead of
    // flashing a skeleton; another organisation's rows are never shown as a placeholder.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === org ? previous : undefined,
  });
}

export function projectQuery(org: string, id: string) {
  return queryOptions({
    queryKey: projectKeys.detail(org, id),
    queryFn: ({ signal }) => fetchJson(Project, projectPath(org, id), { signal }),
  });
}

export function useProject(org: string, id: string) {
  return useQuery(projectQuery(org, id));
}

export function projectMembersQuery(org: string, id: string) {
  return queryOptions({
    queryKey: projectKeys.members(org, id),
    queryFn: ({ signal }) =>
      fetchJson(ProjectMemberPage, `${projectPath(org, id)}/members`, {
        query: { limit: 500 },
        signal,
      }),
    select: (page) => page.items,
  });
}

export function useProjectMembers(org: string, id: string) {
  return useQuery(projectMembersQuery(org, id));
}

/**
 * Marks the organisation's cached project lists and projects (with their members) stale, after
 * a change here or elsewhere. Not what lives under a project's key (its plan, changes,
 * resources): a renamed project does not change its ten thousand tasks.
 */
export function invalidateProjects(queryClient: QueryClient, org: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: projectKeys.lists(org) }),
    queryClient.invalidateQueries({ queryKey: [...projectKeys.all(org), "detail"] }),
  ]);
}

export function useCreateProject(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProjectCreate) =>
      fetchJson(Project, projectsPath(org), { method: "POST", body: input }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(org, project.id), project);
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists(org) });
    },
  });
}

export interface ProjectEdit {
  readonly id: string;
  /** The version the person saw; a newer one on the server makes this a 412. */
  readonly version: number;
  readonly changes: ProjectUpdate;
}

export function useUpdateProject(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, changes }: ProjectEdit) =>
      fetchJson(Project, projectPath(org, id), {
        method: "PATCH",
        body: changes,
        ifMatch: version,
      }),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(org, project.id), project);
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists(org) });
    },
  });
}

export function useDeleteProject(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      fetchNoContent(projectPath(org, id), { method: "DELETE", ifMatch: version }),
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(org, id) });
      return queryClient.invalidateQueries({ queryKey: projectKeys.lists(org) });
    },
    // A 412 means the project changed meanwhile: show the current version behind the dialog.
    onError: () => invalidateProjects(queryClient, org),
  });
}

/** Adding, re-roling and removing project members; each refreshes the project's member list. */
export function useProjectMemberChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const membersPath = `${projectPath(org, projectId)}/members`;
  const memberPath = (userId: string) => `${membersPath}/${encodeURIComponent(userId)}`;
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: projectKeys.detail(org, projectId) });
  const add = useMutation({
    mutationFn: (input: { userId: string; role: ProjectRole }) =>
      fetchJson(ProjectMember, membersPath, { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: ProjectMember; role: ProjectRole }) =>
      fetchJson(ProjectMember, memberPath(member.userId), {
        method: "PATCH",
        body: { role },
        ifMatch: member.version,
      }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (member: ProjectMember) =>
      fetchNoContent(memberPath(member.userId), { method: "DELETE", ifMatch: member.version }),
    onSettled: refresh,
  });
  return { add, changeRole, remove };
}
