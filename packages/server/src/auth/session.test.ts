import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient } from "../testing/api-client.js";
import { sessionCookieOf } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function signIn(password = server.admin.password) {
  return fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ email: server.admin.email, password }),
  });
}

describe("sessions (better-auth)", () => {
  it("signs in with e-mail and password into an httpOnly SameSite cookie", async () => {
    const response = await signIn();
    expect(response.status).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith("orrery.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await apiClient(server.url, { cookie: sessionCookieOf(response.headers) }).get(
      "/api/v1/me",
    );
    expect(me.body).toMatchObject({ auth: { kind: "session", scope: "write" } });
  });

  it("answers a wrong password with a 401 problem", async () => {
    const response = await signIn("not the password");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      status: 401,
      type: "urn:orrery:problem:unauthenticated",
    });
  });

  it("refuses changes made with the cookie from another site", async () => {
    const cookie = sessionCookieOf((await signIn()).headers);
    const foreign = apiClient(server.url, { cookie, origin: "https://evil.example" });
    const refused = await foreign.post("/api/v1/orgs", { name: "Evil" });
    expect(refused.status).toBe(403);
    const noOrigin = await fetch(`${server.url}/api/v1/orgs`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ name: "No origin" }),
    });
    expect(noOrigin.status).toBe(403);
    const own = await apiClient(server.url, { cookie }).post("/api/v1/orgs", { name: "Own" });
    expect(own.status).toBe(201);
  });

  it("refuses a text/plain body, the kind a cross-site form can send", async () => {
    const response = await fetch(`${server.url}/api/v1/orgs`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.admin.token}`, "content-type": "text/plain" },
      body: '{"name":"x"}',
    });
    expect(response.status).toBe(415);
  });

  it("ends the session on sign-out", async () => {
    const cookie = sessionCookieOf((await signIn()).headers);
    const out = await fetch(`${server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie, origin: server.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    expect((await apiClient(server.url, { cookie }).get("/api/v1/me")).status).toBe(401);
  });

  it("changes the password through better-auth's endpoint", async () => {
    const cookie = sessionCookieOf((await signIn()).headers);
    const change = await fetch(`${server.url}/api/auth/change-password`, {
      method: "POST",
      headers: { cookie, origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({
        currentPassword: server.admin.password,
        newPassword: "a whole new password",
      }),
    });
    expect(change.status).toBe(200);
    expect((await signIn("a whole new password")).status).toBe(200);
    const back = await fetch(`${server.url}/api/auth/change-password`, {
      method: "POST",
      headers: {
        cookie: sessionCookieOf((await signIn("a whole new password")).headers),
        origin: server.url,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        currentPassword: "a whole new password",
        newPassword: server.admin.password,
      }),
    });
    expect(back.status).toBe(200);
  });
});

describe("the sign-in rate limit", () => {
  it("answers 429 with Retry-After after five attempts a minute", async () => {
    const own = await startTestServer({ env: { ORRERY_SIGN_IN_RATE_LIMIT: "5" } });
    try {
      const attempt = () =>
        fetch(`${own.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: own.url },
          body: JSON.stringify({ email: own.admin.email, password: "wrong password!" }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ type: "urn:orrery:problem:rate-limited" });
    } finally {
      await own.close();
    }
  });
});
