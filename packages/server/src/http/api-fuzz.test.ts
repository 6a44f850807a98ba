import { Project } from "@orrery/contracts/projects";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../testing/api-client.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

/**
 * Throws generated bodies, query strings and path values at every API route: whatever comes
 * in, the answer is never a 500 and every error is a problem document. Failures print the
 * seed and the shrunk counterexample.
 */

let server: TestServer;
let projectId: string;
let routes: { method: string; url: string }[];

beforeAll(async () => {
  server = await startTestServer();
  const admin = apiClient(server.url, { token: server.admin.token });
  const created = await admin.post(`/api/v1/orgs/${server.org.slug}/projects`, {
    key: "FUZZ",
    name: "Fuzz",
  });
  projectId = Project.parse(created.body).id;
  routes = server.server.routes.filter(
    (r) => r.url.startsWith("/api/v1/") && r.method !== "HEAD" && !r.url.endsWith("/events"),
  );
});
afterAll(async () => {
  await server?.close();
});

const weirdText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "%",
    "_",
    "\\",
    "'; drop table project; --",
    "ERP",
    "a".repeat(600),
  ),
);
const weirdDate = fc.oneof(
  fc.constantFrom("0000-01-01", "2027-02-29", "2028-02-29", "9999-12-31", "2027-13-01", "2027-1-1"),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const weirdValue = fc.oneof(
  weirdText,
  weirdDate,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, Number.MAX_SAFE_INTEGER, 2 ** 63, -1),
  fc.array(weirdText, { maxLength: 25 }),
);
const projectLike = fc.record(
  {
    key: weirdText,
    name: weirdText,
    description: weirdText,
    status: fc.oneof(weirdText, fc.constantFrom("active", "on_hold")),
    methodology: weirdText,
    managerId: fc.oneof(weirdText, fc.constant(null)),
    sponsorId: fc.oneof(weirdText, fc.constant(null)),
    plannedStart: fc.oneof(weirdDate, fc.constant(null)),
    plannedFinish: fc.oneof(weirdDate, fc.constant(null)),
    budget: fc.oneof(fc.record({ amountMinor: weirdValue, currency: weirdText }), weirdValue),
    tags: fc.oneof(fc.array(weirdText, { maxLength: 30 }), weirdValue),
    archived: weirdValue,
    role: fc.oneof(weirdText, fc.constantFrom("admin", "viewer", "manager")),
    email: fc.oneof(weirdText, fc.emailAddress()),
    userId: weirdText,
    token: weirdText,
    password: weirdText,
    scope: weirdText,
    expiresInDays: weirdValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(projectLike, fc.jsonValue(), fc.anything());
const query = fc.dictionary(
  fc.constantFrom(
    "limit",
    "cursor",
    "status",
    "q",
    "sort",
    "archived",
    "managerId",
    "tag",
    "entityId",
    "role",
    "x",
  ),
  fc.oneof(weirdText, fc.integer().map(String)),
);

function fill(url: string, values: { org: string; id: string; userId: string }): string {
  return url
    .replace(":org", encodeURIComponent(values.org))
    .replace(":id", encodeURIComponent(values.id))
    .replace(":userId", encodeURIComponent(values.userId));
}

describe("the API under generated input", () => {
  it("never answers 500, and every error is problem+json", async () => {
    const pathValue = (known: () => string) =>
      fc.oneof(
        fc.constant(null).map(known),
        weirdText.filter((t) => t.length > 0),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.record({
          org: pathValue(() => server.org.slug),
          id: pathValue(() => projectId),
          userId: pathValue(() => "nobody"),
        }),
        body,
        query,
        fc.boolean(),
        async (route, values, payload, params, raw) => {
          const search = new URLSearchParams(params).toString();
          const url = `${server.url}${fill(route.url, values)}${search ? `?${search}` : ""}`;
          const hasBody = route.method !== "GET" && route.method !== "DELETE";
          const response = await fetch(url, {
            method: route.method,
            headers: {
              authorization: `Bearer ${server.admin.token}`,
              ...(hasBody ? { "content-type": "application/json" } : {}),
            },
            body: hasBody
              ? raw
                ? String(JSON.stringify(payload)).slice(0, -1)
                : JSON.stringify(payload ?? null)
              : undefined,
          });
          const text = await response.text();
          expect(
            response.status,
            `${route.method} ${url.slice(0, 300)} → ${text.slice(0, 500)}`,
          ).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get("content-type"), text.slice(0, 500)).toContain(
              "application/problem+json",
            );
            expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
