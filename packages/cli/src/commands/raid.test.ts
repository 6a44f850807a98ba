// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { RaidItem } from "@orrery/contracts/raid";
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

function orrery(...args: string[]): Promise<CliRun> {
  return runCli(args, { ORRERY_URL: server.url, ORRERY_TOKEN: server.admin.token });
}

describe("orrery raid", { timeout: 120_000 }, () => {
  it("records risks and an issue, then lists them per project and across projects", async () => {
    expect((await orrery("projects", "create", "--key", "ERP", "--name", "ERP")).code).toBe(0);
    expect((await orrery("projects", "create", "--key", "CRM", "--name", "CRM")).code).toBe(0);
    const risk = await orrery(
      ...["raid", "add", "ERP", "--type", "risk", "--title", "Vendor late"],
      ...["--probability", "4", "--impact", "5", "--response", "reduce"],
    );
    expect(risk.stderr).toBe("");
    expect(risk.stdout).toBe('Recorded ERP R-1 "Vendor late" (score 20).\n');
    const issue = RaidItem.parse(
      jsonOf(
        await orrery(
          ...["--json", "raid", "add", "CRM", "--type", "issue", "--title", "Rig broken"],
          ...["--priority", "high", "--due", "2027-03-01"],
        ),
      ),
    );
    expect(issue).toMatchObject({ ref: "I-1", priority: "high", dueDate: "2027-03-01" });

    const table = await orrery("raid", "list", "--project", "ERP");
    expect(table.stdout.split("\n")[0]).toMatch(/^Project\s+Ref\s+Title\s+Status\s+Score/);
    expect(table.stdout).toMatch(/ERP\s+R-1\s+Vendor late\s+open\s+20/);
    const all = z
      .array(RaidItem)
      .parse(jsonOf(await orrery("--json", "raid", "list", "--sort", "-score")))
      .map((i) => `${i.project.key} ${i.ref}`);
    expect(all).toEqual(["ERP R-1", "CRM I-1"]);
    const issues = await orrery("--json", "raid", "list", "--type", "issue");
    expect(
      z
        .array(RaidItem)
        .parse(jsonOf(issues))
        .map((i) => i.ref),
    ).toEqual(["I-1"]);
  });

  it("refuses bad flags by name before asking the server, and the server's refusals too", async () => {
    expectOneLineError(
      await orrery("raid", "add", "ERP", "--type", "issue", "--title", "x", "--probability", "3"),
      2,
      "--probability does not apply to the type issue",
    );
    expectOneLineError(
      await orrery("raid", "add", "ERP", "--type", "risk", "--title", "x", "--impact", "9"),
      2,
      /--probability is required; --impact must be from 1 to 5/,
    );
    expectOneLineError(
      await orrery(
        ...["raid", "add", "ERP", "--type", "risk", "--title", "x", "--probability", "2"],
        ...["--impact", "2", "--kind", "opportunity", "--response", "avoid"],
      ),
      2,
      /response: must be one of exploit, enhance, share, accept for an opportunity/,
    );
  });
});
