import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readConfig } from "../config.js";
import { type RunningServer, startServer } from "../server.js";
import { queryRows } from "../store/raw-query.js";
import { apiClient } from "../testing/api-client.js";
import { createTestDatabase } from "../testing/test-database.js";
import { sessionCookieOf } from "../testing/test-people.js";
import { freePort } from "../testing/test-server.js";

const quiet = { ORRERY_HOST: "127.0.0.1", ORRERY_LOG_LEVEL: "silent" };

describe("first start without an admin", () => {
  let dir: string;
  let server: RunningServer;
  let setupUrl: string | null;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "orrery-setup-"));
    const port = await freePort();
    server = await startServer(
      readConfig({ ...quiet, ORRERY_PORT: String(port), ORRERY_DATA_DIR: join(dir, "data") }, dir),
    );
    setupUrl = (await server.ready).setupUrl;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("offers a one-time setup link and reports setup as needed", async () => {
    expect(setupUrl).toMatch(/^http:\/\/localhost:\d+\/setup\?token=[\w-]{43}$/);
    expect((await apiClient(server.url).get("/api/v1/setup")).body).toEqual({ needed: true });
  });

  it("refuses an unknown setup link", async () => {
    const response = await apiClient(server.url).post("/api/v1/setup", {
      token: "not-the-token",
      name: "Eve",
      email: "eve@example.test",
      password: "long enough password",
      orgName: "Eve Corp",
    });
    expect(response.status).toBe(404);
  });

  it("creates the first admin and organisation once, and signs them in", async () => {
    const token = new URL(setupUrl ?? "").searchParams.get("token");
    const form = {
      token,
      name: "Ada",
      email: "ada@example.test",
      password: "long enough password",
      orgName: "Analytical Engines",
    };
    const response = await fetch(`${server.url}/api/v1/setup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(form),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      org: { slug: "analytical-engines", role: "admin" },
    });
    const me = await apiClient(server.url, { cookie: sessionCookieOf(response.headers) }).get(
      "/api/v1/me",
    );
    expect(me.body).toMatchObject({
      user: { email: "ada@example.test" },
      orgs: [{ role: "admin" }],
    });
    expect((await apiClient(server.url).get("/api/v1/setup")).body).toEqual({ needed: false });
    expect((await apiClient(server.url).post("/api/v1/setup", form)).status).toBe(409);
  });
});

const baseUrl = process.env.ORRERY_TEST_DATABASE_URL;

describe.runIf(baseUrl)("several nodes starting together on an empty PostgreSQL", () => {
  it("migrate it and create the first admin exactly once", async () => {
    const database = await createTestDatabase(baseUrl ?? "");
    const token = `orr_${"b".repeat(40)}`;
    const env = {
      ...quiet,
      DATABASE_URL: database.url,
      ORRERY_ADMIN_EMAIL: "root@example.test",
      ORRERY_ADMIN_PASSWORD: "long enough password",
      ORRERY_BOOTSTRAP_TOKEN: token,
    };
    const servers = await Promise.all(
      [0, 1, 2].map(async () =>
        startServer(readConfig({ ...env, ORRERY_PORT: String(await freePort()) }, process.cwd())),
      ),
    );
    try {
      const states = await Promise.all(servers.map((s) => s.ready));
      expect(states.filter((s) => s.migrationsApplied.length > 0)).toHaveLength(1);
      const first = states[0];
      if (!first) throw new Error("no server started");
      const counts = await queryRows(
        first.store.db,
        sql`select (select count(*) from "user")::int as users, (select count(*) from org)::int as orgs, (select count(*) from api_token)::int as tokens`,
        z.object({ users: z.number(), orgs: z.number(), tokens: z.number() }),
      );
      expect(counts).toEqual([{ users: 1, orgs: 1, tokens: 1 }]);
      for (const s of servers) {
        const me = await apiClient(s.url, { token }).get("/api/v1/me");
        expect(me.status).toBe(200);
      }
    } finally {
      await Promise.all(servers.map((s) => s.close()));
      await database.drop();
    }
  });
});
