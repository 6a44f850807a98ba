import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BaselineList,
  CalendarChange,
  ImportResult,
  PlanChange,
  type Task,
  TaskList,
} from "@orrery/contracts/plans";
import { Project } from "@orrery/contracts/projects";
import { locateCorpus } from "@orrery/interop/conformance/conformance-corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { DAY, DIAMOND_PLAN } from "../testing/diamond-plan.js";
import { openEventStream } from "../testing/event-stream.js";
import { uploadPlanFile } from "../testing/plan-upload.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const corpus = locateCorpus();
if (corpus === undefined) {
  console.warn(
    "plans: <repo>/../shared/corpus/schedules/dev is absent; the import tests are skipped.",
  );
}
/** A corpus file Orrery schedules exactly as MS Project did (no resource calendars involved). */
const CORPUS_FILE = "mpp_EECE4730-5730-Class-Pr_Schedule";

const Problem = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

describe.each(apiDrivers())("plans API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function newProject(): Promise<string> {
    const response = await admin.post(projects, {
      key: `PL${++serial}`,
      name: "Plan fixture",
      plannedStart: "2027-03-01",
    });
    return `${projects}/${Project.parse(response.body).id}`;
  }

  async function tasksOf(project: string, client = admin): Promise<TaskList> {
    const response = await client.get(`${project}/tasks`);
    expect(response.status).toBe(200);
    return TaskList.parse(response.body);
  }

  function byUid(list: TaskList): Map<number, Task> {
    return new Map(list.items.map((task) => [task.uid, task]));
  }

  /** A → {B, C} → End: C (3d) is on the critical path, B (1d) has 2 days of float. */
  async function diamond(project: string): Promise<PlanChange> {
    const response = await admin.post(`${project}/tasks:batch`, DIAMOND_PLAN);
    expect(response.status).toBe(200);
    return PlanChange.parse(response.body);
  }

  it("builds a plan in one batch and stores the engine's dates with each task", async () => {
    const project = await newProject();
    const change = await diamond(project);
    expect(change.changed).toHaveLength(4);
    expect(change.links).toHaveLength(4);
    const tasks = byUid(await tasksOf(project));
    expect(tasks.get(1)).toMatchObject({
      start: "2027-03-01T08:00:00",
      finish: "2027-03-02T17:00:00",
      critical: true,
      wbs: "1",
      outlineLevel: 1,
      summary: false,
    });
    expect(tasks.get(2)).toMatchObject({
      start: "2027-03-03T08:00:00",
      finish: "2027-03-03T17:00:00",
      critical: false,
      totalFloatMinutes: 2 * DAY,
    });
    expect(tasks.get(3)).toMatchObject({ finish: "2027-03-05T17:00:00", critical: true });
    expect(tasks.get(4)).toMatchObject({ start: "2027-03-05T17:00:00", milestone: true });
    const plan = (await tasksOf(project)).plan;
    expect(plan).toMatchObject({ taskCount: 4, finish: "2027-03-05T17:00:00" });
  });

  it("moves the successors and the critical path when a duration changes", async () => {
    const project = await newProject();
    await diamond(project);
    const before = await tasksOf(project);
    const build = await admin.get(`${project}/tasks/2`);
    expect(build.headers.get("etag")).toBe('"1"');
    const response = await admin.patch(
      `${project}/tasks/2`,
      { durationMinutes: 5 * DAY },
      { headers: { "if-match": '"1"' } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"2"');
    const change = PlanChange.parse(response.body);
    // Build was edited; Procure (now off the critical path) and Done only moved; Design did not.
    expect(change.changed.map((task) => task.uid)).toEqual([2]);
    expect(change.rescheduled.map((task) => task.uid).sort()).toEqual([3, 4]);
    expect(Object.keys(change.rescheduled[0] ?? {})).not.toContain("name");
    const tasks = byUid(await tasksOf(project));
    // The answer, applied to the tasks as they were, gives the tasks as they are.
    const applied = new Map(before.items.map((task) => [task.uid, task]));
    for (const task of change.changed) applied.set(task.uid, task);
    for (const moved of change.rescheduled)
      applied.set(moved.uid, { ...(applied.get(moved.uid) as Task), ...moved });
    expect(applied).toEqual(tasks);
    expect(tasks.get(2)).toMatchObject({
      finish: "2027-03-09T17:00:00",
      critical: true,
      version: 2,
    });
    expect(tasks.get(3)).toMatchObject({ critical: false, totalFloatMinutes: 2 * DAY, version: 1 });
    expect(tasks.get(4)).toMatchObject({ start: "2027-03-09T17:00:00" });
    expect(change.plan.finish).toBe("2027-03-09T17:00:00");
  });

  it("turns a dragged finish into working days on the calendar, across a weekend", async () => {
    const project = await newProject();
    await diamond(project);
    // Build starts Wednesday 3 March; dropped at the end of Monday 8 March: Wed, Thu, Fri, Mon.
    const response = await admin.patch(`${project}/tasks/2`, {
      durationUntil: "2027-03-09T00:00:00",
    });
    expect(response.status).toBe(200);
    const tasks = byUid(await tasksOf(project));
    expect(tasks.get(2)).toMatchObject({
      durationMinutes: 4 * DAY,
      durationUnit: "days",
      finish: "2027-03-08T17:00:00",
      critical: true,
    });
    const early = await admin.patch(`${project}/tasks/2`, { durationUntil: "2027-03-01T00:00" });
    expect(early.status).toBe(422);
    expect(Problem.parse(early.body).errors).toEqual([
      { path: "durationUntil", message: "must not be before the task's start 2027-03-03T08:00:00" },
    ]);
    const both = await admin.patch(`${project}/tasks/2`, {
      durationUntil: "2027-03-12T00:00",
      durationMinutes: DAY,
    });
    expect(Problem.parse(both.body).errors).toEqual([
      { path: "durationUntil", message: "cannot go with durationMinutes" },
    ]);
    expect(byUid(await tasksOf(project)).get(2)).toMatchObject({ durationMinutes: 4 * DAY });
  });

  it("audits a task edit and publishes it on the organisation's event stream", async () => {
    const project = await newProject();
    await diamond(project);
    const projectId = project.split("/").at(-1) ?? "";
    const stream = await openEventStream(server.url, server.org.slug, server.admin.token);
    try {
      await admin.patch(`${project}/tasks/2`, { name: "Build it" });
      const event = await stream.next((e) => e.type === "task.updated", 5000);
      expect(event).toMatchObject({ entityType: "task", entityId: "2", projectId });
    } finally {
      stream.close();
    }
    const audit = await admin.get(`/api/v1/orgs/${server.org.slug}/audit?entityId=${projectId}/2`);
    expect(audit.body).toMatchObject({
      items: [
        {
          action: "task.update",
          before: { name: "Build", version: 1 },
          after: { name: "Build it", version: 2 },
        },
      ],
    });
  });

  it("refuses a stale If-Match with 412 and keeps the other person's edit", async () => {
    const project = await newProject();
    await diamond(project);
    const first = await admin.patch(
      `${project}/tasks/3`,
      { name: "Procure parts" },
      { headers: { "if-match": '"1"' } },
    );
    expect(first.status).toBe(200);
    const second = await admin.patch(
      `${project}/tasks/3`,
      { durationMinutes: DAY },
      { headers: { "if-match": '"1"' } },
    );
    expect(second.status).toBe(412);
    const task = byUid(await tasksOf(project)).get(3);
    expect(task).toMatchObject({ name: "Procure parts", durationMinutes: 3 * DAY, version: 2 });
    const staleBatch = await admin.post(`${project}/tasks:batch`, {
      operations: [{ op: "delete", uid: 3, version: 1 }],
    });
    expect(staleBatch.status).toBe(412);
  });

  it("applies a batch all or nothing: one bad operation writes nothing", async () => {
    const project = await newProject();
    await diamond(project);
    const before = await tasksOf(project);
    const response = await admin.post(`${project}/tasks:batch`, {
      operations: [
        { op: "create", task: { name: "Test" } },
        { op: "update", uid: 2, patch: { durationMinutes: 9 * DAY } },
        { op: "update", uid: 99, patch: { name: "nobody" } },
      ],
    });
    expect(response.status).toBe(422);
    expect(Problem.parse(response.body).errors).toEqual([
      { path: "operations.2.uid", message: "no task 99 in this plan" },
    ]);
    expect(await tasksOf(project)).toEqual(before);
  });

  it("names the field of a bad operation and the loop of a cyclic link", async () => {
    const project = await newProject();
    await diamond(project);
    const bad = await admin.post(`${project}/tasks:batch`, {
      operations: [{ op: "create", task: { name: "", durationMinutes: -1 } }],
    });
    expect(bad.status).toBe(422);
    expect(
      Problem.parse(bad.body)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(["operations.0.task.durationMinutes", "operations.0.task.name"]);
    const loop = await admin.post(`${project}/links`, { predecessorUid: 4, successorUid: 1 });
    expect(loop.status).toBe(422);
    const [problem] = Problem.parse(loop.body).errors ?? [];
    expect(problem?.path).toBe("links");
    // Named as the grid shows them, so a person can find the loop.
    expect(problem?.message).toMatch(/^would make a loop through tasks /);
    expect(problem?.message).toContain('"Design" (row 1)');
    expect(problem?.message).toContain('"Done" (row 4)');
    const constraint = await admin.patch(`${project}/tasks/2`, {
      constraintType: "mustStartOn",
    });
    expect(Problem.parse(constraint.body).errors).toEqual([
      { path: "constraintDate", message: "is required for mustStartOn" },
    ]);
  });

  it("indents tasks under a summary that rolls up their dates", async () => {
    const project = await newProject();
    await diamond(project);
    const response = await admin.post(`${project}/tasks:batch`, {
      operations: [
        { op: "create", task: { uid: 10, name: "Phase 1", position: 1 } },
        { op: "update", uid: 1, patch: { outlineLevel: 2 } },
        { op: "update", uid: 2, patch: { outlineLevel: 2 } },
      ],
    });
    expect(response.status).toBe(200);
    const tasks = byUid(await tasksOf(project));
    expect(tasks.get(10)).toMatchObject({
      position: 1,
      summary: true,
      wbs: "1",
      start: "2027-03-01T08:00:00",
      finish: "2027-03-03T17:00:00",
      // Its duration too: the working time from its start to its finish, three 8-hour days.
      durationMinutes: 3 * 8 * 60,
    });
    expect(tasks.get(2)).toMatchObject({ wbs: "1.2", position: 3 });
    const orphan = await admin.patch(`${project}/tasks/4`, { outlineLevel: 4 });
    expect(orphan.status).toBe(422);
  });

  it("moves a summary with its subtasks, outdents, and re-creates deleted tasks under their UIDs", async () => {
    const project = await newProject();
    await diamond(project);
    const batch = async (operations: unknown[]) => {
      const response = await admin.post(`${project}/tasks:batch`, { operations });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return byUid(await tasksOf(project));
    };
    await batch([
      { op: "create", task: { uid: 10, name: "Phase 1", position: 1 } },
      { op: "update", uid: 1, patch: { outlineLevel: 2 } },
      { op: "update", uid: 2, patch: { outlineLevel: 2 } },
    ]);
    // The grid's Move down: each row of the block goes below Procure, top row first.
    let tasks = await batch(
      [10, 1, 2].map((uid) => ({ op: "update", uid, patch: { position: 4 } })),
    );
    expect([3, 10, 1, 2, 4].map((uid) => tasks.get(uid)?.position)).toEqual([1, 2, 3, 4, 5]);
    expect(tasks.get(1)).toMatchObject({ wbs: "2.1", outlineLevel: 2 });
    // Outdent: the task below at the old level becomes a subtask (so their link must go: a
    // summary cannot be linked to its own subtask).
    tasks = await batch([
      { op: "unlink", predecessorUid: 1, successorUid: 2 },
      { op: "update", uid: 1, patch: { outlineLevel: 1 } },
    ]);
    expect(tasks.get(1)).toMatchObject({ wbs: "3", summary: true });
    expect(tasks.get(2)).toMatchObject({ wbs: "3.1" });
    const design = tasks.get(1);
    const procureStart = tasks.get(3)?.start;

    const deleted = await batch([{ op: "delete", uid: 1, version: design?.version }]);
    expect(deleted.has(2)).toBe(false);
    expect(deleted.get(3)?.start).toBe("2027-03-01T08:00:00");
    // Undo of that delete: the same tasks, rows and links back, under their UIDs.
    tasks = await batch([
      { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
      { op: "create", task: { uid: 2, name: "Build", durationMinutes: DAY, outlineLevel: 2 } },
      { op: "update", uid: 1, patch: { position: 3 } },
      { op: "update", uid: 2, patch: { position: 4 } },
      { op: "link", link: { predecessorUid: 1, successorUid: 3 } },
      { op: "link", link: { predecessorUid: 2, successorUid: 4 } },
    ]);
    expect([3, 10, 1, 2, 4].map((uid) => tasks.get(uid)?.position)).toEqual([1, 2, 3, 4, 5]);
    expect(tasks.get(2)).toMatchObject({ wbs: "3.1", outlineLevel: 2 });
    expect(tasks.get(3)?.start).toBe(procureStart);
  });

  it("deletes a task with its links and reschedules what followed it", async () => {
    const project = await newProject();
    await diamond(project);
    const response = await admin.delete(`${project}/tasks/3`);
    expect(response.status).toBe(200);
    const change = PlanChange.parse(response.body);
    expect(change.deletedUids).toEqual([3]);
    expect(change.removedLinkIds).toHaveLength(2);
    const tasks = byUid(await tasksOf(project));
    expect(tasks.get(4)).toMatchObject({ start: "2027-03-03T17:00:00", position: 3 });
    expect((await admin.get(`${project}/tasks/3`)).status).toBe(404);
  });

  it("counts dates on the calendar: a holiday moves the tasks after it", async () => {
    const project = await newProject();
    await diamond(project);
    const calendars = z
      .object({ items: z.array(z.object({ uid: z.number(), isProjectCalendar: z.boolean() })) })
      .parse((await admin.get(`${project}/calendars`)).body);
    expect(calendars.items).toEqual([expect.objectContaining({ uid: 1, isProjectCalendar: true })]);
    const response = await admin.patch(`${project}/calendars/1`, {
      exceptions: [
        { name: "Holiday", fromDate: "2027-03-02", toDate: "2027-03-02", working: false },
      ],
    });
    expect(response.status).toBe(200);
    const change = CalendarChange.parse(response.body);
    expect(change.calendar?.version).toBe(2);
    expect(byUid(await tasksOf(project)).get(1)).toMatchObject({ finish: "2027-03-03T17:00:00" });
    const inUse = await admin.delete(`${project}/calendars/1`);
    expect(inUse.status).toBe(409);
  });

  it("sets and clears baselines 0–10 from the current schedule", async () => {
    const project = await newProject();
    await diamond(project);
    const set = await admin.request("PUT", `${project}/baselines/3`);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ number: 3, taskCount: 4 });
    const baseline = z
      .object({ items: z.array(z.object({ taskUid: z.number(), finish: z.string().nullable() })) })
      .parse((await admin.get(`${project}/baselines/3`)).body);
    expect(baseline.items.find((t) => t.taskUid === 4)?.finish).toBe("2027-03-05T17:00:00");
    expect(BaselineList.parse((await admin.get(`${project}/baselines`)).body).items).toEqual([
      { number: 3, taskCount: 4 },
    ]);
    expect((await admin.request("PUT", `${project}/baselines/11`)).status).toBe(422);
    expect((await admin.delete(`${project}/baselines/3`)).status).toBe(204);
    expect((await admin.delete(`${project}/baselines/3`)).status).toBe(404);
  });

  it("hides plans from other organisations and refuses writes to viewers", async () => {
    const project = await newProject();
    await diamond(project);
    const other = z
      .object({ slug: z.string() })
      .parse((await admin.post("/api/v1/orgs", { name: `Other ${++serial}` })).body);
    const outsider = await createPerson(server.url, server.admin.token, other.slug, {
      role: "admin",
    });
    const outsiderClient = apiClient(server.url, { token: outsider.token });
    expect((await outsiderClient.get(`${project}/tasks`)).status).toBe(404);
    expect((await outsiderClient.patch(`${project}/tasks/1`, { name: "x" })).status).toBe(404);

    const viewer = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    await admin.post(`${project}/members`, { userId: viewer.userId, role: "viewer" });
    const viewerClient = apiClient(server.url, { token: viewer.token });
    expect((await tasksOf(project, viewerClient)).items).toHaveLength(4);
    expect((await viewerClient.patch(`${project}/tasks/1`, { name: "x" })).status).toBe(403);
    expect((await viewerClient.post(`${project}/tasks`, { name: "x" })).status).toBe(403);
  });

  const upload = (project: string, name: string, bytes: Uint8Array, dryRun = false) =>
    uploadPlanFile(server, project, { name, bytes }, dryRun);

  it("refuses a file it cannot read with 422 naming the file and the place", async () => {
    const project = await newProject();
    const csv = new TextEncoder().encode("Name,Duration\nDesign,3x\n");
    const response = await upload(project, "plan.csv", csv);
    expect(response.status).toBe(422);
    expect(Problem.parse(response.body).errors?.[0]?.path).toMatch(/^file\[row 1\]/);
    expect((await tasksOf(project)).items).toEqual([]);
  });

  describe.skipIf(corpus === undefined)("with the MS Project corpus", () => {
    const read = (extension: string) =>
      readFileSync(join(corpus ?? "", `${CORPUS_FILE}${extension}`));

    it("previews an import without writing, then imports with MS Project's dates", async () => {
      const project = await newProject();
      const bytes = new Uint8Array(read(".xml"));
      const preview = await upload(project, `${CORPUS_FILE}.xml`, bytes, true);
      expect(preview.status).toBe(200);
      const expected = z
        .object({
          project: z.object({ start: z.string(), finish: z.string() }),
          tasks: z.array(z.object({ uid: z.number(), start: z.string(), finish: z.string() })),
        })
        .parse(JSON.parse(read(".expected.json").toString("utf8")));
      expect(ImportResult.parse(preview.body)).toMatchObject({
        dryRun: true,
        format: "mspdi",
        taskCount: expected.tasks.length,
        finish: expected.project.finish,
      });
      expect((await tasksOf(project)).items).toEqual([]);

      const imported = await upload(project, `${CORPUS_FILE}.xml`, bytes);
      expect(imported.status).toBe(200);
      expect(ImportResult.parse(imported.body)).toMatchObject({ dryRun: false });
      const list = await tasksOf(project);
      expect(list.items).toHaveLength(expected.tasks.length);
      const bySource = new Map(list.items.map((task) => [task.sourceUid, task]));
      const sample = [
        expected.tasks[1],
        expected.tasks[Math.floor(expected.tasks.length / 2)],
        expected.tasks.at(-1),
      ];
      for (const want of sample) {
        const got = bySource.get(want?.uid ?? -1);
        expect({ uid: want?.uid, start: got?.start, finish: got?.finish }).toEqual({
          uid: want?.uid,
          start: want?.start,
          finish: want?.finish,
        });
      }
    });

    it("exports a plan that imports back as the same plan", async () => {
      const first = await newProject();
      await upload(first, `${CORPUS_FILE}.xml`, new Uint8Array(read(".xml")));
      const original = await tasksOf(first);
      for (const format of ["mspdi", "xlsx", "csv"] as const) {
        const exported = await fetch(`${server.url}${first}/export?format=${format}`, {
          headers: { authorization: `Bearer ${server.admin.token}` },
        });
        expect(exported.status).toBe(200);
        const bytes = new Uint8Array(await exported.arrayBuffer());
        const second = await newProject();
        const name = `round-trip.${format === "mspdi" ? "xml" : format}`;
        const again = await upload(second, name, bytes);
        expect(again.status, `${format}: ${JSON.stringify(again.body)}`).toBe(200);
        const copy = await tasksOf(second);
        const shape = (list: TaskList) =>
          list.items.map((t) => ({
            name: t.name,
            outlineLevel: t.outlineLevel,
            durationMinutes: t.durationMinutes,
            start: t.start,
            finish: t.finish,
            critical: t.critical,
          }));
        expect(shape(copy), format).toEqual(shape(original));
      }
    });
  });

  it("answers a project never planned with an empty plan", async () => {
    const project = await newProject();
    const list = await tasksOf(project);
    expect(list).toMatchObject({ items: [], plan: { taskCount: 0, start: "2027-03-01T08:00:00" } });
  });
});
