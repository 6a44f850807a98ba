// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server. Each
// run is a real process, so independent runs go in parallel and flows get a long timeout.
import { Project } from "@orrery/contracts/projects";
import { createPerson } from "@orrery/server/testing/test-people";
import { freePort, startTestServer, type TestServer } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, jsonOf, projectKeysOf } from "../testing/cli-expectations.js";
import { type CliRun, runCli } from "../testing/cli-process.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** Runs the CLI as the admin, and checks it never prints the token it was given. */
async function orrery(...args: string[]): Promise<CliRun> {
  const run = await runCli(args, { ORRERY_URL: server.url, ORRERY_TOKEN: server.admin.token });
  expect(run.stdout).not.toContain(server.admin.token);
  expect(run.stderr).not.toContain(server.admin.token);
  return run;
}

function projectOf(run: CliRun): Project {
  return Project.parse(jsonOf(run));
}

describe("orrery projects", { timeout: 120_000 }, () => {
  it("creates projects from flags, then lists and shows them", async () => {
    const [created, yenRun] = await Promise.all([
      orrery(
        ...["projects", "create", "--key", "erp", "--name", "ERP rollout"],
        ...["--description", "Replace the ledger", "--status", "active"],
        ...["--methodology", "hybrid", "--manager", server.admin.email],
        ...["--start", "2027-01-04", "--finish", "2027-06-30"],
        ...["--budget", "125000.00", "--currency", "eur", "--tag", "finance", "--tag", "2027"],
      ),
      orrery(
        ...["--json", "projects", "create", "--key", "CRM", "--name", "CRM pilot"],
        ...["--budget", "5000", "--currency", "JPY", "--start", "2027-02-01"],
      ),
    ]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created project ERP "ERP rollout" \(id [0-9a-f-]{36}\)\.\n$/);
    const yen = projectOf(yenRun);
    expect(yen).toMatchObject({ key: "CRM", budget: { amountMinor: 5000, currency: "JPY" } });
    expect(yen.manager?.email).toBe(server.admin.email);

    const [table, sorted, limited, none, shown, byId, taken] = await Promise.all([
      orrery("projects", "list"),
      orrery("projects", "list", "--json", "--sort", "-key", "--status", "active,proposed"),
      orrery("--json", "projects", "list", "--limit", "1"),
      orrery("projects", "list", "--q", "no such thing"),
      orrery("projects", "show", "erp"),
      orrery("projects", "show", yen.id, "--json"),
      orrery("projects", "create", "--key", "ERP", "--name", "Again"),
    ]);
    expect(table).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Key  Name         Status    Manager    Start       Finish             Budget",
        "CRM  CRM pilot    proposed  Ada Admin  2027-02-01                   5000 JPY",
        "ERP  ERP rollout  active    Ada Admin  2027-01-04  2027-06-30  125000.00 EUR",
        "",
      ].join("\n"),
    });
    expect(projectKeysOf(sorted)).toEqual(["ERP", "CRM"]);
    expect(projectKeysOf(limited)).toHaveLength(1);
    expect(none.stdout).toBe("No projects.\n");

    expect(shown.code).toBe(0);
    const lines = shown.stdout.split("\n");
    for (const line of [
      "Key             ERP",
      "Status          active",
      "Methodology     hybrid",
      `Manager         Ada Admin <${server.admin.email}>`,
      "Planned start   2027-01-04",
      "Planned finish  2027-06-30",
      "Budget          125000.00 EUR",
      "Tags            finance, 2027",
      "Description     Replace the ledger",
      "Version         1",
    ]) {
      expect(lines).toContain(line);
    }
    expect(projectOf(byId)).toEqual(yen);
    expectOneLineError(taken, 2, "key: is already used by another project");
  });

  it("updates with If-Match, names the field the server refuses, and refuses a stale version", async () => {
    const updated = projectOf(
      await orrery(
        ...["projects", "update", "ERP", "--json", "--status", "on_hold", "--budget", "99.5"],
        ...["--tag", "ledger"],
      ),
    );
    expect(updated).toMatchObject({
      status: "on_hold",
      version: 2,
      tags: ["ledger"],
      budget: { amountMinor: 9950, currency: "EUR" },
    });

    const human = await orrery("projects", "update", "ERP", "--sponsor", server.admin.email);
    expect(human.stdout).toBe('Updated project ERP "ERP rollout", now at version 3.\n');

    const [early, stale] = await Promise.all([
      // The stored start is 2027-01-04: the server, not the flags, sees the clash.
      orrery("projects", "update", "ERP", "--finish", "2026-12-31"),
      orrery("projects", "update", "ERP", "--name", "Lost", "--if-version", "2"),
    ]);
    expectOneLineError(early, 2, "plannedFinish: must not be before the planned start");
    expectOneLineError(
      stale,
      1,
      "project ERP is no longer at version 2 (someone else changed it); nothing was changed: show it again and retry",
    );

    const cleared = projectOf(
      await orrery(
        ...["projects", "update", "ERP", "--json"],
        ...["--sponsor", "none", "--budget", "none", "--clear-tags"],
      ),
    );
    // Version 4: neither the refused finish nor the stale rename was applied.
    expect(cleared).toMatchObject({
      name: "ERP rollout",
      plannedFinish: "2027-06-30",
      sponsor: null,
      budget: null,
      tags: [],
      version: 4,
    });
  });

  it("names a manager by e-mail and refuses an e-mail that is no member's", async () => {
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "project_manager",
      name: "Pia Manager",
    });
    const created = projectOf(
      await orrery(
        ...["projects", "create", "--json", "--key", "HR", "--name", "HR"],
        ...["--manager", person.email.toUpperCase()],
      ),
    );
    expect(created.manager).toEqual({
      id: person.userId,
      name: "Pia Manager",
      email: person.email,
    });

    const unknown = await orrery("projects", "update", "HR", "--manager", "nobody@example.test");
    expectOneLineError(
      unknown,
      2,
      `--manager: no member of ${server.org.slug} has the e-mail nobody@example.test`,
    );
  });

  it("archives a project out of the default list and restores it", async () => {
    expect((await orrery("projects", "update", "HR", "--archive")).code).toBe(0);
    const [live, all] = await Promise.all([
      orrery("projects", "list", "--json"),
      orrery("projects", "list", "--archived", "all", "--q", "HR"),
    ]);
    expect(projectKeysOf(live)).not.toContain("HR");
    expect(all.stdout.split("\n")[0]).toMatch(/ {2}Archived$/);
    expect(all.stdout).toMatch(/^HR .* yes$/m);
    const restored = projectOf(await orrery("projects", "update", "HR", "--restore", "--json"));
    expect(restored.archived).toBe(false);
  });

  it("deletes only with --yes off a terminal, honouring If-Match", async () => {
    const [refused, stale] = await Promise.all([
      orrery("projects", "delete", "CRM"),
      orrery("projects", "delete", "CRM", "--yes", "--if-version", "9"),
    ]);
    expectOneLineError(refused, 2, "not deleting CRM: confirm with --yes when not on a terminal");
    expectOneLineError(stale, 1, /^orrery: project CRM is no longer at version 9 /);

    const deleted = await orrery("projects", "delete", "CRM", "--yes");
    expect(deleted).toEqual({ code: 0, stdout: 'Deleted project CRM "CRM pilot".\n', stderr: "" });
    expectOneLineError(await orrery("projects", "show", "CRM"), 2, 'no project "CRM" here');
  });

  it("refuses bad flags and a missing token before any request (exit 2)", async () => {
    // No server listens on port 9: a request would fail with exit 1, so exit 2 proves none was
    // made. Every flag rule is tested in-process (project-input.test.ts, project-list-flags.test.ts).
    const nowhere = { ORRERY_URL: "http://127.0.0.1:9", ORRERY_TOKEN: "orr_x" };
    const [date, currency, status, reference, noToken] = await Promise.all([
      runCli(
        ["projects", "create", "--key", "OK", "--name", "x", "--start", "2027-02-30"],
        nowhere,
      ),
      runCli(
        ["projects", "create", "--key", "OK", "--name", "x", "--budget", "1", "--currency", "EURO"],
        nowhere,
      ),
      runCli(["projects", "list", "--status", "active,done"], nowhere),
      runCli(["projects", "delete", "not a key", "--yes"], nowhere),
      runCli(["projects", "list"], { ORRERY_URL: "http://127.0.0.1:9" }),
    ]);
    expectOneLineError(date, 2, "--start: must be a real date written YYYY-MM-DD");
    expectOneLineError(currency, 2, "--currency: must be an ISO 4217 currency code such as EUR");
    expectOneLineError(
      status,
      2,
      "--status: must be one of proposed, active, on_hold, completed, cancelled",
    );
    expectOneLineError(reference, 2, "not a key is neither a project key (ERP) nor a project id");
    expectOneLineError(noToken, 2, /^orrery: no API token: set ORRERY_TOKEN/);
  });

  it("fails with exit 1 when the server cannot be reached", async () => {
    const port = await freePort();
    const run = await runCli(["projects", "list"], {
      ORRERY_URL: `http://127.0.0.1:${port}`,
      ORRERY_TOKEN: server.admin.token,
    });
    expectOneLineError(
      run,
      1,
      `cannot reach http://127.0.0.1:${port}: connection refused (is the server running?)`,
    );
    expect(run.stderr).not.toContain(server.admin.token);
  });
});
