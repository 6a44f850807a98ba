import type { ImportResult, PlanFileFormat } from "@orrery/contracts/plans";
import type { FieldProblem } from "@orrery/core/errors/domain-error";
import { Invalid } from "@orrery/core/errors/domain-error";
import type { ProjectFileError } from "@orrery/interop/document/project-file-error";
import { readProjectFile, writeProjectFile } from "@orrery/interop/project-file";
import { toScheduleInput } from "@orrery/interop/schedule-input";
import type { DownloadFile } from "../http/download.js";
import { findMembersByEmail } from "../members/member-store.js";
import { findVisibleProject } from "../projects/project-access.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { documentOfPlan } from "./plan-document.js";
import { scheduleInFull } from "./plan-engine.js";
import { importedPlanOf } from "./plan-import.js";
import { BULK_ROWS, loadPlanState, readablePlan, runPlanEdit } from "./plan-mutation.js";
import { rowsWithResult } from "./plan-schedule.js";
import {
  clearPlanContent,
  findPlan,
  insertCalendars,
  readBaselines,
  refreshYoungPlanStatistics,
} from "./plan-store.js";
import { insertResources, readAssignments, readResources } from "./resource-store.js";

// Moving plans in and out as files, through interop's readers and writers: MSPDI (.xml),
// Primavera XER (.xer, in only), CSV and XLSX task lists.

/** An uploaded file. */
export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A reader's refusal as a field problem: `file`, then where (row, line, element) and field. */
function fileProblem(error: ProjectFileError): FieldProblem {
  const { row, line, table, element } = error.location;
  const where =
    row !== undefined
      ? `[${table ? `${table} ` : ""}row ${row}]`
      : line !== undefined
        ? `[line ${line}]`
        : element !== undefined
          ? `[${element}]`
          : "";
  return { path: `file${where}${error.field ? `.${error.field}` : ""}`, message: error.message };
}

/**
 * Imports a project file into the plan, replacing its tasks, links, calendars and baselines,
 * all or nothing. With `dryRun` nothing is written: the answer is the preview (task count,
 * date range, warnings) of what an import would do.
 */
export async function importPlanFile(
  ctx: OrgCtx,
  idOrKey: string,
  file: UploadedFile,
  dryRun: boolean,
): Promise<ImportResult> {
  // Refuse callers who may not edit before spending time on their file.
  const { row: project, myRole } = await findVisibleProject(ctx.db, ctx, idOrKey);
  authorize(ctx, "plan.edit", myRole);
  const read = await readProjectFile(file.bytes, file.name);
  if (!read.ok) throw new Invalid(read.errors.slice(0, 50).map(fileProblem));
  const format = read.document.settings.source.format;
  const key = { orgId: ctx.org.orgId, projectId: project.id };
  const planRow = (await findPlan(ctx.db, key)) ?? (await readablePlan(ctx, idOrKey)).plan;
  const emails = read.document.resources.flatMap((resource) => resource.emailAddress ?? []);
  const members = await findMembersByEmail(ctx.db, ctx.org.orgId, emails);
  const imported = importedPlanOf(key, planRow, read.document, read.notices, members);
  const preview = previewOf(imported.state);
  const result = (dryRun: boolean): ImportResult => ({
    dryRun,
    format,
    taskCount: imported.state.tasks.length,
    linkCount: imported.state.links.length,
    resourceCount: imported.resources.length,
    assignmentCount: imported.assignments.length,
    start: preview.start,
    finish: preview.finish,
    warnings: [...imported.warnings],
  });
  if (dryRun) return result(true);
  await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state) => {
      // Clearing cascades to links and baselines task by task (see refreshYoungPlanStatistics).
      if (state.tasks.length >= BULK_ROWS) await refreshYoungPlanStatistics(tx);
      await clearPlanContent(tx, key);
      await insertCalendars(tx, imported.state.calendars);
      await insertResources(tx, imported.resources);
      return {
        state: { ...imported.state, plan: { ...imported.state.plan, version: state.plan.version } },
        createdUids: new Set(imported.state.tasks.map((task) => task.uid)),
        updatedUids: new Set(),
        deletedUids: new Set(
          state.tasks.map((task) => task.uid).filter((uid) => uid > imported.state.tasks.length),
        ),
        addedLinks: imported.state.links,
        updatedLinks: [],
        removedLinkIds: new Set(),
        addedBaselines: imported.baselines,
        addedAssignments: imported.assignments,
      };
    },
    (change, _edited, before) => ({
      audit: {
        action: "plan.import",
        entityType: "plan",
        entityId: project.id,
        before: { version: before.plan.version, taskCount: before.tasks.length },
        after: {
          version: change.plan.version,
          file: file.name,
          format,
          taskCount: imported.state.tasks.length,
          linkCount: imported.state.links.length,
          resourceCount: imported.resources.length,
          assignmentCount: imported.assignments.length,
        },
      },
      event: {
        type: "plan.updated",
        entityType: "plan",
        entityId: project.id,
        summary: `${ctx.actor.name} imported ${file.name} (${imported.state.tasks.length} tasks)`,
      },
    }),
  );
  return result(false);
}

/** The imported plan's date range, scheduled by the engine (a loop is refused here). */
function previewOf(state: Parameters<typeof documentOfPlan>[0]): {
  start: string | null;
  finish: string | null;
} {
  const mapped = toScheduleInput(documentOfPlan(state));
  const rows = rowsWithResult(state.tasks, mapped.documentIndex, scheduleInFull(mapped));
  let start: string | null = null;
  for (const task of rows.tasks)
    if (task.start !== null && (start === null || task.start < start)) start = task.start;
  return { start, finish: rows.finish };
}

const CONTENT_TYPES: Record<PlanFileFormat, string> = {
  mspdi: "application/xml",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const EXTENSIONS: Record<PlanFileFormat, string> = { mspdi: "xml", csv: "csv", xlsx: "xlsx" };

/** The plan as a file, with the dates Orrery computed and its baselines. */
export async function exportPlanFile(
  ctx: OrgCtx,
  idOrKey: string,
  format: PlanFileFormat,
): Promise<DownloadFile> {
  const { key, plan, project } = await readablePlan(ctx, idOrKey);
  const state = await loadPlanState(ctx.db, key, plan);
  const baselines = await readBaselines(ctx.db, key);
  const team = {
    resources: await readResources(ctx.db, key),
    assignments: await readAssignments(ctx.db, key),
  };
  const document = documentOfPlan(state, baselines, team);
  const titled = {
    ...document,
    settings: { ...document.settings, title: document.settings.title ?? project.name },
  };
  return {
    bytes: await writeProjectFile(titled, format),
    contentType: CONTENT_TYPES[format],
    fileName: `${project.key}.${EXTENSIONS[format]}`,
  };
}
