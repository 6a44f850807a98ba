// Runs the built CLI (`npx tsc -b packages/cli` first) against a real in-process server.
import { Lesson, LessonHit } from "@orrery/contracts/lessons";
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

describe("orrery lessons", { timeout: 120_000 }, () => {
  it("records lessons and finds the best match first, matched words marked", async () => {
    expect((await orrery("projects", "create", "--key", "ERP", "--name", "ERP")).code).toBe(0);
    const added = await orrery(
      ...["lessons", "add", "ERP", "--title", "Rehearse the cutover twice"],
      ...["--what-happened", "The cutover overran the weekend."],
      ...["--recommendation", "Plan two rehearsals.", "--category", "technical"],
      ...["--tags", "migration, cutover", "--at-close"],
    );
    expect(added.stderr).toBe("");
    expect(added.stdout).toBe('Recorded the lesson "Rehearse the cutover twice" of ERP.\n');
    const other = Lesson.parse(
      jsonOf(
        await orrery(
          ...["--json", "lessons", "add", "ERP", "--title", "Book rooms early"],
          ...["--what-happened", "No room for the cutover rehearsal."],
          ...["--recommendation", "Book rooms a month ahead."],
        ),
      ),
    );
    expect(other).toMatchObject({ category: "other", origin: "during_project" });

    const found = await orrery("lessons", "search", "cutover", "rehearsal");
    expect(found.stderr).toBe("");
    const [first, second] = found.stdout.split("\n\n");
    expect(first).toMatch(/^ERP {2}\*Rehearse\* the \*cutover\* twice \(technical\)\n/);
    expect(second).toMatch(/^ERP {2}Book rooms early \(other\)/);
    const json = z
      .array(LessonHit)
      .parse(jsonOf(await orrery("--json", "lessons", "search", "--category", "technical")));
    expect(json.map((h) => h.lesson.title)).toEqual(["Rehearse the cutover twice"]);
    const none = await orrery("lessons", "search", "zebra");
    expect(none.stdout).toBe('No lessons match "zebra".\n');
  });

  it("refuses a lesson without its required parts by flag name", async () => {
    expectOneLineError(
      await orrery("lessons", "add", "ERP", "--title", "x", "--category", "gossip"),
      2,
      /--what-happened is required; --recommendation is required; --category /,
    );
  });
});
