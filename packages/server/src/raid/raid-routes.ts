import { Page } from "@orrery/contracts/common";
import {
  OrgRaidExportQuery,
  OrgRaidListQuery,
  RaidBulkResult,
  RaidBulkUpdate,
  RaidExportQuery,
  RaidItem,
  RaidItemCreate,
  RaidItemUpdate,
  RaidListQuery,
  RiskHeatMap,
} from "@orrery/contracts/raid";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { sendDownload } from "../http/download.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { bulkUpdateOrgRaid, bulkUpdateProjectRaid } from "./raid-bulk-service.js";
import { exportOrgRaid, exportProjectRaid } from "./raid-export-service.js";
import { orgHeatMap, projectHeatMap } from "./raid-heatmap-service.js";
import {
  createRaidItem,
  deleteRaidItem,
  getRaidItem,
  listOrgRaid,
  listProjectRaid,
  updateRaidItem,
} from "./raid-service.js";

const ItemParams = ProjectParams.extend({ itemId: z.string().describe("The RAID item's id") });
const OrgHeatMapQuery = z.object({ projectId: z.uuid().optional() });
const tags = ["raid"];

/** The RAID log: per project under projects/{id}/raid, and across projects under /raid. */
export function raidRoutes(app: ApiApp, runtime: Runtime): void {
  const project = "/api/v1/orgs/:org/projects/:id/raid";
  const org = "/api/v1/orgs/:org/raid";

  app.get(
    project,
    {
      config: { policy: "raid.read" },
      schema: {
        tags,
        summary: "A project's RAID items, filtered by type, status, owner or text, and sorted",
        params: ProjectParams,
        querystring: RaidListQuery,
        response: { 200: Page(RaidItem), ...problemResponses },
      },
    },
    async (request) => listProjectRaid(orgCtx(request, runtime), request.params.id, request.query),
  );

  app.post(
    project,
    {
      config: { policy: "raid.edit" },
      schema: {
        tags,
        summary: "Record a risk, issue, assumption, dependency, decision or action",
        params: ProjectParams,
        body: RaidItemCreate,
        response: { 201: RaidItem, ...problemResponses },
      },
    },
    async (request, reply) => {
      const item = await createRaidItem(orgCtx(request, runtime), request.params.id, request.body);
      setETag(reply, item.version);
      return reply
        .code(201)
        .header(
          "location",
          `/api/v1/orgs/${request.params.org}/projects/${item.project.id}/raid/${item.id}`,
        )
        .send(item);
    },
  );

  app.post(
    `${project}::bulk`,
    {
      config: { policy: "raid.edit" },
      schema: {
        tags,
        summary:
          "Set owner, status, category or due date on many items, or mark them reviewed; all or nothing (412 naming the items changed since their version)",
        params: ProjectParams,
        body: RaidBulkUpdate,
        response: { 200: RaidBulkResult, ...problemResponses },
      },
    },
    async (request) =>
      bulkUpdateProjectRaid(orgCtx(request, runtime), request.params.id, request.body),
  );

  app.get(
    `${project}/heatmap`,
    {
      config: { policy: "raid.read" },
      schema: {
        tags,
        summary: "Open threats of the project counted on the 5×5 probability × impact matrix",
        params: ProjectParams,
        response: { 200: RiskHeatMap, ...problemResponses },
      },
    },
    async (request) => projectHeatMap(orgCtx(request, runtime), request.params.id),
  );

  app.get(
    `${project}/export`,
    {
      config: { policy: "raid.read" },
      schema: {
        tags,
        summary: "The project's RAID log as CSV or XLSX, with the list's filters and sort",
        params: ProjectParams,
        querystring: RaidExportQuery,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      sendDownload(
        reply,
        await exportProjectRaid(orgCtx(request, runtime), request.params.id, request.query),
      ),
  );

  app.get(
    `${project}/:itemId`,
    {
      config: { policy: "raid.read" },
      schema: {
        tags,
        summary: "One RAID item",
        params: ItemParams,
        response: { 200: RaidItem, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params;
      const item = await getRaidItem(orgCtx(request, runtime), id, itemId);
      setETag(reply, item.version);
      return item;
    },
  );

  app.patch(
    `${project}/:itemId`,
    {
      config: { policy: "raid.edit" },
      schema: {
        tags,
        summary:
          "Change a RAID item; every edit counts as a review, and an empty body `{}` only marks it reviewed (honours If-Match; 412 when stale)",
        params: ItemParams,
        body: RaidItemUpdate,
        response: { 200: RaidItem, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params;
      const item = await updateRaidItem(
        orgCtx(request, runtime),
        id,
        itemId,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, item.version);
      return item;
    },
  );

  app.delete(
    `${project}/:itemId`,
    {
      config: { policy: "raid.edit" },
      schema: {
        tags,
        summary: "Delete a RAID item for good (honours If-Match)",
        params: ItemParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, itemId } = request.params;
      await deleteRaidItem(orgCtx(request, runtime), id, itemId, expectedVersion(request));
      return reply.code(204).send();
    },
  );

  app.get(
    org,
    {
      config: { policy: "raid.list" },
      schema: {
        tags,
        summary: "RAID items across every project I may read (the PMO's view), filtered and sorted",
        params: OrgParams,
        querystring: OrgRaidListQuery,
        response: { 200: Page(RaidItem), ...problemResponses },
      },
    },
    async (request) => listOrgRaid(orgCtx(request, runtime), request.query),
  );

  app.post(
    `${org}::bulk`,
    {
      config: { policy: "raid.edit" },
      schema: {
        tags,
        summary:
          "The same bulk edit across projects (the PMO's view); every item's project must let me edit its RAID log",
        params: OrgParams,
        body: RaidBulkUpdate,
        response: { 200: RaidBulkResult, ...problemResponses },
      },
    },
    async (request) => bulkUpdateOrgRaid(orgCtx(request, runtime), request.body),
  );

  app.get(
    `${org}/heatmap`,
    {
      config: { policy: "raid.list" },
      schema: {
        tags,
        summary: "Open threats of every project I may read, on the 5×5 matrix",
        params: OrgParams,
        querystring: OrgHeatMapQuery,
        response: { 200: RiskHeatMap, ...problemResponses },
      },
    },
    async (request) => orgHeatMap(orgCtx(request, runtime), request.query.projectId),
  );

  app.get(
    `${org}/export`,
    {
      config: { policy: "raid.list" },
      schema: {
        tags,
        summary: "RAID items across the projects I may read, as CSV or XLSX",
        params: OrgParams,
        querystring: OrgRaidExportQuery,
        response: problemResponses,
      },
    },
    async (request, reply) =>
      sendDownload(reply, await exportOrgRaid(orgCtx(request, runtime), request.query)),
  );
}
