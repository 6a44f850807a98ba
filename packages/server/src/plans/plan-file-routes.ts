import multipart from "@fastify/multipart";
import { ExportQuery, ImportQuery, ImportResult } from "@orrery/contracts/plans";
import { Invalid } from "@orrery/core/errors/domain-error";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ApiApp } from "../http/api-app.js";
import { sendDownload } from "../http/download.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { exportPlanFile, importPlanFile } from "./plan-file-service.js";

/** The largest project file taken: MS Project XML of tens of thousands of tasks fits. */
export const IMPORT_FILE_LIMIT_BYTES = 64 * 1024 * 1024;

export async function planFileRoutes(app: ApiApp, runtime: Runtime): Promise<void> {
  const base = "/api/v1/orgs/:org/projects/:id";

  // Multipart is parsed only here, in this route's own plugin scope.
  await app.register(async (files) => {
    await files.register(multipart, {
      limits: { fileSize: IMPORT_FILE_LIMIT_BYTES, files: 1, fields: 5, parts: 6 },
    });
    const typed = files.withTypeProvider<ZodTypeProvider>();
    typed.post(
      `${base}/import`,
      {
        config: { policy: "plan.edit" },
        schema: {
          tags: ["plans"],
          summary:
            "Import a project file (multipart field `file`: .xml MSPDI, .xer, .csv, .xlsx), replacing the plan; `?dryRun=true` previews and writes nothing",
          params: ProjectParams,
          querystring: ImportQuery,
          response: { 200: ImportResult, ...problemResponses },
        },
      },
      async (request) => {
        const part = request.isMultipart() ? await request.file() : undefined;
        if (part === undefined || part.fieldname !== "file") {
          throw new Invalid([
            {
              path: "file",
              message: "is required: send the project file as multipart field `file`",
            },
          ]);
        }
        const bytes = new Uint8Array(await part.toBuffer());
        return importPlanFile(
          orgCtx(request, runtime),
          request.params.id,
          { name: part.filename || "upload", bytes },
          request.query.dryRun,
        );
      },
    );

    files.get(
      `${base}/export`,
      {
        config: { policy: "plan.read" },
        schema: {
          tags: ["plans"],
          summary: "The plan as a file: MSPDI (.xml), XLSX or CSV, with Orrery's computed dates",
          params: ProjectParams,
          querystring: ExportQuery,
          response: problemResponses,
        },
      },
      async (request, reply) => {
        // This scope has no zod type provider (the reply is bytes, not JSON): the schema has
        // validated params and query; parsing again gives them their types.
        const params = ProjectParams.parse(request.params);
        const query = ExportQuery.parse(request.query);
        const file = await exportPlanFile(orgCtx(request, runtime), params.id, query.format);
        return sendDownload(reply, file);
      },
    );
  });
}
