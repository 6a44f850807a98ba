import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Projects = Page(Project);

describe.each(apiDrivers())("projects API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    base = `/api/v1/orgs/${server.org.slug}/projects`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("creates a project and reads it back by id and by key, with an ETag", async () => {
    const created = await admin.post(base, {
      key: "erp",
      name: "ERP rollout",
      budget: { amountMinor: 125_000_00, currency: "EUR" },
      plannedStart: "2027-01-04",
      plannedFinish: "2027-06-30",
      tags: ["finance", "2027"],
    });
    expect(created.status).toBe(201);
    const project = Project.parse(created.body);
    expect(project).toMatchObject({
      key: "ERP",
      status: "proposed",
      methodology: "waterfall",
      version: 1,
      myRole: "manager",
      manager: { email: server.admin.email },
      budget: { amountMinor: 12_500_000, currency: "EUR" },
    });
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.headers.get("location")).toBe(`${base}/${project.id}`);

    const byId = await admin.get(`${base}/${project.id}`);
    const byKey = await admin.get(`${base}/erp`);
    expect(byId.body).toEqual(project);
    expect(byKey.body).toEqual(project);
    expect(byKey.headers.get("etag")).toBe('"1"');
  });

  it("names every invalid field with 422", async () => {
    const response = await admin.post(base, {
      key: "1x",
      budget: { amountMinor: 10.5, currency: "eur" },
      plannedStart: "2027-05-01",
      plannedFinish: "2027-04-30",
    });
    expect(response.status).toBe(422);
    const paths = z
      .object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) })
      .parse(response.body)
      .errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["key", "name", "budget.amountMinor", "budget.currency"]),
    );
    expect(response.body).toMatchObject({
      errors: expect.arrayContaining([{ path: "name", message: "is required" }]),
    });
  });

  it("refuses a second project with the same key with 409 naming the key", async () => {
    await admin.post(base, { key: "DUP", name: "First" });
    const second = await admin.post(base, { key: "dup", name: "Second" });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ errors: [{ path: "key" }] });
  });

  it("refuses unknown fields in an update, naming them", async () => {
    const { body } = await admin.post(base, { key: "TYPO", name: "Typo" });
    const id = Project.parse(body).id;
    const response = await admin.patch(`${base}/${id}`, { nmae: "x" });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      errors: [{ path: "nmae", message: "is not a known field" }],
    });
  });

  it("applies an update with the current If-Match and refuses a stale one with 412", async () => {
    const project = Project.parse((await admin.post(base, { key: "ETAG", name: "Before" })).body);
    const fresh = await admin.patch(
      `${base}/${project.id}`,
      { name: "After", status: "active" },
      { headers: { "if-match": '"1"' } },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ name: "After", status: "active", version: 2 });
    expect(fresh.headers.get("etag")).toBe('"2"');

    const stale = await admin.patch(
      `${base}/${project.id}`,
      { name: "Lost" },
      { headers: { "if-match": '"1"' } },
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ type: "urn:orrery:problem:stale-write" });
    const now = Project.parse((await admin.get(`${base}/${project.id}`)).body);
    expect(now).toMatchObject({ name: "After", version: 2 });
  });

  it("checks the planned dates against the stored ones on a partial update", async () => {
    const project = Project.parse(
      (await admin.post(base, { key: "DATES", name: "Dates", plannedStart: "2027-03-01" })).body,
    );
    const response = await admin.patch(`${base}/${project.id}`, { plannedFinish: "2027-02-01" });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ path: "plannedFinish" }] });
  });

  it("deletes with If-Match, refusing a stale one, and then answers 404", async () => {
    const project = Project.parse((await admin.post(base, { key: "GONE", name: "Gone" })).body);
    expect(
      (await admin.delete(`${base}/${project.id}`, { headers: { "if-match": '"7"' } })).status,
    ).toBe(412);
    expect(
      (await admin.delete(`${base}/${project.id}`, { headers: { "if-match": '"1"' } })).status,
    ).toBe(204);
    expect((await admin.get(`${base}/${project.id}`)).status).toBe(404);
  });

  it("pages through a list by cursor without repeating or skipping a project", async () => {
    const keys = ["PGA", "PGB", "PGC", "PGD", "PGE", "PGF", "PGG"];
    for (const key of keys)
      await admin.post(base, { key, name: `Paging ${key}`, tags: ["paging"] });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?tag=paging&limit=3&sort=-name${cursor ? `&cursor=${cursor}` : ""}`;
      const page = Projects.parse((await admin.get(`${base}${query}`)).body);
      seen.push(...page.items.map((p) => p.key));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...keys].reverse());
  });

  it("lists each project exactly as it reads on its own", async () => {
    const sponsor = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "executive",
      name: "Sam Sponsor",
    });
    const full = Project.parse(
      (
        await admin.post(base, {
          key: "SAME",
          name: "Same shape",
          description: "Listed and read alone",
          status: "active",
          methodology: "agile",
          sponsorId: sponsor.userId,
          plannedStart: "2027-02-01",
          plannedFinish: "2027-09-30",
          budget: { amountMinor: 9_007_199_254_740_991, currency: "CHF" },
          tags: ["same", "shape"],
        })
      ).body,
    );
    const bare = Project.parse(
      (await admin.post(base, { key: "SAMEB", name: "Same bare", managerId: null, tags: ["same"] }))
        .body,
    );
    const listed = Projects.parse((await admin.get(`${base}?tag=same&sort=key`)).body).items;
    expect(listed).toEqual([full, bare]);
    expect(full.sponsor).toEqual({ id: sponsor.userId, name: "Sam Sponsor", email: sponsor.email });
  });

  it("pages by creation time without repeating rows created in the same millisecond", async () => {
    const ids: string[] = [];
    for (const key of ["USA", "USB", "USC"]) {
      ids.push(Project.parse((await admin.post(base, { key, name: key, tags: ["usec"] })).body).id);
    }
    const { store } = await server.server.ready;
    for (const [i, id] of ids.entries()) {
      await store.db.execute(
        sql`update project set created_at = ${`2027-01-01T00:00:00.000${i + 1}00Z`}::timestamptz where id = ${id}`,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 6; page++) {
      const query: string = `?tag=usec&limit=1&sort=-createdAt${cursor ? `&cursor=${cursor}` : ""}`;
      const body = Projects.parse((await admin.get(`${base}${query}`)).body);
      seen.push(...body.items.map((p) => p.key));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(["USC", "USB", "USA"]);
  });

  it("sorts nullable dates last in both directions across pages", async () => {
    const dated = [
      ["NDA", "2027-01-10"],
      ["NDB", null],
      ["NDC", "2027-01-05"],
      ["NDD", null],
      ["NDE", "2027-01-20"],
    ] as const;
    for (const [key, plannedStart] of dated) {
      await admin.post(base, { key, name: key, plannedStart, tags: ["nulls"] });
    }
    for (const sort of ["plannedStart", "-plannedStart"]) {
      const keys: string[] = [];
      let cursor: string | null = null;
      do {
        const page = Projects.parse(
          (
            await admin.get(
              `${base}?tag=nulls&limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`,
            )
          ).body,
        );
        keys.push(...page.items.map((p) => p.key));
        cursor = page.nextCursor;
      } while (cursor);
      expect(keys.slice(0, 3)).toEqual(
        sort === "plannedStart" ? ["NDC", "NDA", "NDE"] : ["NDE", "NDA", "NDC"],
      );
      expect([...keys.slice(3)].sort()).toEqual(["NDB", "NDD"]);
    }
  });

  it("filters by status, search text and archived flag", async () => {
    await admin.post(base, {
      key: "FLTA",
      name: "Warehouse robots",
      status: "active",
      tags: ["flt"],
    });
    const held = Project.parse(
      (await admin.post(base, { key: "FLTB", name: "Payroll", status: "on_hold", tags: ["flt"] }))
        .body,
    );
    const archived = Project.parse(
      (await admin.post(base, { key: "FLTC", name: "Old intranet", tags: ["flt"] })).body,
    );
    await admin.patch(`${base}/${archived.id}`, { archived: true });

    const keysOf = async (query: string) =>
      Projects.parse((await admin.get(`${base}?tag=flt&${query}`)).body).items.map((p) => p.key);
    expect(await keysOf("status=active,on_hold&sort=key")).toEqual(["FLTA", "FLTB"]);
    expect(await keysOf("q=ROBOT")).toEqual(["FLTA"]);
    expect(await keysOf("archived=true")).toEqual(["FLTC"]);
    expect(await keysOf("archived=all&sort=key")).toEqual(["FLTA", "FLTB", "FLTC"]);
    expect(held.status).toBe("on_hold");
  });

  it("refuses a cursor that was not handed out", async () => {
    const response = await admin.get(`${base}?cursor=bm90LWEtY3Vyc29y`);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ path: "cursor" }] });
  });

  it("hides another organisation's projects behind 404", async () => {
    const project = Project.parse((await admin.post(base, { key: "SECRET", name: "Secret" })).body);
    const other = await admin.post("/api/v1/orgs", { name: "Other Org" });
    expect(other.status).toBe(201);
    const slug = z.object({ slug: z.string() }).parse(other.body).slug;
    const outsider = await createPerson(server.url, server.admin.token, slug, { role: "admin" });
    const client = apiClient(server.url, { token: outsider.token });
    expect((await client.get(`${base}/${project.id}`)).status).toBe(404);
    expect((await client.get(base)).status).toBe(404);
    expect((await client.patch(`${base}/${project.id}`, { name: "x" })).status).toBe(404);
    expect((await client.get(`/api/v1/orgs/${slug}/projects/${project.id}`)).status).toBe(404);
  });

  it("shows team members only the projects they belong to", async () => {
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const mine = Project.parse(
      (await admin.post(base, { key: "MINE", name: "Mine", tags: ["vis"] })).body,
    );
    await admin.post(base, { key: "NOTMINE", name: "Not mine", tags: ["vis"] });
    await admin.post(`${base}/${mine.id}/members`, { userId: member.userId, role: "member" });
    const client = apiClient(server.url, { token: member.token });
    const listed = Projects.parse((await client.get(`${base}?tag=vis`)).body).items;
    expect(listed.map((p) => [p.key, p.myRole])).toEqual([["MINE", "member"]]);
    expect((await client.get(`${base}/NOTMINE`)).status).toBe(404);
    expect((await client.patch(`${base}/MINE`, { name: "x" })).status).toBe(403);
  });

  it("writes one audit row per change, with the request id", async () => {
    const created = await admin.post(
      base,
      { key: "AUD", name: "Audited" },
      { headers: { "x-request-id": "req-audit-1" } },
    );
    const id = Project.parse(created.body).id;
    await admin.patch(
      `${base}/${id}`,
      { name: "Audited twice" },
      { headers: { "x-request-id": "req-audit-2" } },
    );
    const audit = await admin.get(`/api/v1/orgs/${server.org.slug}/audit?entityId=${id}`);
    expect(audit.status).toBe(200);
    expect(audit.body).toMatchObject({
      items: [
        {
          action: "project.update",
          requestId: "req-audit-2",
          before: { name: "Audited" },
          after: { name: "Audited twice" },
        },
        {
          action: "project.create",
          requestId: "req-audit-1",
          before: null,
          actor: { email: server.admin.email },
        },
      ],
    });
  });
});
