import type { DocumentGateLink } from "@orrery/contracts/documents";
import type { ProjectRef } from "@orrery/contracts/raid";
import type { FieldProblem } from "@orrery/core/errors/domain-error";
import { Invalid } from "@orrery/core/errors/domain-error";
import { findLifecycle } from "../lifecycle/lifecycle-store.js";
import { findVisibleProject, lockVisibleProject } from "../projects/project-access.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import type { Db } from "../store/database.js";
import { readTemplateVersion } from "../templates/template-service.js";
import type { DocumentStorage } from "./document-storage.js";

/** A document service's context: the organisation's, with the blob store and upload rules. */
export interface DocumentCtx extends OrgCtx {
  readonly documents: DocumentStorage;
}

/** The organisation's library of document templates, or one project's documents. */
export type DocumentScope =
  | { readonly kind: "library" }
  | { readonly kind: "project"; readonly project: string };

/** The scope once checked: the project's id (null for the library) and reference. */
export interface ResolvedScope {
  readonly projectId: string | null;
  readonly project: ProjectRef | null;
}

/**
 * Checks the caller may read or change documents in the scope; a project they may not see is
 * a 404. `lock` takes the project's row lock, so writes to one project's documents queue.
 */
export async function resolveScope(
  db: Db,
  ctx: OrgCtx,
  scope: DocumentScope,
  mode: "read" | "write",
  lock = false,
): Promise<ResolvedScope> {
  if (scope.kind === "library") {
    authorize(ctx, mode === "read" ? "document_library.read" : "document_library.manage");
    return { projectId: null, project: null };
  }
  const { row, myRole } = lock
    ? await lockVisibleProject(db, ctx, scope.project)
    : await findVisibleProject(db, ctx, scope.project);
  authorize(ctx, mode === "read" ? "document.read" : "document.edit", myRole);
  return { projectId: row.id, project: { id: row.id, key: row.key, name: row.name } };
}

/**
 * A gate deliverable of the project's lifecycle: the gate must exist and name the deliverable
 * among its required documents (matched case-insensitively, stored as the template spells it).
 */
export async function resolveGateLink(
  db: Db,
  ctx: OrgCtx,
  scope: ResolvedScope,
  link: DocumentGateLink,
  paths: { readonly gate: string; readonly deliverable: string },
): Promise<{ gatePhase: number; gateDeliverable: string }> {
  const refuse = (problem: FieldProblem) => new Invalid([problem]);
  if (scope.projectId === null)
    throw refuse({ path: paths.gate, message: "is only for project documents" });
  const lifecycle = await findLifecycle(db, ctx.org.orgId, scope.projectId);
  if (!lifecycle)
    throw refuse({ path: paths.gate, message: "cannot be set: the project has no lifecycle" });
  const { content } = await readTemplateVersion(
    db,
    ctx,
    lifecycle.templateId,
    lifecycle.templateVersion,
  );
  const phase = content.phases[link.gate - 1];
  if (!phase)
    throw refuse({
      path: paths.gate,
      message: `must be a gate of the project's lifecycle (1 to ${content.phases.length})`,
    });
  const wanted = link.deliverable.toLowerCase();
  const deliverable = phase.gate.requiredDocuments.find((d) => d.toLowerCase() === wanted);
  if (!deliverable)
    throw refuse({
      path: paths.deliverable,
      message:
        phase.gate.requiredDocuments.length === 0
          ? `must be a required document of gate ${link.gate}, which requires none`
          : `must be a required document of gate ${link.gate}: ${phase.gate.requiredDocuments.join(", ")}`,
    });
  return { gatePhase: link.gate - 1, gateDeliverable: deliverable };
}
