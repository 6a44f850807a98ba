import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Page } from "@orrery/contracts/common";
import { Org } from "@orrery/contracts/orgs";
import { type Config, readConfig } from "../config.js";
import { type RunningServer, startServer } from "../server.js";
import { createTestDatabase } from "./test-database.js";

export interface TestServerOptions {
  /**
   * `pglite` (default): a fresh embedded store in a temp folder. `postgres`: a fresh database
   * beside `ORRERY_TEST_DATABASE_URL` (or `postgresUrl`), dropped on close.
   */
  readonly database?: "pglite" | "postgres";
  readonly postgresUrl?: string;
  /** Extra ORRERY_* variables, e.g. `{ ORRERY_API_RATE_LIMIT: "60" }`. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>`: the API is under `/api/v1`, the web app at `/`. */
  readonly url: string;
  readonly org: { readonly id: string; readonly slug: string; readonly name: string };
  /** The bootstrapped admin: sign in with email/password, or send `Bearer <token>`. */
  readonly admin: { readonly email: string; readonly password: string; readonly token: string };
  readonly config: Config;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/**
 * A real Orrery server in this process on a free 127.0.0.1 port, with an admin, an
 * organisation and an API token already made, for the web and CLI tests.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const port = await freePort();
  const password = `pw-${randomBytes(12).toString("hex")}`;
  const token = `orr_${randomBytes(32).toString("base64url")}`;
  const email = "admin@example.test";
  const cleanups: (() => Promise<void> | void)[] = [];
  const env: Record<string, string> = {
    ORRERY_HOST: "127.0.0.1",
    ORRERY_PORT: String(port),
    ORRERY_ADMIN_EMAIL: email,
    ORRERY_ADMIN_PASSWORD: password,
    ORRERY_ADMIN_NAME: "Ada Admin",
    ORRERY_ORG_NAME: "Test Organisation",
    ORRERY_BOOTSTRAP_TOKEN: token,
    ORRERY_LOG_LEVEL: "silent",
    ORRERY_API_RATE_LIMIT: "0",
    // Browser tests sign in often from one address; the limit itself is tested on its own.
    ORRERY_SIGN_IN_RATE_LIMIT: "60",
    ...options.env,
  };
  if (options.database === "postgres") {
    const base = options.postgresUrl ?? process.env.ORRERY_TEST_DATABASE_URL;
    if (!base) throw new Error("a postgres test server needs ORRERY_TEST_DATABASE_URL");
    const database = await createTestDatabase(base);
    cleanups.push(() => database.drop());
    env.DATABASE_URL = database.url;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "orrery-test-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    env.ORRERY_DATA_DIR = join(dir, "data");
  }
  const runCleanups = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const config = readConfig(env, process.cwd());
    const server = await startServer(config);
    cleanups.push(() => server.close());
    await server.ready;
    const org = await firstOrg(server.url, token);
    return {
      url: server.url,
      org,
      admin: { email, password, token },
      config,
      server,
      close: runCleanups,
    };
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

async function firstOrg(url: string, token: string) {
  const response = await fetch(`${url}/api/v1/orgs`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const first = Page(Org).parse(await response.json()).items[0];
  if (!first) throw new Error("the test server has no organisation");
  return { id: first.id, slug: first.slug, name: first.name };
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
