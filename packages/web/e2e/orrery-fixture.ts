import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OrgRole } from "@orrery/contracts/roles";
import { readConfig } from "@orrery/server/config";
import { startServer } from "@orrery/server/server";
import { createPerson, type TestPerson } from "@orrery/server/testing/test-people";
import {
  freePort,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from "@orrery/server/testing/test-server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { type ContextOptions, launchBrowser, newContext, signIn } from "./browser.js";
import { ApiAsAdmin } from "./seed-data.js";

/** One real server and one browser for a test file; each simulated person gets their own context. */
export interface Orrery {
  readonly server: TestServer;
  readonly browser: Browser;
  /** The bootstrapped administrator's API token, for setting the scene without clicking. */
  readonly api: ApiAsAdmin;
  readonly org: string;
  close(): Promise<void>;
}

export async function startOrrery(options: TestServerOptions = {}): Promise<Orrery> {
  const [server, browser] = await Promise.all([startTestServer(options), launchBrowser()]);
  return {
    server,
    browser,
    api: new ApiAsAdmin(server.url, server.admin.token),
    org: server.org.slug,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A browser profile signed in as the administrator, through the sign-in form. */
export async function adminBrowser(
  orrery: Orrery,
  options: Omit<ContextOptions, "baseURL"> = {},
): Promise<Person> {
  const context = await newContext(orrery.browser, { ...options, baseURL: orrery.server.url });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await signIn(page, orrery.server.admin.email, orrery.server.admin.password);
  return { context, page };
}

/** A new member of the organisation with this role, signed in in a browser profile of their own. */
export async function personBrowser(
  orrery: Orrery,
  role: OrgRole,
  name: string,
): Promise<Person & { readonly person: TestPerson }> {
  const person = await createPerson(orrery.server.url, orrery.server.admin.token, orrery.org, {
    role,
    name,
  });
  const context = await newContext(orrery.browser, { baseURL: orrery.server.url });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  return { person, context, page };
}

/** A server on an empty store: nobody has an account, and the console shows a setup link. */
export interface FreshServer {
  readonly url: string;
  /** Path and query of the one-time setup link (`/setup?token=…`). */
  readonly setupPath: string;
  close(): Promise<void>;
}

export async function startFreshServer(): Promise<FreshServer> {
  const dir = mkdtempSync(join(tmpdir(), "orrery-web-fresh-"));
  const port = await freePort();
  const config = readConfig(
    {
      ORRERY_HOST: "127.0.0.1",
      ORRERY_PORT: String(port),
      ORRERY_DATA_DIR: join(dir, "data"),
      ORRERY_LOG_LEVEL: "silent",
      ORRERY_API_RATE_LIMIT: "0",
      ORRERY_SIGN_IN_RATE_LIMIT: "60",
    },
    process.cwd(),
  );
  const server = await startServer(config);
  try {
    const { setupUrl } = await server.ready;
    if (!setupUrl) throw new Error("a fresh store printed no setup link");
    const link = new URL(setupUrl);
    return {
      url: server.url,
      setupPath: `${link.pathname}${link.search}`,
      async close() {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
