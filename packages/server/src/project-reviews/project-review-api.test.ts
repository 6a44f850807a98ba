import { Page } from "@orrery/contracts/common";
import { LessonHit } from "@orrery/contracts/lessons";
import { GeneratedLessons, ProjectReview } from "@orrery/contracts/project-review";
import { Project } from "@orrery/contracts/projects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Errors = z.object({ errors: z.array(z.object({ path: z.string() })) });

describe.each(apiDrivers())("Post-project review API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newProject(): Promise<Project> {
    const key = `PIR${++serial}`;
    return Project.parse((await admin.post(projects, { key, name: `Review ${key}` })).body);
  }

  it("starts as an empty draft, saves the form, and refuses a stale save with 412", async () => {
    const review = `${projects}/${(await newProject()).id}/review`;
    const empty = ProjectReview.parse((await admin.get(review)).body);
    expect(empty).toMatchObject({ version: null, status: "draft", wentWell: [], objectives: null });

    const saved = await admin.request("PUT", review, {
      body: {
        objectives: "partly_met",
        objectivesNotes: "Reporting module deferred",
        schedule: "late",
        cost: "on_budget",
        scope: "reduced",
        wentWell: ["Weekly demos kept the sponsor close."],
        toImprove: ["Test data arrived late; book it at kickoff."],
        status: "completed",
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.headers.get("etag")).toBe('"1"');
    expect(ProjectReview.parse(saved.body)).toMatchObject({
      version: 1,
      schedule: "late",
      status: "completed",
      updatedBy: { email: server.admin.email },
    });
    const stale = await admin.request("PUT", review, {
      body: { status: "draft" },
      headers: { "if-match": '"7"' },
    });
    expect(stale.status).toBe(412);
    const bad = await admin.request("PUT", review, {
      body: { schedule: "sometime", wentWell: [""] },
    });
    expect(bad.status).toBe(422);
    expect(Errors.parse(bad.body).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["schedule", "wentWell.0"]),
    );
  });

  it("turns each observation into a lesson captured at close, once", async () => {
    const project = await newProject();
    const review = `${projects}/${project.id}/review`;
    expect((await admin.post(`${review}/lessons`)).status).toBe(404);
    await admin.request("PUT", review, {
      body: {
        wentWell: ["Weekly demos kept the sponsor close."],
        toImprove: ["Test data arrived late; book it at kickoff."],
      },
    });
    const first = GeneratedLessons.parse((await admin.post(`${review}/lessons`)).body);
    expect(first.created).toBe(2);
    const lessons = Page(LessonHit).parse(
      (await admin.get(`${projects}/${project.id}/lessons`)).body,
    );
    expect(lessons.items.map((h) => h.lesson)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: "Weekly demos kept the sponsor close.",
          origin: "at_close",
          phase: "Close",
          tags: ["went well"],
        }),
        expect.objectContaining({ tags: ["to improve"] }),
      ]),
    );
    const again = GeneratedLessons.parse((await admin.post(`${review}/lessons`)).body);
    expect(again.created).toBe(0);
    const current = ProjectReview.parse((await admin.get(review)).body);
    expect(current.lessonsFrom).toHaveLength(2);
  });

  it("lets project managers write it, members only read it", async () => {
    const project = await newProject();
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    await admin.post(`${projects}/${project.id}/members`, {
      userId: member.userId,
      role: "member",
    });
    const asMember = apiClient(server.url, { token: member.token });
    const review = `${projects}/${project.id}/review`;
    expect((await asMember.get(review)).status).toBe(200);
    expect((await asMember.request("PUT", review, { body: {} })).status).toBe(403);
  });
});
