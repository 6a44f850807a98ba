// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { ChangeRequest } from "@orrery/contracts/change-requests";
import { startTestServer, type TestServer } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, jsonOf } from "../testing/cli-expectations.js";
import { type CliRun, runCli } from "../testing/cli-process.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function orrery(...args: string[]): Promise<CliRun> {
  return runCli(args, { ORRERY_URL: server.url, ORRERY_TOKEN: server.admin.token });
}

describe("orrery changes", { timeout: 120_000 }, () => {
  it("raises a duration change and prints the finish it moves, then lists and shows it", async () => {
    const created = await orrery(
      ...["projects", "create", "--key", "WH", "--name", "Warehouse"],
      ...["--start", "2027-03-01"],
    );
    expect(created.code, created.stderr).toBe(0);
    const plan = await fetch(
      `${server.url}/api/v1/orgs/${server.org.slug}/projects/WH/tasks:batch`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${server.admin.token}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          operations: [
            { op: "create", task: { uid: 1, name: "Lease", durationMinutes: 3 * 480 } },
            { op: "create", task: { uid: 2, name: "Moved", durationMinutes: 0, milestone: true } },
            { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
          ],
        }),
      },
    );
    expect(plan.status).toBe(200);

    const raised = await orrery(
      ...["changes", "create", "WH", "--title", "Longer lease", "--reason", "Landlord"],
      ...["--duration", "1=5"],
    );
    expect(raised.stderr).toBe("");
    expect(raised.stdout).toBe(
      'Raised WH CR-1 "Longer lease"; the finish moves +2 working days.\n',
    );
    const table = await orrery("changes", "list", "WH");
    expect(table.stdout.split("\n")[0]).toMatch(/^Ref\s+Title\s+Status\s+Finish\s+Outcome/);
    expect(table.stdout).toMatch(/CR-1\s+Longer lease\s+draft\s+\+2 working days/);
    const shown = ChangeRequest.parse(
      jsonOf(await orrery("--json", "changes", "show", "WH", "CR-1")),
    );
    expect(shown.scheduleImpact).toMatchObject({
      finishBefore: "2027-03-03T17:00:00",
      finishAfter: "2027-03-05T17:00:00",
    });
    const text = await orrery("changes", "show", "WH", "cr-1");
    expect(text.stdout).toMatch(
      /Finish\s+2027-03-03T17:00:00 -> 2027-03-05T17:00:00 \(\+2 working days\)/,
    );
  });

  it("refuses a malformed duration and an unknown reference by name", async () => {
    expectOneLineError(
      await orrery("changes", "create", "WH", "--title", "x", "--duration", "one=5"),
      2,
      "--duration one=5 must be UID=DAYS, such as 3=5",
    );
    expectOneLineError(
      await orrery("changes", "show", "WH", "CR-9"),
      2,
      "no change request CR-9 in WH",
    );
  });
});
