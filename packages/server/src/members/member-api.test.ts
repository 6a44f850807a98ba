import { Page } from "@orrery/contracts/common";
import { Member } from "@orrery/contracts/orgs";
import { Project } from "@orrery/contracts/projects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson, sessionCookieOf } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Added = z.object({ member: Member, inviteUrl: z.string().nullable() });

describe.each(apiDrivers())("members and invitations on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let members: string;
  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    members = `/api/v1/orgs/${server.org.slug}/members`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("invites someone without an account, and the link lets them choose a password once", async () => {
    const added = await admin.post(members, {
      email: "Grace@Example.test",
      name: "Grace",
      role: "pmo_analyst",
    });
    expect(added.status).toBe(201);
    const { member, inviteUrl } = Added.parse(added.body);
    expect(member).toMatchObject({ email: "grace@example.test", role: "pmo_analyst", version: 1 });
    expect(inviteUrl).toMatch(/\/invite\?token=/);
    const token = new URL(inviteUrl ?? "").searchParams.get("token");

    const anonymous = apiClient(server.url);
    const lookup = await anonymous.post("/api/v1/invitations/lookup", { token });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({
      email: "grace@example.test",
      orgSlug: server.org.slug,
      role: "pmo_analyst",
    });

    const accept = await fetch(`${server.url}/api/v1/invitations/accept`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, name: "Grace Hopper", password: "correct horse battery" }),
    });
    expect(accept.status).toBe(200);
    const cookie = sessionCookieOf(accept.headers);
    const me = await apiClient(server.url, { cookie }).get("/api/v1/me");
    expect(me.body).toMatchObject({ user: { name: "Grace Hopper" }, auth: { kind: "session" } });

    const again = await anonymous.post("/api/v1/invitations/accept", {
      token,
      name: "Mallory",
      password: "another password",
    });
    expect(again.status).toBe(404);
  });

  it("replaces a lost invitation link, voiding the old one, until the person has a password", async () => {
    const added = Added.parse(
      (await admin.post(members, { email: "lin@example.test", role: "team_member" })).body,
    );
    const { userId, invitedUntil } = added.member;
    expect(Date.parse(invitedUntil ?? "")).toBeGreaterThan(Date.now());
    const listed = Page(Member).parse((await admin.get(`${members}?q=lin@`)).body).items;
    expect(listed.map((m) => [m.userId, m.invitedUntil])).toEqual([[userId, invitedUntil]]);

    const reissued = await admin.post(`${members}/${userId}/invitation`, {});
    expect(reissued.status).toBe(201);
    const fresh = Added.parse(reissued.body);
    expect(fresh.inviteUrl).not.toBe(added.inviteUrl);
    const anonymous = apiClient(server.url);
    const tokenOf = (url: string | null) => new URL(url ?? "").searchParams.get("token");
    const lookup = (url: string | null) =>
      anonymous.post("/api/v1/invitations/lookup", { token: tokenOf(url) });
    expect((await lookup(added.inviteUrl)).status).toBe(404);
    expect((await lookup(fresh.inviteUrl)).status).toBe(200);

    const accepted = await anonymous.post("/api/v1/invitations/accept", {
      token: tokenOf(fresh.inviteUrl),
      name: "Lin",
      password: "a long enough password",
    });
    expect(accepted.status).toBe(200);
    const after = Member.parse((await admin.get(`${members}/${userId}`)).body);
    expect(after.invitedUntil).toBeNull();
    expect((await admin.post(`${members}/${userId}/invitation`, {})).status).toBe(409);
    expect((await admin.post(`${members}/no-such-user/invitation`, {})).status).toBe(404);
  });

  it("adds someone who already has an account without an invitation", async () => {
    const other = await admin.post("/api/v1/orgs", { name: "Sister org" });
    const slug = z.object({ slug: z.string() }).parse(other.body).slug;
    const person = await createPerson(server.url, server.admin.token, slug, { role: "executive" });
    const added = await admin.post(members, { email: person.email, role: "executive" });
    expect(added.status).toBe(201);
    expect(Added.parse(added.body).inviteUrl).toBeNull();
    expect((await admin.post(members, { email: person.email, role: "executive" })).status).toBe(
      409,
    );
  });

  it("changes a role with If-Match and keeps at least one admin", async () => {
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const path = `${members}/${person.userId}`;
    const changed = await admin.patch(path, { role: "admin" }, { headers: { "if-match": '"1"' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ role: "admin", version: 2 });
    expect(
      (await admin.patch(path, { role: "executive" }, { headers: { "if-match": '"1"' } })).status,
    ).toBe(412);

    // Two admins now: one may step down, the last one may not.
    const self = await apiClient(server.url, { token: person.token });
    const adminMe = z
      .object({ user: z.object({ id: z.string() }) })
      .parse((await admin.get("/api/v1/me")).body);
    expect(
      (await self.patch(`${members}/${adminMe.user.id}`, { role: "pmo_manager" })).status,
    ).toBe(200);
    const last = await self.patch(path, { role: "executive" });
    expect(last.status).toBe(409);
    expect((await self.patch(`${members}/${adminMe.user.id}`, { role: "admin" })).status).toBe(200);
  });

  it("removes a member and clears them as manager of projects", async () => {
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "project_manager",
    });
    const projects = `/api/v1/orgs/${server.org.slug}/projects`;
    const created = await admin.post(projects, {
      key: "LEAVE",
      name: "Leaver",
      managerId: person.userId,
    });
    const project = Project.parse(created.body);
    expect(project.manager?.id).toBe(person.userId);
    expect((await admin.delete(`${members}/${person.userId}`)).status).toBe(204);
    const after = Project.parse((await admin.get(`${projects}/${project.id}`)).body);
    expect(after.manager).toBeNull();
    expect(after.version).toBe(2);
    expect((await apiClient(server.url, { token: person.token }).get(projects)).status).toBe(404);
  });

  it("lists members by name and searches them", async () => {
    await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
      name: "Zed Zebra",
    });
    const all = Page(Member).parse((await admin.get(`${members}?limit=500`)).body);
    const names = all.items.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    const found = Page(Member).parse((await admin.get(`${members}?q=zebra`)).body);
    expect(found.items.map((m) => m.name)).toEqual(["Zed Zebra"]);
  });

  it("refuses member management to non-admins with 403", async () => {
    const analyst = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "pmo_analyst",
    });
    const client = apiClient(server.url, { token: analyst.token });
    expect((await client.get(members)).status).toBe(200);
    expect((await client.post(members, { email: "x@example.test", role: "admin" })).status).toBe(
      403,
    );
  });
});
