import { PassThrough } from "node:stream";
import { TokenCreated } from "@orrery/contracts/tokens";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readConfig } from "../config.js";
import { type RunningServer, startServer } from "../server.js";
import { apiClient } from "../testing/api-client.js";
import { sessionCookieOf } from "../testing/test-people.js";
import { freePort, startTestServer, type TestServer } from "../testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${server.admin.token}`,
      "content-type": "application/json",
      ...headers,
    },
    body,
  });
}

describe("problems at the HTTP edge", () => {
  it("answers malformed JSON with 400", async () => {
    const response = await post(`/api/v1/orgs/${server.org.slug}/projects`, '{"key": "ERP",');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: "urn:orrery:problem:malformed-request",
      detail: "the body is not valid JSON",
    });
  });

  it("answers a body over 1 MiB with 413", async () => {
    const response = await post(
      `/api/v1/orgs/${server.org.slug}/projects`,
      JSON.stringify({ description: "x".repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("answers a bad query string with 422 naming the parameter", async () => {
    const response = await fetch(
      `${server.url}/api/v1/orgs/${server.org.slug}/projects?limit=0&sort=colour`,
      {
        headers: { authorization: `Bearer ${server.admin.token}` },
      },
    );
    expect(response.status).toBe(422);
    const body = z
      .object({ errors: z.array(z.object({ path: z.string() })) })
      .parse(await response.json());
    expect(body.errors.map((e) => e.path).sort()).toEqual(["limit", "sort"]);
  });

  it("carries the caller's request id, or a new one, on every answer", async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "trace-42" } });
    expect(given.headers.get("x-request-id")).toBe("trace-42");
    const made = await fetch(`${server.url}/healthz`, {
      headers: { "x-request-id": "bad id with spaces" },
    });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("publishes an OpenAPI 3.1 document with the shared schemas", async () => {
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = z
      .object({
        openapi: z.string(),
        paths: z.record(z.string(), z.unknown()),
        components: z.object({ schemas: z.record(z.string(), z.unknown()) }),
      })
      .parse(await response.json());
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/orgs/{org}/projects/{id}", "/api/v1/tokens"]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["Project", "ProjectCreate", "Problem", "Money"]),
    );
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
  });
});

describe("the API rate limit", () => {
  it("answers 429 with Retry-After once a caller exceeds it", async () => {
    const limited = await startTestServer({ env: { ORRERY_API_RATE_LIMIT: "5" } });
    try {
      const client = apiClient(limited.url, { token: limited.admin.token });
      // The test server already spent one request finding its organisation.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await client.get("/api/v1/me")).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      const response = await client.get("/api/v1/me");
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(response.body).toMatchObject({ type: "urn:orrery:problem:rate-limited" });
    } finally {
      await limited.close();
    }
  });
});

describe("logs", () => {
  let logged = "";
  let noisy: RunningServer;
  let url: string;
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => {
      logged += chunk.toString();
    });
    const port = await freePort();
    const dir = server.config.store.kind === "pglite" ? `${server.config.store.dataDir}-noisy` : "";
    noisy = await startServer(
      readConfig(
        {
          ORRERY_HOST: "127.0.0.1",
          ORRERY_PORT: String(port),
          ORRERY_DATA_DIR: dir,
          ORRERY_LOG_LEVEL: "trace",
          ORRERY_ADMIN_EMAIL: "logs@example.test",
          ORRERY_ADMIN_PASSWORD: "the admin password",
          ORRERY_BOOTSTRAP_TOKEN: `orr_${"s".repeat(40)}`,
        },
        process.cwd(),
      ),
      { logStream: stream },
    );
    const state = await noisy.ready;
    expect(state.setupUrl).toBeNull();
    url = noisy.url;
  });
  afterAll(async () => {
    await noisy?.close();
  });

  it("never contain tokens, passwords, cookies or link secrets", async () => {
    const token = `orr_${"s".repeat(40)}`;
    const admin = apiClient(url, { token });
    const created = TokenCreated.parse(
      (await admin.post("/api/v1/tokens", { name: "logged?" })).body,
    );
    await apiClient(url, { token: created.secret }).get("/api/v1/me?token=also-secret");
    const signIn = await fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: url },
      body: JSON.stringify({ email: "logs@example.test", password: "the admin password" }),
    });
    const cookie = sessionCookieOf(signIn.headers);
    await apiClient(url, { cookie }).get("/api/v1/me");
    await fetch(`${url}/setup?token=page-link-secret`);
    const members = await admin.post("/api/v1/orgs/my-organisation/members", {
      email: "new@example.test",
      role: "team_member",
    });
    const { inviteUrl } = z.object({ inviteUrl: z.string() }).parse(members.body);
    const invite = new URL(inviteUrl).searchParams.get("token") ?? "";

    expect(logged).toContain("incoming request");
    for (const secret of [
      token,
      created.secret,
      "the admin password",
      cookie.split("=")[1] ?? "",
      "also-secret",
      "page-link-secret",
      invite,
    ]) {
      expect(secret.length).toBeGreaterThan(5);
      expect(logged).not.toContain(secret);
    }
  });
});
