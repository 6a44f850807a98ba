import { Page } from "@orrery/contracts/common";
import {
  Document,
  type DocumentCategory,
  type DocumentGateLink,
  type DocumentUpdate,
} from "@orrery/contracts/documents";
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson, fetchNoContent } from "../../api/api-client.js";
import { uploadWithProgress } from "../../api/upload-with-progress.js";
import { lifecycleKeys } from "../lifecycle/queries.js";

const DocumentPage = Page(Document);

/** Whose documents: the organisation's library of templates, or one project's. */
export type DocumentOwner =
  | { readonly kind: "library" }
  | { readonly kind: "project"; readonly projectId: string };

const keys = {
  all: (org: string) => ["orgs", org, "documents"] as const,
  of: (org: string, owner: DocumentOwner) =>
    [...keys.all(org), owner.kind === "library" ? "library" : owner.projectId] as const,
};

export function invalidateDocuments(queryClient: QueryClient, org: string) {
  return queryClient.invalidateQueries({ queryKey: keys.all(org) });
}

export function documentsPath(org: string, owner: DocumentOwner): string {
  const base = `/api/v1/orgs/${encodeURIComponent(org)}`;
  return owner.kind === "library"
    ? `${base}/documents`
    : `${base}/projects/${encodeURIComponent(owner.projectId)}/documents`;
}

/** Where a version's file downloads from (a plain link: the browser saves it). */
export function documentContentUrl(
  org: string,
  owner: DocumentOwner,
  documentId: string,
  version: number,
): string {
  return `${documentsPath(org, owner)}/${encodeURIComponent(documentId)}/versions/${version}/content`;
}

/** Every document of the owner (a library or project holds tens, not thousands). */
export function useDocuments(org: string, owner: DocumentOwner) {
  return useQuery({
    queryKey: keys.of(org, owner),
    queryFn: async ({ signal }) => {
      const items: Document[] = [];
      let cursor: string | undefined;
      do {
        const page = await fetchJson(DocumentPage, documentsPath(org, owner), {
          query: { limit: 500, cursor },
          signal,
        });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
}

export interface NewDocument {
  readonly file: File;
  readonly title?: string;
  readonly category?: DocumentCategory;
  readonly note?: string;
  readonly gateLink?: DocumentGateLink | null;
}

function uploadForm(fields: Record<string, string | undefined>, file: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== "") form.append(name, value);
  // The file goes last, so the server has every field once the bytes arrive.
  form.append("file", file, file.name);
  return form;
}

/** Every change to the owner's documents; each refreshes the list (and the gate readiness). */
export function useDocumentChanges(org: string, owner: DocumentOwner) {
  const queryClient = useQueryClient();
  const path = documentsPath(org, owner);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: keys.of(org, owner) });
    if (owner.kind === "project")
      await queryClient.invalidateQueries({
        queryKey: lifecycleKeys.project(org, owner.projectId),
      });
  };
  return {
    upload: useMutation({
      mutationFn: ({
        input,
        onProgress,
      }: {
        input: NewDocument;
        onProgress: (s: number) => void;
      }) =>
        uploadWithProgress(Document, path, {
          form: uploadForm(
            {
              title: input.title,
              category: input.category,
              note: input.note,
              gate: input.gateLink ? String(input.gateLink.gate) : undefined,
              deliverable: input.gateLink?.deliverable,
            },
            input.file,
          ),
          onProgress,
        }),
      onSuccess: refresh,
    }),
    addVersion: useMutation({
      mutationFn: ({
        document,
        file,
        note,
        onProgress,
      }: {
        document: Document;
        file: File;
        note: string;
        onProgress: (s: number) => void;
      }) =>
        uploadWithProgress(Document, `${path}/${document.id}/versions`, {
          form: uploadForm({ note }, file),
          ifMatch: document.version,
          onProgress,
        }),
      onSettled: refresh,
    }),
    update: useMutation({
      mutationFn: ({ document, changes }: { document: Document; changes: DocumentUpdate }) =>
        fetchJson(Document, `${path}/${document.id}`, {
          method: "PATCH",
          body: changes,
          ifMatch: document.version,
        }),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (document: Document) =>
        fetchNoContent(`${path}/${document.id}`, { method: "DELETE", ifMatch: document.version }),
      onSettled: refresh,
    }),
    fromTemplate: useMutation({
      mutationFn: (input: { templateId: string; gateLink: DocumentGateLink | null }) =>
        fetchJson(Document, `${path}/from-template`, { method: "POST", body: input }),
      onSuccess: refresh,
    }),
  };
}
