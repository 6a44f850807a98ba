// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { ApiToken, TokenCreated } from "@orrery/contracts/tokens";
import { startTestServer, type TestServer } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { expectOneLineError, jsonOf } from "../testing/cli-expectations.js";
import { type CliRun, runCli } from "../testing/cli-process.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Runs the CLI with `token` (the admin's by default) for the only organisation. */
function orrery(args: string[], token = server.admin.token): Promise<CliRun> {
  return runCli(args, { ORRERY_URL: server.url, ORRERY_TOKEN: token });
}

describe("orrery tokens", { timeout: 120_000 }, () => {
  let ci: { id: string; secret: string };
  let readOnly: TokenCreated;

  it("creates a token and prints its secret once, with a warning that it will not be shown again", async () => {
    const run = await orrery(["tokens", "create", "--name", "ci"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [first, note, secret, end] = run.stdout.split("\n");
    expect(first).toMatch(/^Created token "ci" \(id [0-9a-f-]{36}, write, never expires\)\.$/);
    expect(note).toBe(
      "Its secret follows. Store it now: it is shown only this once and will not be shown again.",
    );
    expect(secret).toMatch(/^orr_\S{20,}$/);
    expect(end).toBe("");
    ci = { id: /id ([0-9a-f-]{36})/.exec(first ?? "")?.[1] ?? "", secret: secret ?? "" };
    expect(run.stdout).not.toContain(server.admin.token);

    const works = await orrery(["orgs", "list", "--json"], ci.secret);
    expect(works.code).toBe(0);
  });

  it("prints {token, secret} with --json", async () => {
    const run = await orrery([
      "--json",
      ...["tokens", "create", "--name", "reader", "--scope", "read", "--expires-in-days", "30"],
    ]);
    readOnly = TokenCreated.parse(jsonOf(run));
    expect(readOnly.token).toMatchObject({ name: "reader", scope: "read" });
    const days = (Date.parse(readOnly.token.expiresAt ?? "") - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it("lists tokens without their secrets", async () => {
    const [table, json] = await Promise.all([
      orrery(["tokens", "list"]),
      orrery(["tokens", "list", "--json"]),
    ]);
    expect(table.code).toBe(0);
    const [header, ...rows] = table.stdout.trimEnd().split("\n");
    expect(header).toMatch(
      /^Id {2,}Name {2,}Prefix {2,}Scope {2,}Expires {2,}Last used {2,}Created$/,
    );
    expect(rows.some((row) => row.startsWith(`${ci.id}  ci `))).toBe(true);
    const listed = z.array(ApiToken).parse(jsonOf(json));
    expect(listed.map((token) => token.name)).toEqual(expect.arrayContaining(["ci", "reader"]));
    for (const output of [table.stdout, json.stdout]) {
      expect(output).not.toContain(ci.secret);
      expect(output).not.toContain(readOnly.secret);
      expect(output).not.toContain(server.admin.token);
      expect(output).not.toContain('"secret"');
    }
  });

  it("lets a read-only token read but refuses its changes (exit 1)", async () => {
    const [reads, creates, mints] = await Promise.all([
      orrery(["projects", "list"], readOnly.secret),
      orrery(["projects", "create", "--key", "RO", "--name", "Read only"], readOnly.secret),
      orrery(["tokens", "create", "--name", "escalate"], readOnly.secret),
    ]);
    expect(reads).toEqual({ code: 0, stdout: "No projects.\n", stderr: "" });
    expectOneLineError(
      creates,
      1,
      "this API token is read-only; create a token with the write scope",
    );
    expectOneLineError(
      mints,
      1,
      "this API token is read-only; create a token with the write scope",
    );
  });

  it("revokes a token, which stops working at once", async () => {
    const revoked = await orrery(["tokens", "revoke", ci.id]);
    expect(revoked).toEqual({ code: 0, stdout: `Revoked token ${ci.id}.\n`, stderr: "" });

    const [refused, again, listed] = await Promise.all([
      orrery(["orgs", "list"], ci.secret),
      orrery(["tokens", "revoke", ci.id]),
      orrery(["tokens", "list", "--json"]),
    ]);
    expectOneLineError(
      refused,
      1,
      "the API token is unknown, revoked or expired (check ORRERY_TOKEN or --token)",
    );
    expect(refused.stderr).not.toContain(ci.secret);
    expectOneLineError(again, 2, `no token "${ci.id}" here`);
    const ids = z
      .array(ApiToken)
      .parse(jsonOf(listed))
      .map((token) => token.id);
    expect(ids).not.toContain(ci.id);
  });

  it("refuses bad flags before any request (exit 2)", async () => {
    // No server listens on port 9: a request would fail with exit 1, so exit 2 proves none was
    // made. Every flag rule is tested in-process in token-input.test.ts.
    const nowhere = { ORRERY_URL: "http://127.0.0.1:9", ORRERY_TOKEN: "orr_x" };
    const [scope, id] = await Promise.all([
      runCli(["tokens", "create", "--name", "x", "--scope", "admin"], nowhere),
      runCli(["tokens", "revoke", "abc"], nowhere),
    ]);
    expectOneLineError(scope, 2, "--scope: must be one of read, write");
    expectOneLineError(id, 2, "abc is not a token id (see `orrery tokens list`)");
  });
});
