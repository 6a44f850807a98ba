import {
  Certification,
  CertificationCreate,
  CertificationListQuery,
  CertificationUpdate,
} from "@orrery/contracts/certifications";
import { Page } from "@orrery/contracts/common";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { NoContent, OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  createCertification,
  deleteCertification,
  listCertifications,
  updateCertification,
} from "./certification-service.js";

const RecordParams = OrgParams.extend({ id: z.string().describe("The record's id") });
const tags = ["certifications"];

/** Certifications and training under /certifications. */
export function certificationRoutes(app: ApiApp, runtime: Runtime): void {
  const list = "/api/v1/orgs/:org/certifications";
  app.get(
    list,
    {
      config: { policy: "certification.read" },
      schema: {
        tags,
        summary:
          "Certifications and training, soonest expiry first: everyone's for the PMO, otherwise my own",
        params: OrgParams,
        querystring: CertificationListQuery,
        response: { 200: Page(Certification), ...problemResponses },
      },
    },
    async (request) => listCertifications(orgCtx(request, runtime), request.query),
  );
  app.post(
    list,
    {
      config: { policy: "certification.record" },
      schema: {
        tags,
        summary: "Record a certification or training (my own, or a member's with the right)",
        params: OrgParams,
        body: CertificationCreate,
        response: { 201: Certification, ...problemResponses },
      },
    },
    async (request, reply) => {
      const created = await createCertification(orgCtx(request, runtime), request.body);
      setETag(reply, created.version);
      return reply.code(201).send(created);
    },
  );
  app.patch(
    `${list}/:id`,
    {
      config: { policy: "certification.record" },
      schema: {
        tags,
        summary: "Edit a record (honours If-Match)",
        params: RecordParams,
        body: CertificationUpdate,
        response: { 200: Certification, ...problemResponses },
      },
    },
    async (request, reply) => {
      const updated = await updateCertification(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
        expectedVersion(request),
      );
      setETag(reply, updated.version);
      return updated;
    },
  );
  app.delete(
    `${list}/:id`,
    {
      config: { policy: "certification.record" },
      schema: {
        tags,
        summary: "Delete a record (honours If-Match)",
        params: RecordParams,
        response: { 204: NoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteCertification(
        orgCtx(request, runtime),
        request.params.id,
        expectedVersion(request),
      );
      return reply.code(204).send();
    },
  );
}
