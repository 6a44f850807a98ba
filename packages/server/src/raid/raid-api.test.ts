import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import { RaidItem, RiskHeatMap } from "@orrery/contracts/raid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Items = Page(RaidItem);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

describe.each(apiDrivers())("RAID log API on $name", ({ options }) => {
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
    const key = `RD${++serial}`;
    return Project.parse((await admin.post(projects, { key, name: `RAID ${key}` })).body);
  }

  async function record(raid: string, body: object): Promise<RaidItem> {
    const response = await admin.post(raid, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return RaidItem.parse(response.body);
  }

  it("records a threat with its score, numbers items per type and reads one back with an ETag", async () => {
    const project = await newProject();
    const raid = `${projects}/${project.key}/raid`;
    const risk = await record(raid, {
      type: "risk",
      title: "Vendor delivers late",
      probability: 4,
      impact: 5,
      response: "reduce",
      responsePlan: "Weekly vendor calls",
      trigger: "Missed sprint demo",
      residualProbability: 2,
      residualImpact: 3,
      proximity: "2027-03-01",
    });
    expect(risk).toMatchObject({
      ref: "R-1",
      riskKind: "threat",
      score: 20,
      residualScore: 6,
      status: "open",
      project: { id: project.id, key: project.key },
      createdBy: { email: server.admin.email },
      priority: null,
    });
    expect(risk.lastReviewedAt).not.toBeNull();
    const second = await record(raid, {
      type: "risk",
      title: "Key person leaves",
      probability: 2,
      impact: 2,
    });
    const issue = await record(raid, {
      type: "issue",
      title: "Test rig broken",
      priority: "critical",
    });
    expect([second.ref, issue.ref]).toEqual(["R-2", "I-1"]);
    expect(issue).toMatchObject({ priority: "critical", escalated: false, score: null });

    const fetched = await admin.get(`${raid}/${risk.id}`);
    expect(fetched.body).toEqual(risk);
    expect(fetched.headers.get("etag")).toBe('"1"');
  });

  it("records every type with its own fields, including a dependency on another project", async () => {
    const project = await newProject();
    const other = await newProject();
    const raid = `${projects}/${project.id}/raid`;
    const dependency = await record(raid, {
      type: "dependency",
      title: "Needs the new data centre",
      dependsOnProjectId: other.id,
      dueDate: "2027-05-01",
    });
    expect(dependency.dependsOnProject).toEqual({ id: other.id, key: other.key, name: other.name });
    const decision = await record(raid, {
      type: "decision",
      title: "Buy, not build",
      decidedOn: "2027-01-10",
      decidedBy: "Steering committee",
      optionsConsidered: "Build in house; buy a package",
      rationale: "Time to market",
    });
    expect(decision).toMatchObject({ ref: "DEC-1", decidedBy: "Steering committee" });
    const action = await record(raid, {
      type: "action",
      title: "Book the workshop",
      dueDate: "2027-02-01",
    });
    const assumption = await record(raid, { type: "assumption", title: "Users have laptops" });
    expect([dependency.ref, action.ref, assumption.ref]).toEqual(["DEP-1", "ACT-1", "A-1"]);
  });

  it("names every invalid field with 422, the response that does not fit the kind included", async () => {
    const raid = `${projects}/${(await newProject()).id}/raid`;
    const bad = await admin.post(raid, { type: "risk", probability: 6, impact: 0 });
    expect(bad.status).toBe(422);
    expect(Errors.parse(bad.body).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["title", "probability", "impact"]),
    );
    const misfit = await admin.post(raid, {
      type: "risk",
      riskKind: "opportunity",
      title: "Early delivery",
      probability: 3,
      impact: 3,
      response: "avoid",
    });
    expect(misfit.status).toBe(422);
    expect(misfit.body).toMatchObject({
      errors: [
        {
          path: "response",
          message: "must be one of exploit, enhance, share, accept for an opportunity",
        },
      ],
    });
    const foreign = await admin.post(raid, { type: "issue", title: "x", probability: 3 });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ errors: [{ path: "probability" }] });
    const self = await admin.post(raid, {
      type: "dependency",
      title: "On ourselves",
      dependsOnProjectId: raid.split("/")[6],
      ownerId: "nobody",
    });
    expect(
      Errors.parse(self.body)
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(["dependsOnProjectId", "ownerId"]);
  });

  it("updates with If-Match, refuses a stale one with 412 and a field of another type with 422", async () => {
    const raid = `${projects}/${(await newProject()).id}/raid`;
    const risk = await record(raid, {
      type: "risk",
      title: "Strike",
      probability: 2,
      impact: 4,
      response: "accept",
    });
    const kindChange = await admin.patch(`${raid}/${risk.id}`, {
      riskKind: "opportunity",
      response: "avoid",
    });
    expect(kindChange.status).toBe(422);
    expect(kindChange.body).toMatchObject({ errors: [{ path: "response" }] });
    const wrongType = await admin.patch(`${raid}/${risk.id}`, { priority: "high" });
    expect(wrongType.body).toMatchObject({
      errors: [{ path: "priority", message: "does not apply to a risk" }],
    });

    const fresh = await admin.patch(
      `${raid}/${risk.id}`,
      { probability: 5, status: "in_progress" },
      { headers: { "if-match": '"1"' } },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ score: 20, status: "in_progress", version: 2 });
    expect(fresh.headers.get("etag")).toBe('"2"');
    const stale = await admin.patch(
      `${raid}/${risk.id}`,
      { title: "Lost" },
      { headers: { "if-match": '"1"' } },
    );
    expect(stale.status).toBe(412);
    expect(RaidItem.parse((await admin.get(`${raid}/${risk.id}`)).body).title).toBe("Strike");

    expect(
      (await admin.request("DELETE", `${raid}/${risk.id}`, { headers: { "if-match": '"1"' } }))
        .status,
    ).toBe(412);
    expect(
      (await admin.request("DELETE", `${raid}/${risk.id}`, { headers: { "if-match": '"2"' } }))
        .status,
    ).toBe(204);
    expect((await admin.get(`${raid}/${risk.id}`)).status).toBe(404);
    expect((await admin.get(`${raid}/not-an-id`)).status).toBe(404);
  });

  it("filters by type, status and text, sorts by score and pages with a cursor", async () => {
    const raid = `${projects}/${(await newProject()).id}/raid`;
    for (const [probability, impact] of [
      [1, 2],
      [5, 5],
      [3, 3],
      [2, 5],
      [4, 1],
    ]) {
      await record(raid, {
        type: "risk",
        title: `Risk ${probability}x${impact}`,
        probability,
        impact,
      });
    }
    await record(raid, { type: "action", title: "Call the vendor" });
    const closed = await record(raid, { type: "issue", title: "Server room flooded" });
    await admin.patch(`${raid}/${closed.id}`, { status: "closed" });

    const scores: (number | null)[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?type=risk&sort=-score&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = Items.parse((await admin.get(`${raid}${query}`)).body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      scores.push(...page.items.map((i) => i.score));
      cursor = page.nextCursor;
    } while (cursor);
    expect(scores).toEqual([25, 10, 9, 4, 2]);

    const open = Items.parse((await admin.get(`${raid}?status=open&type=issue,action`)).body);
    expect(open.items.map((i) => i.title)).toEqual(["Call the vendor"]);
    const found = Items.parse((await admin.get(`${raid}?q=FLOOD`)).body);
    expect(found.items.map((i) => i.ref)).toEqual(["I-1"]);
    const byRef = Items.parse((await admin.get(`${raid}?q=R-2&type=risk`)).body);
    expect(byRef.items.map((i) => i.ref)).toEqual(["R-2"]);
    const wrongCursor = await admin.get(
      `${raid}?sort=title&cursor=${Items.parse((await admin.get(`${raid}?limit=1`)).body).nextCursor}`,
    );
    expect(wrongCursor.status).toBe(422);
  });

  it("counts open threats on the heat map, per project and across the portfolio", async () => {
    const first = await newProject();
    const second = await newProject();
    const one = `${projects}/${first.id}/raid`;
    const two = `${projects}/${second.id}/raid`;
    await record(one, { type: "risk", title: "A", probability: 4, impact: 5 });
    await record(one, { type: "risk", title: "B", probability: 4, impact: 5 });
    await record(one, {
      type: "risk",
      title: "Upside",
      riskKind: "opportunity",
      probability: 5,
      impact: 5,
    });
    const closed = await record(one, { type: "risk", title: "Gone", probability: 1, impact: 1 });
    await admin.patch(`${one}/${closed.id}`, { status: "closed" });
    await record(two, { type: "risk", title: "C", probability: 1, impact: 2 });

    const map = RiskHeatMap.parse((await admin.get(`${one}/heatmap`)).body);
    expect(map.total).toBe(2);
    expect(map.cells[4]?.[3]).toBe(2);
    const portfolio = RiskHeatMap.parse(
      (await admin.get(`/api/v1/orgs/${server.org.slug}/raid/heatmap`)).body,
    );
    const mine = RiskHeatMap.parse(
      (await admin.get(`/api/v1/orgs/${server.org.slug}/raid/heatmap?projectId=${second.id}`)).body,
    );
    expect(portfolio.cells[4]?.[3]).toBeGreaterThanOrEqual(2);
    expect(portfolio.cells[1]?.[0]).toBeGreaterThanOrEqual(1);
    expect(mine).toEqual({ total: 1, cells: expect.any(Array) });
    expect(mine.cells[1]?.[0]).toBe(1);
  });

  it("lists across projects only those the caller may read, and lets members edit but not viewers", async () => {
    const shared = await newProject();
    const hidden = await newProject();
    await record(`${projects}/${shared.id}/raid`, { type: "issue", title: "Visible issue" });
    await record(`${projects}/${hidden.id}/raid`, { type: "issue", title: "Hidden issue" });
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const viewer = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    await admin.post(`${projects}/${shared.id}/members`, { userId: member.userId, role: "member" });
    await admin.post(`${projects}/${shared.id}/members`, { userId: viewer.userId, role: "viewer" });
    const asMember = apiClient(server.url, { token: member.token });
    const asViewer = apiClient(server.url, { token: viewer.token });

    const listed = Items.parse(
      (await asMember.get(`/api/v1/orgs/${server.org.slug}/raid?type=issue`)).body,
    );
    expect(listed.items.map((i) => i.title)).toEqual(["Visible issue"]);
    const pmoView = Items.parse(
      (await admin.get(`/api/v1/orgs/${server.org.slug}/raid?type=issue&projectId=${hidden.id}`))
        .body,
    );
    expect(pmoView.items.map((i) => i.title)).toEqual(["Hidden issue"]);

    expect(
      (await asMember.post(`${projects}/${shared.id}/raid`, { type: "action", title: "Mine" }))
        .status,
    ).toBe(201);
    const refused = await asViewer.post(`${projects}/${shared.id}/raid`, {
      type: "action",
      title: "No",
    });
    expect(refused.status).toBe(403);
    expect((await asViewer.get(`${projects}/${shared.id}/raid`)).status).toBe(200);
    expect((await asMember.get(`${projects}/${hidden.id}/raid`)).status).toBe(404);
  });

  it("hides another organisation's RAID log behind 404", async () => {
    const project = await newProject();
    const risk = await record(`${projects}/${project.id}/raid`, {
      type: "risk",
      title: "Ours",
      probability: 1,
      impact: 1,
    });
    const { slug } = z
      .object({ slug: z.string() })
      .parse((await admin.post("/api/v1/orgs", { name: "Other org" })).body);
    const outsider = await createPerson(server.url, server.admin.token, slug, { role: "admin" });
    const client = apiClient(server.url, { token: outsider.token });
    const path = `/api/v1/orgs/${slug}/projects/${project.id}/raid`;
    expect((await client.get(`${path}/${risk.id}`)).status).toBe(404);
    expect((await client.patch(`${path}/${risk.id}`, { title: "x" })).status).toBe(404);
    expect((await client.get(`${projects}/${project.id}/raid`)).status).toBe(404);
    const theirs = Items.parse((await client.get(`/api/v1/orgs/${slug}/raid`)).body);
    expect(theirs.items).toEqual([]);
  });

  it("exports the log as CSV with formula-looking text defused, and as XLSX", async () => {
    const project = await newProject();
    const raid = `${projects}/${project.id}/raid`;
    await record(raid, { type: "risk", title: '=HYPERLINK("x")', probability: 3, impact: 4 });
    const csv = await admin.get(`${raid}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = typeof csv.body === "string" ? csv.body : "";
    const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header?.startsWith("Project,Ref,Type,Title")).toBe(true);
    expect(row).toContain(`${project.key},R-1,risk,"'=HYPERLINK(""x"")"`);
    expect(row).toContain(",3,4,12,");
    const xlsx = await admin.get(`${raid}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toContain(`${project.key}-raid.xlsx`);
  });

  it("writes an audit row for each change", async () => {
    const raid = `${projects}/${(await newProject()).id}/raid`;
    const item = await record(raid, { type: "action", title: "Audited" });
    await admin.patch(`${raid}/${item.id}`, { status: "closed" });
    const audit = await admin.get(`/api/v1/orgs/${server.org.slug}/audit?entityId=${item.id}`);
    const actions = z
      .object({ items: z.array(z.object({ action: z.string(), entityId: z.string() })) })
      .parse(audit.body)
      .items.filter((e) => e.entityId === item.id)
      .map((e) => e.action);
    expect(actions.sort()).toEqual(["raid_item.create", "raid_item.update"]);
  });
});
