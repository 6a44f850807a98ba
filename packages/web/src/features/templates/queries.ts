import { Page } from "@orrery/contracts/common";
import { LifecycleTemplate, type TemplateDefinitionInput } from "@orrery/contracts/templates";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";

const TemplatePage = Page(LifecycleTemplate);
/** A library holds a handful of templates; one page of the API's largest size shows them all. */
const LIBRARY_SIZE = 500;

const templateKeys = {
  all: (org: string) => ["orgs", org, "templates"] as const,
  list: (org: string) => [...templateKeys.all(org), "list"] as const,
  detail: (org: string, id: string) => [...templateKeys.all(org), "detail", id] as const,
};

export function templatesPath(org: string): string {
  return `/api/v1/orgs/${encodeURIComponent(org)}/templates`;
}

export function templateListQuery(org: string) {
  return queryOptions({
    queryKey: templateKeys.list(org),
    queryFn: ({ signal }) =>
      fetchJson(TemplatePage, templatesPath(org), { query: { limit: LIBRARY_SIZE }, signal }),
  });
}

export function useTemplates(org: string) {
  return useQuery(templateListQuery(org));
}

export function templateQuery(org: string, id: string) {
  return queryOptions({
    queryKey: templateKeys.detail(org, id),
    queryFn: ({ signal }) =>
      fetchJson(LifecycleTemplate, `${templatesPath(org)}/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useTemplate(org: string, id: string) {
  return useQuery(templateQuery(org, id));
}

/** Marks the cached library stale (after a change here or elsewhere). */
export function invalidateTemplates(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: templateKeys.all(org) });
}

/** Copying a template and publishing a new version; both refresh the library. */
export function useTemplateChanges(org: string) {
  const queryClient = useQueryClient();
  const refresh = () => invalidateTemplates(queryClient, org);
  const copy = useMutation({
    mutationFn: ({ id, name }: { id: string; name?: string }) =>
      fetchJson(LifecycleTemplate, `${templatesPath(org)}/${encodeURIComponent(id)}/copy`, {
        method: "POST",
        body: name ? { name } : {},
      }),
    onSuccess: refresh,
  });
  const publish = useMutation({
    mutationFn: ({
      template,
      content,
    }: {
      template: LifecycleTemplate;
      content: TemplateDefinitionInput;
    }) =>
      fetchJson(LifecycleTemplate, `${templatesPath(org)}/${encodeURIComponent(template.id)}`, {
        method: "PUT",
        body: content,
        ifMatch: template.version,
      }),
    onSettled: refresh,
  });
  return { copy, publish };
}
