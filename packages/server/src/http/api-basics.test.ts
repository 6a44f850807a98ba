import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const bearer = () => ({ authorization: `Bearer ${server.admin.token}` });

describe("the HTTP edge", () => {
  it("answers health and readiness", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("tells the bootstrapped admin who they are", async () => {
    const response = await fetch(`${server.url}/api/v1/me`, { headers: bearer() });
    expect(response.status).toBe(200);
    const me = await response.json();
    expect(me).toMatchObject({
      user: { email: server.admin.email, name: "Ada Admin" },
      orgs: [{ slug: "test-organisation", role: "admin" }],
      auth: { kind: "token", scope: "write" },
    });
  });

  it("answers an unknown API route with a problem document", async () => {
    const response = await fetch(`${server.url}/api/v1/nothing-here`, { headers: bearer() });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 404,
      type: "urn:orrery:problem:not-found",
    });
  });

  it("refuses a request without credentials with 401", async () => {
    const response = await fetch(`${server.url}/api/v1/me`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ type: "urn:orrery:problem:unauthenticated" });
  });

  it("serves a 503 page while the web app is not built", async () => {
    const response = await fetch(`${server.url}/projects/ERP`);
    expect([200, 503]).toContain(response.status);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
