import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import { RaidItem } from "@orrery/contracts/raid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Items = Page(RaidItem);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

describe.each(apiDrivers())("RAID links, dependencies and categories on $name", ({ options }) => {
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
    const key = `RL${++serial}`;
    return Project.parse((await admin.post(projects, { key, name: `Links ${key}` })).body);
  }

  async function record(raid: string, body: object, client = admin): Promise<RaidItem> {
    const response = await client.post(raid, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return RaidItem.parse(response.body);
  }

  /** Two tasks: a summary "Build" (UID 1, WBS 1) over "Pour the slab" (UID 2, WBS 1.1). */
  async function planOf(project: Project): Promise<void> {
    const response = await admin.post(`${projects}/${project.id}/tasks:batch`, {
      operations: [
        { op: "create", task: { uid: 1, name: "Build" } },
        { op: "create", task: { uid: 2, name: "Pour the slab", outlineLevel: 2 } },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }

  it("links a risk to tasks of the plan, shows their name and WBS, and filters by task", async () => {
    const project = await newProject();
    await planOf(project);
    const raid = `${projects}/${project.id}/raid`;
    const risk = await record(raid, {
      type: "risk",
      title: "Rain on pour day",
      probability: 3,
      impact: 4,
      taskUids: [2],
    });
    expect(risk.tasks).toEqual([{ uid: 2, name: "Pour the slab", wbs: "1.1" }]);
    await record(raid, { type: "issue", title: "Unlinked" });

    const linked = Items.parse((await admin.get(`${raid}?taskUid=2`)).body);
    expect(linked.items.map((i) => i.title)).toEqual(["Rain on pour day"]);

    const relinked = await admin.patch(`${raid}/${risk.id}`, { taskUids: [1, 2] });
    expect(relinked.status).toBe(200);
    expect(RaidItem.parse(relinked.body).tasks.map((t) => t.uid)).toEqual([1, 2]);
    const unlinked = RaidItem.parse(
      (await admin.patch(`${raid}/${risk.id}`, { taskUids: [] })).body,
    );
    expect(unlinked.tasks).toEqual([]);
  });

  it("refuses a task that is not in the project's plan, naming it", async () => {
    const project = await newProject();
    const other = await newProject();
    await planOf(other);
    const bad = await admin.post(`${projects}/${project.id}/raid`, {
      type: "action",
      title: "Points elsewhere",
      taskUids: [2],
    });
    expect(bad.status).toBe(422);
    expect(Errors.parse(bad.body).errors).toEqual([
      { path: "taskUids.0", message: "task 2 is not in this project's plan" },
    ]);
    const twice = await admin.post(`${projects}/${other.id}/raid`, {
      type: "action",
      title: "Twice",
      taskUids: [2, 2],
    });
    expect(twice.status).toBe(422);
    expect(Errors.parse(twice.body).errors[0]?.path).toBe("taskUids");
  });

  it("names a project depended on only to those who may see it", async () => {
    const mine = await newProject();
    const secret = await newProject();
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    await admin.post(`${projects}/${mine.id}/members`, { userId: member.userId, role: "member" });
    const asMember = apiClient(server.url, { token: member.token });
    const raid = `${projects}/${mine.id}/raid`;

    const refused = await asMember.post(raid, {
      type: "dependency",
      title: "Needs the secret one",
      dependsOnProjectId: secret.id,
    });
    expect(refused.status).toBe(422);
    expect(Errors.parse(refused.body).errors).toEqual([
      {
        path: "dependsOnProjectId",
        message: "is not a project of this organisation that you can see",
      },
    ]);

    const dependency = await record(raid, {
      type: "dependency",
      title: "Needs the secret one",
      dependsOnProjectId: secret.id,
    });
    expect(dependency.dependsOnProject).toEqual({
      id: secret.id,
      key: secret.key,
      name: secret.name,
    });
    expect(dependency.dependsOnHiddenProject).toBe(false);

    const seen = await asMember.get(`${raid}/${dependency.id}`);
    expect(seen.status).toBe(200);
    expect(RaidItem.parse(seen.body)).toMatchObject({
      dependsOnProject: null,
      dependsOnHiddenProject: true,
    });
    expect(JSON.stringify(seen.body)).not.toContain(secret.name);
    const listed = await asMember.get(`${raid}/export?format=csv`);
    const text = typeof listed.body === "string" ? listed.body : "";
    expect(text).toContain("a project you cannot see");
    expect(text).not.toContain(secret.key);
  });

  it("takes categories from the project's template and filters by them", async () => {
    const template = z.object({ id: z.string() }).parse(
      (
        await admin.post(`/api/v1/orgs/${server.org.slug}/templates`, {
          name: "Categorised",
          methodology: "waterfall",
          raidCategories: ["Scope", "Supplier"],
          phases: [{ name: "Only", gate: { name: "End", reviewerRoles: ["executive"] } }],
        })
      ).body,
    );
    const governed = await newProject();
    const started = await admin.request("PUT", `${projects}/${governed.id}/lifecycle`, {
      body: { templateId: template.id, version: 1 },
    });
    expect(started.status, JSON.stringify(started.body)).toBeLessThan(300);
    const raid = `${projects}/${governed.id}/raid`;

    const off = await admin.post(raid, { type: "issue", title: "Off list", category: "Weather" });
    expect(off.status).toBe(422);
    expect(Errors.parse(off.body).errors).toEqual([
      { path: "category", message: "must be one of the template's categories: Scope, Supplier" },
    ]);
    await record(raid, { type: "issue", title: "Late parts", category: "Supplier" });
    await record(raid, { type: "issue", title: "Creep", category: "Scope" });
    await record(raid, { type: "issue", title: "None" });
    const supplier = Items.parse((await admin.get(`${raid}?category=Supplier`)).body);
    expect(supplier.items.map((i) => i.title)).toEqual(["Late parts"]);
    const both = Items.parse((await admin.get(`${raid}?category=Supplier,Scope&sort=title`)).body);
    expect(both.items.map((i) => i.title)).toEqual(["Creep", "Late parts"]);

    const free = `${projects}/${(await newProject()).id}/raid`;
    const anyText = await record(free, { type: "issue", title: "Free", category: "Weather" });
    expect(anyText.category).toBe("Weather");
  });
});
