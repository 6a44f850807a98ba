import { Page } from "@orrery/contracts/common";
import { Project } from "@orrery/contracts/projects";
import { RaidBulkResult, RaidItem } from "@orrery/contracts/raid";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { openEventStream } from "../testing/event-stream.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Items = Page(RaidItem);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const AuditActions = z.object({
  items: z.array(z.object({ action: z.string(), entityId: z.string() })),
});

describe.each(apiDrivers())("RAID bulk edit, reviews and stale items on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let projects: string;
  let adminId: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    projects = `/api/v1/orgs/${server.org.slug}/projects`;
    adminId = z
      .object({ user: z.object({ id: z.string() }) })
      .parse((await admin.get("/api/v1/me")).body).user.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newRaid(): Promise<string> {
    const key = `RB${++serial}`;
    const project = Project.parse((await admin.post(projects, { key, name: `Bulk ${key}` })).body);
    return `${projects}/${project.id}/raid`;
  }

  async function record(raid: string, body: object): Promise<RaidItem> {
    const response = await admin.post(raid, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return RaidItem.parse(response.body);
  }

  const targets = (...items: RaidItem[]) => items.map(({ id, version }) => ({ id, version }));

  async function auditActionsOf(id: string): Promise<string[]> {
    const audit = await admin.get(`/api/v1/orgs/${server.org.slug}/audit?entityId=${id}`);
    return AuditActions.parse(audit.body)
      .items.filter((e) => e.entityId === id)
      .map((e) => e.action)
      .sort();
  }

  it("closes and reassigns many items in one call, one audit row each and one event", async () => {
    const raid = await newRaid();
    const a = await record(raid, { type: "action", title: "Book room" });
    const b = await record(raid, { type: "issue", title: "Printer jammed" });
    const untouched = await record(raid, { type: "action", title: "Stays open" });
    const stream = await openEventStream(server.url, server.org.slug, server.admin.token);
    try {
      const response = await admin.post(`${raid}:bulk`, {
        items: targets(a, b),
        set: { status: "closed", ownerId: adminId, dueDate: "2027-04-01" },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const result = RaidBulkResult.parse(response.body);
      expect(
        result.items.map((i) => [i.title, i.status, i.owner?.id, i.dueDate, i.version]),
      ).toEqual([
        ["Book room", "closed", adminId, "2027-04-01", 2],
        ["Printer jammed", "closed", adminId, "2027-04-01", 2],
      ]);
      const event = await stream.next((e) => e.type === "raid_item.bulk_updated");
      expect(event.summary).toContain("2 RAID items");
      // The items' own "created" events may still be on their way (PostgreSQL notifies
      // asynchronously), so only the edit's events count: one for the whole bulk edit.
      const edits = stream.received.filter(
        (e) => e.type === "raid_item.updated" || e.type === "raid_item.bulk_updated",
      );
      expect(edits.map((e) => e.type)).toEqual(["raid_item.bulk_updated"]);
    } finally {
      stream.close();
    }
    expect(await auditActionsOf(a.id)).toEqual(["raid_item.create", "raid_item.update"]);
    expect(await auditActionsOf(b.id)).toEqual(["raid_item.create", "raid_item.update"]);
    const left = RaidItem.parse((await admin.get(`${raid}/${untouched.id}`)).body);
    expect(left).toMatchObject({ status: "open", version: 1 });
  });

  it("refuses the whole edit with 412 naming each stale item, and writes nothing", async () => {
    const raid = await newRaid();
    const fresh = await record(raid, { type: "action", title: "Fresh" });
    const moved = await record(raid, { type: "action", title: "Moved on" });
    await admin.patch(`${raid}/${moved.id}`, { title: "Moved on again" });
    const response = await admin.post(`${raid}:bulk`, {
      items: targets(fresh, moved),
      set: { status: "closed" },
    });
    expect(response.status).toBe(412);
    expect(Errors.parse(response.body).errors).toEqual([
      { path: "items.1", message: "ACT-2 is at version 2, not 1" },
    ]);
    const after = Items.parse((await admin.get(`${raid}?sort=title`)).body).items;
    expect(after.map((i) => [i.title, i.status])).toEqual([
      ["Fresh", "open"],
      ["Moved on again", "open"],
    ]);
    expect(await auditActionsOf(fresh.id)).toEqual(["raid_item.create"]);
  });

  it("refuses a field one item's type does not use, an item of another project, and an unknown owner", async () => {
    const raid = await newRaid();
    const risk = await record(raid, { type: "risk", title: "Flood", probability: 2, impact: 3 });
    const action = await record(raid, { type: "action", title: "Sandbags" });
    const foreign = await record(await newRaid(), { type: "action", title: "Elsewhere" });

    const dated = await admin.post(`${raid}:bulk`, {
      items: targets(action, risk),
      set: { dueDate: "2027-05-01" },
    });
    expect(dated.status).toBe(422);
    expect(Errors.parse(dated.body).errors).toEqual([
      { path: "items.1", message: "R-1: dueDate does not apply to a risk" },
    ]);
    const across = await admin.post(`${raid}:bulk`, {
      items: targets(action, foreign),
      set: { status: "closed" },
    });
    expect(across.status).toBe(422);
    expect(Errors.parse(across.body).errors).toEqual([
      { path: "items.1.id", message: "is not a RAID item of this project" },
    ]);
    const nobody = await admin.post(`${raid}:bulk`, {
      items: targets(action),
      set: { ownerId: "nobody" },
    });
    expect(Errors.parse(nobody.body).errors.map((e) => e.path)).toEqual(["set.ownerId"]);
    const twice = await admin.post(`${raid}:bulk`, { items: targets(action, action), set: {} });
    expect(twice.status).toBe(422);
    expect(RaidItem.parse((await admin.get(`${raid}/${action.id}`)).body).version).toBe(1);
  });

  it("edits across projects for the PMO, and refuses an item of a project one may not edit", async () => {
    const first = await record(await newRaid(), { type: "action", title: "First" });
    const second = await record(await newRaid(), { type: "issue", title: "Second" });
    const org = `/api/v1/orgs/${server.org.slug}/raid:bulk`;
    const closed = await admin.post(org, {
      items: targets(first, second),
      set: { status: "closed" },
    });
    expect(closed.status).toBe(200);
    expect(RaidBulkResult.parse(closed.body).items.map((i) => i.status)).toEqual([
      "closed",
      "closed",
    ]);

    const viewer = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "executive",
    });
    const asExecutive = apiClient(server.url, { token: viewer.token });
    const again = RaidItem.parse(
      (await admin.get(`${projects}/${second.project.id}/raid/${second.id}`)).body,
    );
    const refused = await asExecutive.post(org, { items: targets(again), set: {} });
    expect(refused.status).toBe(403);
  });

  it("marks items reviewed, alone with an empty edit or in bulk, and finds the stale ones", async () => {
    const raid = await newRaid();
    const old = await record(raid, { type: "risk", title: "Old", probability: 2, impact: 2 });
    const older = await record(raid, { type: "assumption", title: "Older" });
    const recent = await record(raid, { type: "action", title: "Recent" });
    const closedOld = await record(raid, {
      type: "action",
      title: "Closed long ago",
      status: "closed",
    });
    const { store } = await server.server.ready;
    for (const [item, days] of [
      [old, 40],
      [older, 90],
      [recent, 5],
      [closedOld, 120],
    ] as const) {
      await store.db.execute(
        sql`update raid_item set last_reviewed_at = now() - make_interval(days => ${days}) where id = ${item.id}`,
      );
    }
    const staleTitles = async (query: string) =>
      Items.parse((await admin.get(`${raid}?stale=true${query}&sort=title`)).body).items.map(
        (i) => i.title,
      );
    expect(await staleTitles("")).toEqual(["Old", "Older"]);
    expect(await staleTitles("&staleDays=60")).toEqual(["Older"]);
    expect(await staleTitles("&staleDays=3")).toEqual(["Old", "Older", "Recent"]);
    expect((await admin.get(`${raid}?stale=true&staleDays=0`)).status).toBe(422);

    const reviewed = await admin.patch(`${raid}/${old.id}`, {}, { headers: { "if-match": '"1"' } });
    expect(reviewed.status).toBe(200);
    expect(RaidItem.parse(reviewed.body)).toMatchObject({
      title: "Old",
      version: 2,
      lastReviewedBy: { id: adminId },
    });
    expect(await auditActionsOf(old.id)).toEqual(["raid_item.create", "raid_item.review"]);
    expect(await staleTitles("")).toEqual(["Older"]);

    const bulk = await admin.post(`${raid}:bulk`, { items: targets(older), set: {} });
    expect(bulk.status).toBe(200);
    const [marked] = RaidBulkResult.parse(bulk.body).items;
    expect(marked?.title).toBe("Older");
    expect(Date.now() - Date.parse(marked?.lastReviewedAt ?? "")).toBeLessThan(60_000);
    expect(await auditActionsOf(older.id)).toEqual(["raid_item.create", "raid_item.review"]);
    expect(await staleTitles("")).toEqual([]);
    const exported = await admin.get(`${raid}/export?format=csv&stale=true&staleDays=3`);
    const rows = (typeof exported.body === "string" ? exported.body : "").trim().split("\r\n");
    expect(rows.length).toBe(2);
    expect(rows[1]).toContain("Recent");
  });
});
