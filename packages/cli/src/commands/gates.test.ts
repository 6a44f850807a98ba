// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { GateCalendarEntry } from "@orrery/contracts/lifecycle";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { startTestServer, type TestServer } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonOf } from "../testing/cli-expectations.js";
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

describe("orrery templates and gates", { timeout: 120_000 }, () => {
  it("lists the templates, requests a gate and shows it on the calendar", async () => {
    const templates = z.array(LifecycleTemplate).parse(jsonOf(await orrery("--json", "templates")));
    expect(templates.map((t) => t.name)).toEqual(["Agile", "Hybrid", "PRINCE2", "Waterfall"]);
    const table = await orrery("templates");
    expect(table.stdout).toMatch(/Waterfall\s+1\s+Initiate > Plan > Execute > Close/);

    // A template without criteria, so its gate may be requested at once.
    const created = await fetch(`${server.url}/api/v1/orgs/${server.org.slug}/templates`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.admin.token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        name: "Quick",
        methodology: "agile",
        phases: [{ name: "Build", gate: { name: "Ship", reviewerRoles: ["executive"] } }],
      }),
    });
    const quick = LifecycleTemplate.parse(await created.json());
    await fetch(`${server.url}/api/v1/orgs/${server.org.slug}/projects`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${server.admin.token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ key: "SHIP", name: "Ship it", templateId: quick.id }),
    });

    const requested = await orrery(
      "gates",
      "request",
      "SHIP",
      "--note",
      "Ready",
      "--due",
      "2020-01-02",
    );
    expect(requested.stderr).toBe("");
    expect(requested.stdout).toBe('Requested the review of SHIP gate 1 "Ship".\n');
    const again = await orrery("--json", "gates", "request", "SHIP");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("the gate is already awaiting its review");

    const calendar = await orrery("gates", "calendar");
    expect(calendar.stdout).toMatch(/2020-01-02\s+SHIP\s+1 Ship\s+requested, overdue/);
    const overdue = z
      .array(GateCalendarEntry)
      .parse(jsonOf(await orrery("--json", "gates", "calendar", "--state", "overdue")));
    expect(overdue.map((e) => e.project.key)).toEqual(["SHIP"]);
    const bad = await orrery("gates", "calendar", "--state", "soon");
    expect(bad.code).toBe(2);
  });
});
