import { Project } from "@orrery/contracts/projects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.js";
import { type RunningServer, startServer } from "../server.js";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { openEventStream } from "../testing/event-stream.js";
import { createPerson } from "../testing/test-people.js";
import { freePort, startTestServer, type TestServer } from "../testing/test-server.js";
import { mayReceive } from "./event-audience.js";

describe("live events on one node", () => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("pushes project.created within a second of the change", async () => {
    const stream = await openEventStream(server.url, server.org.slug, server.admin.token);
    try {
      expect(stream.status).toBe(200);
      const started = Date.now();
      const project = Project.parse(
        (await admin.post(projects, { key: "LIVE", name: "Live" })).body,
      );
      const event = await stream.next((e) => e.type === "project.created", 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(event).toMatchObject({
        entityType: "project",
        entityId: project.id,
        projectId: project.id,
      });
      expect(event.summary).toContain("LIVE");
    } finally {
      stream.close();
    }
  });

  it("tells a team member only about projects they may read", async () => {
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const stream = await openEventStream(server.url, server.org.slug, member.token);
    try {
      const hidden = Project.parse(
        (await admin.post(projects, { key: "HIDDEN", name: "Hidden" })).body,
      );
      const shared = Project.parse(
        (await admin.post(projects, { key: "SHARED", name: "Shared" })).body,
      );
      await admin.post(`${projects}/${shared.id}/members`, {
        userId: member.userId,
        role: "viewer",
      });
      await admin.patch(`${projects}/${shared.id}`, { name: "Shared and renamed" });
      await admin.patch(`${projects}/${hidden.id}`, { name: "Hidden and renamed" });
      await admin.delete(`${projects}/${shared.id}`);
      await stream.next((e) => e.type === "project.deleted" && e.entityId === shared.id);
      const about = stream.received.map(
        (e) =>
          `${e.type} ${e.projectId === hidden.id ? "hidden" : e.projectId === shared.id ? "shared" : "-"}`,
      );
      expect(about).toEqual([
        "project_member.added shared",
        "project.updated shared",
        "project.deleted shared",
      ]);
    } finally {
      stream.close();
    }
  });

  it("decides who hears a project's event as of the event, however late a stream reads it", async () => {
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const project = Project.parse(
      (await admin.post(projects, { key: "LATER", name: "Joined later" })).body,
    );
    await admin.post(`${projects}/${project.id}/members`, {
      userId: member.userId,
      role: "viewer",
    });
    const { store } = await server.server.ready;
    const heardBy = (memberIds: string[]) =>
      mayReceive(store.db, member.userId, {
        event: {
          id: "e1",
          type: "project.updated",
          orgId: server.org.id,
          entityType: "project",
          entityId: project.id,
          projectId: project.id,
          summary: "renamed",
          planVersion: null,
          actorId: null,
          at: new Date().toISOString(),
        },
        audience: { kind: "project", projectId: project.id, memberIds },
      });
    // A member now, but not when it happened; and the other way round.
    expect(await heardBy([])).toBe("no");
    await admin.delete(`${projects}/${project.id}/members/${member.userId}`);
    expect(await heardBy([member.userId])).toBe("yes");
  });

  it("refuses the stream without credentials and outside one's organisation", async () => {
    expect((await fetch(`${server.url}/api/v1/orgs/${server.org.slug}/events`)).status).toBe(401);
    const stream = await openEventStream(server.url, "no-such-org", server.admin.token);
    expect(stream.status).toBe(404);
  });
});

const baseUrl = process.env.ORRERY_TEST_DATABASE_URL;

describe.runIf(baseUrl)("live events across nodes on PostgreSQL", () => {
  let first: TestServer;
  let second: RunningServer;
  beforeAll(async () => {
    first = await startTestServer({ database: "postgres" });
    const database = first.config.store.kind === "postgres" ? first.config.store.url : "";
    second = await startServer(
      readConfig(
        {
          ORRERY_HOST: "127.0.0.1",
          ORRERY_PORT: String(await freePort()),
          ORRERY_LOG_LEVEL: "silent",
          DATABASE_URL: database,
        },
        process.cwd(),
      ),
    );
    await second.ready;
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it("reach a client on one node within a second of a change on another", async () => {
    const stream = await openEventStream(second.url, first.org.slug, first.admin.token);
    try {
      expect(stream.status).toBe(200);
      const started = Date.now();
      const created = await apiClient(first.url, { token: first.admin.token }).post(
        `/api/v1/orgs/${first.org.slug}/projects`,
        { key: "NODES", name: "Across nodes" },
      );
      const event = await stream.next((e) => e.type === "project.created", 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(event.entityId).toBe(Project.parse(created.body).id);
    } finally {
      stream.close();
    }
  });
});
