import { PROBLEM_TYPE_PREFIX, type ProblemCode } from "@orrery/contracts/common";
import { describe, expect, it } from "vitest";
import { apiErrorFromResponse } from "./api-error.js";

function problem(code: ProblemCode, status: number, extra: Record<string, unknown> = {}) {
  return { type: `${PROBLEM_TYPE_PREFIX}${code}`, title: "Title", status, ...extra };
}

describe("apiErrorFromResponse", () => {
  it("names each invalid field on one line (exit 2)", () => {
    const error = apiErrorFromResponse(
      422,
      problem("invalid", 422, {
        detail: "the body is invalid",
        errors: [
          { path: "plannedFinish", message: "must not be before the planned start" },
          { path: "budget.currency", message: "must be a three-letter ISO 4217 code such as EUR" },
        ],
      }),
      "POST /api/v1/orgs/acme/projects",
    );
    expect(error.message).toBe(
      "plannedFinish: must not be before the planned start; budget.currency: must be a three-letter ISO 4217 code such as EUR",
    );
    expect(error).toMatchObject({ exitCode: 2, status: 422, code: "invalid" });
  });

  it.each<[ProblemCode, number, 1 | 2]>([
    ["malformed-request", 400, 2],
    ["unauthenticated", 401, 1],
    ["forbidden", 403, 1],
    ["not-found", 404, 2],
    ["conflict", 409, 2],
    ["stale-write", 412, 1],
    ["payload-too-large", 413, 2],
    ["unsupported-media-type", 415, 1],
    ["invalid", 422, 2],
    ["rate-limited", 429, 1],
    ["internal", 500, 1],
    ["unavailable", 503, 1],
  ])("maps %s (%i) to exit %i", (code, status, exitCode) => {
    expect(
      apiErrorFromResponse(status, problem(code, status, { detail: "why" }), "GET /x"),
    ).toMatchObject({
      exitCode,
      status,
      code,
    });
  });

  it("uses the server's detail, flattened to one printable line", () => {
    const error = apiErrorFromResponse(
      403,
      problem("forbidden", 403, { detail: "as Team member\nyou may not:\u001b[31m delete" }),
      "DELETE /x",
    );
    expect(error.message).toBe("as Team member you may not: [31m delete");
  });

  it("points at the token when the server refuses it", () => {
    const error = apiErrorFromResponse(
      401,
      problem("unauthenticated", 401, { detail: "the API token is unknown, revoked or expired" }),
      "GET /api/v1/orgs",
    );
    expect(error.message).toBe(
      "the API token is unknown, revoked or expired (check ORRERY_TOKEN or --token)",
    );
  });

  it("says so when the answer is not an Orrery problem (another server at that address)", () => {
    const notFound = apiErrorFromResponse(404, "<html>Not Found</html>", "GET /api/v1/orgs");
    expect(notFound).toMatchObject({
      exitCode: 2,
      code: null,
      message: "the server answered 404 to GET /api/v1/orgs; is the address an Orrery server?",
    });
    expect(apiErrorFromResponse(502, undefined, "GET /api/v1/orgs").exitCode).toBe(1);
    expect(apiErrorFromResponse(401, { message: "no" }, "GET /api/v1/orgs").exitCode).toBe(1);
  });
});
