import { Page } from "@orrery/contracts/common";
import { Lesson, LessonHit, LessonSuggestions } from "@orrery/contracts/lessons";
import { Project } from "@orrery/contracts/projects";
import { RaidItem } from "@orrery/contracts/raid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Hits = Page(LessonHit);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

describe.each(apiDrivers())("Lessons API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let knowledgeBase: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
    knowledgeBase = `/api/v1/orgs/${server.org.slug}/lessons`;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newProject(fields: object = {}): Promise<Project> {
    const key = `LS${++serial}`;
    const response = await admin.post(projects, { key, name: `Lessons ${key}`, ...fields });
    return Project.parse(response.body);
  }

  async function record(project: Project, body: object): Promise<Lesson> {
    const response = await admin.post(`${projects}/${project.id}/lessons`, {
      whatHappened: "Something happened.",
      recommendation: "Do better.",
      ...body,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return Lesson.parse(response.body);
  }

  async function search(query: string, client: ApiClient = admin) {
    const response = await client.get(`${knowledgeBase}?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return Hits.parse(response.body);
  }

  it("records a lesson linked to the project's risks and tasks, and reads it back with an ETag", async () => {
    const project = await newProject();
    const risk = RaidItem.parse(
      (
        await admin.post(`${projects}/${project.id}/raid`, {
          type: "risk",
          title: "Supplier insolvency",
          probability: 2,
          impact: 5,
        })
      ).body,
    );
    await admin.post(`${projects}/${project.id}/tasks:batch`, {
      operations: [{ op: "create", task: { uid: 7, name: "Sign the contract" } }],
    });
    const lesson = await record(project, {
      title: "Check supplier finances before signing",
      whatHappened: "The supplier went bust in month three.",
      effect: "Six weeks lost finding another.",
      recommendation: "Ask for audited accounts during procurement.",
      category: "procurement",
      tags: ["suppliers", "contracts"],
      phase: "Execute",
      riskIds: [risk.id],
      taskUids: [7],
    });
    expect(lesson).toMatchObject({
      project: { id: project.id, key: project.key },
      category: "procurement",
      origin: "during_project",
      risks: [{ id: risk.id, ref: "R-1", title: "Supplier insolvency" }],
      tasks: [{ uid: 7, name: "Sign the contract" }],
      author: { email: server.admin.email },
      version: 1,
    });
    const fetched = await admin.get(`${projects}/${project.key}/lessons/${lesson.id}`);
    expect(fetched.body).toEqual(lesson);
    expect(fetched.headers.get("etag")).toBe('"1"');
  });

  it("names every invalid field, links to another project's risk or a missing task included", async () => {
    const project = await newProject();
    const other = await newProject();
    const foreignRisk = RaidItem.parse(
      (
        await admin.post(`${projects}/${other.id}/raid`, {
          type: "risk",
          title: "Not yours",
          probability: 1,
          impact: 1,
        })
      ).body,
    );
    const lessons = `${projects}/${project.id}/lessons`;
    const missing = await admin.post(lessons, { category: "gossip", tags: ["a,b"] });
    expect(missing.status).toBe(422);
    expect(Errors.parse(missing.body).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["title", "whatHappened", "recommendation", "category", "tags.0"]),
    );
    const links = await admin.post(lessons, {
      title: "Linked badly",
      whatHappened: "x",
      recommendation: "y",
      riskIds: [foreignRisk.id],
      taskUids: [99],
    });
    expect(links.status).toBe(422);
    expect(Errors.parse(links.body).errors).toEqual([
      { path: "riskIds.0", message: "is not a risk of this project" },
      { path: "taskUids.0", message: "is not a task of this project's plan" },
    ]);
    const listed = Hits.parse((await admin.get(lessons)).body);
    expect(listed.items).toEqual([]);
  });

  it("updates with If-Match, refuses a stale version with 412, deletes and audits", async () => {
    const project = await newProject();
    const lessons = `${projects}/${project.id}/lessons`;
    const lesson = await record(project, { title: "First draft" });
    const stale = await admin.patch(
      `${lessons}/${lesson.id}`,
      { title: "Second" },
      { headers: { "if-match": '"9"' } },
    );
    expect(stale.status).toBe(412);
    const updated = await admin.patch(
      `${lessons}/${lesson.id}`,
      { title: "Second", tags: ["edited"] },
      { headers: { "if-match": '"1"' } },
    );
    expect(Lesson.parse(updated.body)).toMatchObject({ title: "Second", tags: ["edited"] });
    expect(updated.headers.get("etag")).toBe('"2"');
    expect(
      (
        await admin.request("DELETE", `${lessons}/${lesson.id}`, {
          headers: { "if-match": '"2"' },
        })
      ).status,
    ).toBe(204);
    expect((await admin.get(`${lessons}/${lesson.id}`)).status).toBe(404);
    const audit = await admin.get(`/api/v1/orgs/${server.org.slug}/audit?entityId=${lesson.id}`);
    const actions = z
      .object({ items: z.array(z.object({ action: z.string() })) })
      .parse(audit.body)
      .items.map((e) => e.action);
    expect(actions.sort()).toEqual(["lesson.create", "lesson.delete", "lesson.update"]);
  });

  it("ranks a title match above a recommendation match above a story match, and highlights the words", async () => {
    const project = await newProject();
    const inStory = await record(project, {
      title: "Late sign-off",
      whatHappened: "The turbine arrived damaged.",
      recommendation: "Inspect deliveries on arrival.",
    });
    const inTitle = await record(project, {
      title: "Turbine commissioning slipped",
      whatHappened: "Nobody booked the crane.",
      recommendation: "Book heavy lifts early.",
    });
    const inRecommendation = await record(project, {
      title: "Spare parts",
      whatHappened: "We waited for parts.",
      recommendation: "Keep turbine spares on site.",
    });
    await record(project, { title: "Unrelated", whatHappened: "Rain.", recommendation: "Tents." });

    const found = await search(`q=turbines&projectId=${project.id}`);
    expect(found.items.map((h) => h.lesson.id)).toEqual([
      inTitle.id,
      inRecommendation.id,
      inStory.id,
    ]);
    const ranks = found.items.map((h) => h.rank ?? 0);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(found.items[0]?.highlights?.title).toEqual([
      { text: "Turbine", match: true },
      { text: " commissioning slipped", match: false },
    ]);
    expect(found.items[1]?.highlights?.excerpt).toContainEqual({ text: "turbine", match: true });
  });

  it("shows lesson text that looks like markup as plain text runs", async () => {
    const project = await newProject();
    await record(project, {
      title: "<img src=x onerror=alert(1)> firewall rules",
      whatHappened: "<script>alert(1)</script> firewall blocked the release",
      recommendation: "Review firewall rules before go-live.",
    });
    const [hit] = (await search(`q=firewall&projectId=${project.id}`)).items;
    const title = hit?.highlights?.title ?? [];
    expect(title.map((r) => r.text).join("")).toBe("<img src=x onerror=alert(1)> firewall rules");
    expect(title).toContainEqual({ text: "firewall", match: true });
  });

  it("lists newest first without q, filters by category, tag and project, and pages with a cursor", async () => {
    const project = await newProject();
    const other = await newProject();
    for (const [i, category] of ["cost", "schedule", "cost", "cost"].entries()) {
      await record(project, { title: `Budget lesson ${i}`, category, tags: [`t${i % 2}`] });
    }
    await record(other, { title: "Budget elsewhere", category: "cost" });

    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<LessonHit> = await search(
        `projectId=${project.id}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.items.every((h) => h.rank === null && h.highlights === null)).toBe(true);
      titles.push(...page.items.map((h) => h.lesson.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles).toEqual([
      "Budget lesson 3",
      "Budget lesson 2",
      "Budget lesson 1",
      "Budget lesson 0",
    ]);

    const costs = await search(`q=budget&category=cost&tag=t0&projectId=${project.id}`);
    expect(costs.items.map((h) => h.lesson.title).sort()).toEqual([
      "Budget lesson 0",
      "Budget lesson 2",
    ]);
    const ranked: string[] = [];
    cursor = null;
    do {
      const page: Page<LessonHit> = await search(
        `q=budget&category=cost&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      ranked.push(...page.items.map((h) => h.lesson.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(ranked).size).toBe(ranked.length);
    expect(ranked.length).toBeGreaterThanOrEqual(4);

    const ownList = Hits.parse((await admin.get(`${projects}/${other.key}/lessons?q=budget`)).body);
    expect(ownList.items.map((h) => h.lesson.title)).toEqual(["Budget elsewhere"]);
    const firstPage = await search("q=budget&limit=1");
    const otherQuery = await admin.get(`${knowledgeBase}?q=lesson&cursor=${firstPage.nextCursor}`);
    expect(otherQuery.status).toBe(422);
  });

  it("answers odd queries without error and refuses over-long ones naming q", async () => {
    for (const q of [
      '"unclosed',
      "-",
      "or",
      "the",
      "a & | ! b",
      "(((",
      "'; drop table lesson; --",
    ]) {
      const response = await admin.get(`${knowledgeBase}?q=${encodeURIComponent(q)}`);
      expect(response.status, q).toBe(200);
    }
    const tooLong = await admin.get(`${knowledgeBase}?q=${"x".repeat(201)}`);
    expect(tooLong.status).toBe(422);
    expect(Errors.parse(tooLong.body).errors[0]?.path).toBe("q");
    const badCategory = await admin.get(`${knowledgeBase}?category=gossip`);
    expect(badCategory.status).toBe(422);
  });

  it("searches only the projects a member may read; portfolio roles read them all", async () => {
    const shared = await newProject();
    const hidden = await newProject();
    await record(shared, { title: "Visible quasar lesson" });
    await record(hidden, { title: "Hidden quasar lesson" });
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const executive = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "executive",
    });
    await admin.post(`${projects}/${shared.id}/members`, { userId: member.userId, role: "viewer" });
    const asMember = apiClient(server.url, { token: member.token });
    const asExecutive = apiClient(server.url, { token: executive.token });
    expect((await search("q=quasar", asMember)).items.map((h) => h.lesson.title)).toEqual([
      "Visible quasar lesson",
    ]);
    expect((await search("q=quasar", asExecutive)).items).toHaveLength(2);
    expect((await asMember.get(`${projects}/${hidden.id}/lessons`)).status).toBe(404);
    const refused = await asMember.post(`${projects}/${shared.id}/lessons`, {
      title: "x",
      whatHappened: "y",
      recommendation: "z",
    });
    expect(refused.status).toBe(403);
  });

  it("hides another organisation's lessons behind 404 and out of its knowledge base", async () => {
    const project = await newProject();
    const lesson = await record(project, { title: "Our nebula secret" });
    const { slug } = z
      .object({ slug: z.string() })
      .parse((await admin.post("/api/v1/orgs", { name: "Other lessons org" })).body);
    const outsider = await createPerson(server.url, server.admin.token, slug, { role: "admin" });
    const client = apiClient(server.url, { token: outsider.token });
    const theirs = `/api/v1/orgs/${slug}`;
    expect((await client.get(`${theirs}/projects/${project.id}/lessons/${lesson.id}`)).status).toBe(
      404,
    );
    expect((await client.get(`${projects}/${project.id}/lessons`)).status).toBe(404);
    const found = Hits.parse((await client.get(`${theirs}/lessons?q=nebula`)).body);
    expect(found.items).toEqual([]);
  });

  it("suggests other projects' lessons for a new project or a risk, best match first", async () => {
    const past = await newProject({ name: "Payroll cloud migration" });
    const close = await record(past, {
      title: "Rehearse the payroll cutover twice",
      whatHappened: "The payroll migration cutover overran by a weekend.",
      recommendation: "Run two full cutover rehearsals with real payroll data.",
      origin: "at_close",
      tags: ["migration"],
    });
    const loose = await record(past, {
      title: "Cloud costs",
      whatHappened: "Cloud invoices surprised finance.",
      recommendation: "Set budgets alerts.",
    });
    const next = await newProject({
      name: "HR payroll migration",
      description: "Move the payroll system to the cloud",
      tags: ["hr"],
    });
    const mine = await record(next, { title: "Payroll migration kickoff" });

    const response = await admin.get(`${knowledgeBase}/suggestions?projectId=${next.id}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const suggested = LessonSuggestions.parse(response.body);
    expect(suggested.terms).toEqual(["payroll", "migration", "move", "system", "cloud"]);
    const ids = suggested.items.map((h) => h.lesson.id);
    expect(ids.indexOf(close.id)).toBe(0);
    expect(ids).toContain(loose.id);
    expect(ids).not.toContain(mine.id);

    const forRisk = LessonSuggestions.parse(
      (
        await admin.get(
          `${knowledgeBase}/suggestions?text=${encodeURIComponent("Cutover weekend overruns")}&projectId=${next.id}`,
        )
      ).body,
    );
    expect(forRisk.items[0]?.lesson.id).toBe(close.id);
    const nothing = await admin.get(
      `${knowledgeBase}/suggestions?text=${encodeURIComponent("the of")}`,
    );
    expect(LessonSuggestions.parse(nothing.body)).toEqual({ terms: [], items: [] });
    const neither = await admin.get(`${knowledgeBase}/suggestions`);
    expect(neither.status).toBe(422);
  });
});
