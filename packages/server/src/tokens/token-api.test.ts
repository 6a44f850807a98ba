import { Page } from "@orrery/contracts/common";
import { ApiToken, TokenCreated } from "@orrery/contracts/tokens";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { queryRows } from "../store/raw-query.js";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = apiClient(server.url, { token: server.admin.token });
});
afterAll(async () => {
  await server?.close();
});

async function newToken(body: object) {
  const response = await admin.post("/api/v1/tokens", body);
  expect(response.status).toBe(201);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return TokenCreated.parse(response.body);
}

describe("API tokens", () => {
  it("shows the secret once and lists only its prefix", async () => {
    const { token, secret } = await newToken({ name: "CI" });
    expect(secret).toMatch(/^orr_[\w-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const list = Page(ApiToken).parse((await admin.get("/api/v1/tokens")).body);
    expect(list.items.map((t) => t.name)).toContain("CI");
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it("stores only a SHA-256 of the secret", async () => {
    const { secret } = await newToken({ name: "Hashed" });
    const { store } = await server.server.ready;
    const rows = await queryRows(
      store.db,
      sql`select token_hash, prefix from api_token`,
      z.object({ token_hash: z.string(), prefix: z.string() }),
    );
    expect(rows.some((r) => r.token_hash.includes(secret) || secret.includes(r.token_hash))).toBe(
      false,
    );
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it("lets a read-only token read but refuses it every change with 403", async () => {
    const { secret } = await newToken({ name: "Reader", scope: "read" });
    const reader = apiClient(server.url, { token: secret });
    const projects = `/api/v1/orgs/${server.org.slug}/projects`;
    expect((await reader.get(projects)).status).toBe(200);
    const refused = await reader.post(projects, { key: "RO", name: "Read only" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ detail: expect.stringContaining("read-only") });
    expect((await reader.post("/api/v1/tokens", { name: "escalate" })).status).toBe(403);
    expect((await reader.get("/api/v1/me")).body).toMatchObject({
      auth: { kind: "token", scope: "read" },
    });
  });

  it("stops working once revoked", async () => {
    const { token, secret } = await newToken({ name: "Short-lived" });
    const client = apiClient(server.url, { token: secret });
    expect((await client.get("/api/v1/me")).status).toBe(200);
    expect((await admin.delete(`/api/v1/tokens/${token.id}`)).status).toBe(204);
    expect((await client.get("/api/v1/me")).status).toBe(401);
    expect((await admin.delete(`/api/v1/tokens/${token.id}`)).status).toBe(404);
  });

  it("stops working once expired", async () => {
    const { token, secret } = await newToken({ name: "Expiring", expiresInDays: 1 });
    expect(token.expiresAt).not.toBeNull();
    const { store } = await server.server.ready;
    await store.db.execute(
      sql`update api_token set expires_at = now() - interval '1 second' where id = ${token.id}`,
    );
    expect((await apiClient(server.url, { token: secret }).get("/api/v1/me")).status).toBe(401);
  });

  it("records when a token was last used", async () => {
    const { token, secret } = await newToken({ name: "Used" });
    await apiClient(server.url, { token: secret }).get("/api/v1/me");
    await expect
      .poll(async () => {
        const list = Page(ApiToken).parse((await admin.get("/api/v1/tokens?limit=500")).body);
        return list.items.find((t) => t.id === token.id)?.lastUsedAt ?? null;
      })
      .not.toBeNull();
  });

  it("answers a malformed Authorization header with 401, not a lookup", async () => {
    for (const header of [
      "Bearer",
      "Basic abc",
      "Bearer not-ours",
      `Bearer ${"orr_".padEnd(300, "x")}`,
    ]) {
      const response = await fetch(`${server.url}/api/v1/me`, {
        headers: { authorization: header },
      });
      expect(response.status, header).toBe(401);
    }
  });
});
