// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { PortfolioStatusEntry, StatusReport } from "@orrery/contracts/status-reports";
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

describe("orrery status-report", { timeout: 120_000 }, () => {
  it("submits a report with the data's colours and an override, and lists the portfolio's status", async () => {
    expect((await orrery("projects", "create", "--key", "ERP", "--name", "ERP")).code).toBe(0);
    expect(
      (
        await orrery(
          "raid",
          "add",
          "ERP",
          "--type",
          "risk",
          "--title",
          "Vendor late",
          "--probability",
          "4",
          "--impact",
          "5",
        )
      ).code,
    ).toBe(0);
    const run = await orrery(
      ...["status-report", "submit", "ERP", "--date", "2027-03-05", "--summary", "Vendor at risk"],
      ...["--override", "risk=amber", "--justification", "risk=Second supplier signed yesterday"],
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Submitted ERP status report 1 for 2027-03-05: overall amber.");
    expect(run.stdout).toContain("risk     amber (data: red; Second supplier signed yesterday)");
    expect(run.stdout).toContain('- risk "Vendor late" scores 20 and has no response');

    const second = StatusReport.parse(
      jsonOf(await orrery("--json", "status-report", "submit", "ERP", "--date", "2027-03-12")),
    );
    expect(second).toMatchObject({ number: 2, state: "submitted", overall: { rag: "red" } });

    const status = z
      .array(PortfolioStatusEntry)
      .parse(jsonOf(await orrery("--json", "status-report", "status")));
    expect(status.find((e) => e.project.key === "ERP")).toMatchObject({
      trend: ["amber", "red"],
      changed: ["overall", "risk"],
    });
    const table = await orrery("status-report", "status");
    expect(table.stdout.split("\n")[0]).toMatch(
      /^Project\s+Overall\s+Schedule\s+Cost\s+Scope\s+Risk/,
    );
    expect(table.stdout).toMatch(/ERP\s+red\s+green\s+green\s+green\s+red\s+2027-03-12/);
  });

  it("refuses an override without its justification, and a bad colour, by flag", async () => {
    expectOneLineError(
      await orrery("status-report", "submit", "ERP", "--override", "schedule=green"),
      2,
      '--override schedule needs --justification schedule="why"',
    );
    expectOneLineError(
      await orrery("status-report", "submit", "ERP", "--override", "budget=green"),
      2,
      "--override takes colour=value with a colour of overall, schedule, cost, scope, risk",
    );
    expectOneLineError(
      await orrery(
        "status-report",
        "submit",
        "ERP",
        "--override",
        "risk=blue",
        "--justification",
        "risk=whatever it is",
      ),
      2,
      "--override risk must be green, amber or red",
    );
    expectOneLineError(await orrery("status-report", "submit", "NOPE"), 2, /NOPE/);
  });
});
