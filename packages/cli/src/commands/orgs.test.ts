// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { Org } from "@orrery/contracts/orgs";
import { startTestServer, type TestServer } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { expectOneLineError, jsonOf, projectKeysOf } from "../testing/cli-expectations.js";
import { type CliRun, runCli } from "../testing/cli-process.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function orrery(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli(args, { ORRERY_URL: server.url, ORRERY_TOKEN: server.admin.token, ...env });
}

describe("orrery orgs and the choice of organisation", { timeout: 120_000 }, () => {
  it("lists the caller's organisations with their role, as a table and as JSON", async () => {
    const [table, json] = await Promise.all([
      orrery(["orgs", "list"]),
      orrery(["orgs", "list", "--json"]),
    ]);
    expect(table).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Slug               Name               Your role",
        "test-organisation  Test Organisation  Administrator",
        "",
      ].join("\n"),
    });
    expect(z.array(Org).parse(jsonOf(json))).toEqual([
      expect.objectContaining({ slug: server.org.slug, name: server.org.name, role: "admin" }),
    ]);
  });

  it("acts in the caller's only organisation when none is chosen", async () => {
    const created = await orrery(["projects", "create", "--key", "ONE", "--name", "Only org"]);
    expect(created.code).toBe(0);
    expect(projectKeysOf(await orrery(["projects", "list", "--json"]))).toEqual(["ONE"]);
  });

  it("asks for a choice among several organisations (exit 2, listing the slugs)", async () => {
    const response = await fetch(`${server.url}/api/v1/orgs`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.admin.token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "Beta Org", slug: "beta" }),
    });
    expect(response.status).toBe(201);

    const unchosen = await orrery(["projects", "list"]);
    expectOneLineError(
      unchosen,
      2,
      /^orrery: you belong to several organisations; choose one with --org or ORRERY_ORG: (beta, test-organisation|test-organisation, beta)\n$/,
    );

    const created = await orrery([
      "--org",
      "beta",
      "projects",
      "create",
      "--key",
      "BETA",
      "--name",
      "B",
    ]);
    expect(created.code).toBe(0);
    const [byFlagAfter, byEnv, other] = await Promise.all([
      orrery(["projects", "list", "--json", "--org", "beta"]),
      orrery(["projects", "list", "--json"], { ORRERY_ORG: "beta" }),
      orrery(["projects", "list", "--json", "--org", server.org.slug], { ORRERY_ORG: "beta" }),
    ]);
    expect(projectKeysOf(byFlagAfter)).toEqual(["BETA"]);
    expect(projectKeysOf(byEnv)).toEqual(["BETA"]);
    expect(projectKeysOf(other)).toEqual(["ONE"]);
  });

  it("refuses an organisation the caller does not belong to, or a malformed slug (exit 2)", async () => {
    const [unknown, malformed] = await Promise.all([
      orrery(["projects", "list", "--org", "nope"]),
      orrery(["projects", "list"], { ORRERY_ORG: "Not A Slug!" }),
    ]);
    expectOneLineError(unknown, 2, 'no organisation "nope" here');
    expectOneLineError(
      malformed,
      2,
      "ORRERY_ORG: must be 1–40 lowercase letters, digits or dashes",
    );
  });
});
