import { Problem } from "@orrery/contracts/common";
import { z } from "zod";

/** Every error of every route is a problem document; listed once for the OpenAPI page. */
export const problemResponses = {
  "4XX": Problem.describe("Problem details (RFC 9457), `application/problem+json`"),
  "5XX": Problem.describe("Problem details (RFC 9457), `application/problem+json`"),
};

export const NoContent = z.undefined().describe("Done; no body");

export const OrgParams = z.object({ org: z.string().describe("The organisation's slug") });
export const ProjectParams = OrgParams.extend({
  id: z.string().describe("The project's id or its key (e.g. ERP)"),
});
export const MemberParams = OrgParams.extend({ userId: z.string() });
export const ProjectMemberParams = ProjectParams.extend({ userId: z.string() });
