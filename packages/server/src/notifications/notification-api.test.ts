import { Page } from "@orrery/contracts/common";
import { GateReview } from "@orrery/contracts/lifecycle";
import {
  Notification,
  NotificationPage,
  NotificationPreferences,
} from "@orrery/contracts/notifications";
import { Project } from "@orrery/contracts/projects";
import { RaidItem } from "@orrery/contracts/raid";
import { LifecycleTemplate } from "@orrery/contracts/templates";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { inProcessEventBus } from "../events/event-bus.js";
import { emailOutbox } from "../store/schema/notification-tables.js";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { type SmtpInbox, startSmtpInbox } from "../testing/smtp-inbox.js";
import { createPerson, type TestPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";
import { startMailSender } from "./mail-sender.js";
import { sweepOverdueReports } from "./overdue-report-sweep.js";

describe.each(apiDrivers())("notifications on $name", ({ options }) => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let admin: ApiClient;
  let org: string;
  let template: LifecycleTemplate;
  let manager: TestPerson;
  let executive: TestPerson;
  let pmo: TestPerson;
  let bystander: TestPerson;
  let serial = 0;
  const as = (person: TestPerson) => apiClient(server.url, { token: person.token });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({
      ...options,
      env: { ORRERY_SMTP_URL: inbox.url, ORRERY_SMTP_FROM: "Orrery <pmo@example.test>" },
    });
    admin = apiClient(server.url, { token: server.admin.token });
    org = `/api/v1/orgs/${server.org.slug}`;
    const person = (role: "executive" | "pmo_manager" | "project_manager" | "portfolio_manager") =>
      createPerson(server.url, server.admin.token, server.org.slug, { role });
    manager = await person("project_manager");
    executive = await person("executive");
    pmo = await person("pmo_manager");
    bystander = await person("portfolio_manager");
    const created = await admin.post(`${org}/templates`, {
      name: "One gate",
      methodology: "waterfall",
      phases: [
        { name: "Define", gate: { name: "Go", reviewerRoles: ["executive"] } },
        { name: "Deliver", gate: { name: "Done", reviewerRoles: ["executive"] } },
      ],
    });
    template = LifecycleTemplate.parse(created.body);
  });
  afterAll(async () => {
    await server?.close();
    await inbox?.close();
  });

  /** A project its manager created (so they manage it), on the one-gate template. */
  async function newProject(): Promise<Project> {
    const key = `NT${++serial}`;
    const response = await as(manager).post(`${org}/projects`, {
      key,
      name: `Notified ${key}`,
      status: "active",
      templateId: template.id,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return Project.parse(response.body);
  }

  async function requestGate(project: Project): Promise<GateReview> {
    const response = await as(manager).post(`${org}/projects/${project.key}/gates/1/reviews`, {
      note: "Charter signed",
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return GateReview.parse(response.body);
  }

  async function notificationsOf(person: TestPerson, query = ""): Promise<NotificationPage> {
    const response = await as(person).get(`${org}/notifications${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return NotificationPage.parse(response.body);
  }

  async function setPreferences(person: TestPerson, kinds: object[]): Promise<void> {
    const response = await as(person).request("PUT", `${org}/notification-preferences`, {
      body: { kinds },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }

  it("tells the gate's reviewers and the PMO of a request, in the app and by e-mail with a link", async () => {
    const project = await newProject();
    const review = await requestGate(project);
    const link = `/projects/${project.key}/gates/1/reviews/${review.id}`;

    const mail = await inbox.next((m) => m.to.includes(executive.email));
    expect(mail.from).toBe("pmo@example.test");
    expect(mail.subject).toBe(`Gate review requested: ${project.key} gate 1 Go`);
    expect(mail.text).toContain(`${server.config.publicUrl.origin}/orgs/${server.org.slug}${link}`);
    expect(mail.text).toContain("Note: Charter signed");
    await inbox.next((m) => m.to.includes(pmo.email) && m.subject.includes(project.key));

    const page = await notificationsOf(executive);
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: "gate_review_requested",
      title: `Gate review requested: ${project.key} gate 1 Go`,
      link,
      entityType: "gate_review",
      entityId: review.id,
      projectId: project.id,
      readAt: null,
    });
    // Neither the requester nor a role the gate does not name.
    expect((await notificationsOf(manager)).items).toHaveLength(0);
    expect((await notificationsOf(bystander)).items).toHaveLength(0);
    expect(inbox.received.some((m) => m.to.includes(bystander.email))).toBe(false);
  });

  it("tells the project's manager of the decision", async () => {
    const project = await newProject();
    const review = await requestGate(project);
    const decided = await as(executive).post(
      `${org}/projects/${project.key}/gates/1/reviews/${review.id}/decision`,
      { decision: "approved", comments: "Well prepared" },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const mine = (await notificationsOf(manager)).items.filter((n) => n.entityId === review.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: "gate_decided" });
    expect(mine[0]?.body).toContain("approved");
    expect(mine[0]?.body).toContain("Well prepared");
    await inbox.next((m) => m.to.includes(manager.email) && m.subject.startsWith("Gate decided"));
  });

  it("marks one read, then all, and counts what is unread", async () => {
    const project = await newProject();
    await requestGate(project);
    const before = await notificationsOf(executive);
    expect(before.unreadCount).toBeGreaterThanOrEqual(2);
    const first = before.items[0];
    if (!first) throw new Error("no notification");
    const marked = await as(executive).post(`${org}/notifications/${first.id}/read`);
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(Notification.parse(marked.body).readAt).not.toBeNull();
    const unread = await notificationsOf(executive, "?unread=true");
    expect(unread.unreadCount).toBe(before.unreadCount - 1);
    expect(unread.items.map((n) => n.id)).not.toContain(first.id);
    const all = await as(executive).post(`${org}/notifications/read-all`);
    expect(all.body).toEqual({ marked: before.unreadCount - 1, unreadCount: 0 });
    expect((await notificationsOf(executive)).unreadCount).toBe(0);
  });

  it("pages newest first", async () => {
    const first = await notificationsOf(pmo, "?limit=1");
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = await notificationsOf(pmo, `?limit=1&cursor=${first.nextCursor}`);
    const [newest, older] = [first.items[0], second.items[0]];
    if (!newest || !older) throw new Error("two pages of one expected");
    expect(older.id).not.toBe(newest.id);
    expect(older.createdAt <= newest.createdAt).toBe(true);
  });

  it("keeps each person's notifications their own, and other organisations out", async () => {
    const theirs = (await notificationsOf(executive)).items[0];
    if (!theirs) throw new Error("no notification");
    const stranger = await as(bystander).post(`${org}/notifications/${theirs.id}/read`);
    expect(stranger.status).toBe(404);
    const outsider = z
      .object({ slug: z.string() })
      .parse((await admin.post("/api/v1/orgs", { name: `Elsewhere ${serial}` })).body);
    const other = await createPerson(server.url, server.admin.token, outsider.slug, {
      role: "admin",
    });
    expect((await as(other).get(`${org}/notifications`)).status).toBe(404);
    expect((await as(other).get(`${org}/notification-preferences`)).status).toBe(404);
  });

  it("honours each person's choice: no e-mail when e-mail is off, no row when the app is off", async () => {
    const defaults = await as(executive).get(`${org}/notification-preferences`);
    const prefs = NotificationPreferences.parse(defaults.body);
    expect(prefs.emailAvailable).toBe(true);
    expect(prefs.kinds.find((k) => k.kind === "gate_review_requested")).toEqual({
      kind: "gate_review_requested",
      inApp: true,
      email: true,
    });
    await setPreferences(executive, [{ kind: "gate_review_requested", inApp: true, email: false }]);
    await setPreferences(pmo, [{ kind: "gate_review_requested", inApp: false, email: true }]);

    const project = await newProject();
    const review = await requestGate(project);
    // The PMO's e-mail arrives; the executive's, written in the same transaction, would have too.
    await inbox.next((m) => m.to.includes(pmo.email) && m.subject.includes(`${project.key} gate`));
    expect(
      inbox.received.some(
        (m) => m.to.includes(executive.email) && m.subject.includes(`${project.key} gate`),
      ),
    ).toBe(false);
    expect((await notificationsOf(executive)).items.map((n) => n.entityId)).toContain(review.id);
    expect((await notificationsOf(pmo)).items.map((n) => n.entityId)).not.toContain(review.id);
  });

  it("versions preferences, refuses a stale write and audits the change", async () => {
    const path = `${org}/notification-preferences`;
    const read = await as(bystander).get(path);
    const etag = read.headers.get("etag") ?? "";
    const changed = await as(bystander).request("PUT", path, {
      body: { kinds: [{ kind: "status_report_overdue", inApp: true, email: true }] },
      headers: { "if-match": etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const stale = await as(bystander).request("PUT", path, {
      body: { kinds: [{ kind: "status_report_overdue", inApp: false, email: false }] },
      headers: { "if-match": etag },
    });
    expect(stale.status).toBe(412);
    const invalid = await as(bystander).request("PUT", path, {
      body: { kinds: [{ kind: "gossip", inApp: true, email: true }] },
    });
    expect(invalid.status).toBe(422);
    const audit = await admin.get(`${org}/audit?action=notification_preferences.update`);
    const entries = z
      .object({ items: z.array(z.object({ entityId: z.string(), after: z.unknown() })) })
      .parse(audit.body).items;
    expect(entries.some((e) => e.entityId === bystander.userId)).toBe(true);
  });

  it("tells an action's owner when it is assigned or handed over, not on other edits", async () => {
    const project = await newProject();
    const raid = `${org}/projects/${project.key}/raid`;
    const created = await as(manager).post(raid, {
      type: "action",
      title: "Book the steering room",
      ownerId: executive.userId,
      dueDate: "2027-05-01",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const action = RaidItem.parse(created.body);
    const aboutIt = async (person: TestPerson) =>
      (await notificationsOf(person)).items.filter((n) => n.entityId === action.id);
    expect(await aboutIt(executive)).toMatchObject([
      { kind: "raid_action_assigned", link: `/projects/${project.key}/raid` },
    ]);
    await as(manager).patch(`${raid}/${action.id}`, { title: "Book the big steering room" });
    expect(await aboutIt(executive)).toHaveLength(1);
    await as(manager).patch(`${raid}/${action.id}`, { ownerId: pmo.userId });
    expect(await aboutIt(pmo)).toHaveLength(1);
    await inbox.next((m) => m.to.includes(pmo.email) && m.subject.includes(action.ref));
  });

  it("tells a manager once per missed report, however often and wherever the sweep runs", async () => {
    const project = await newProject();
    const reports = `${org}/projects/${project.key}/status-reports`;
    const created = await as(manager).post(reports, { periodEnd: "2026-01-02" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = z.object({ id: z.string() }).parse(created.body).id;
    expect((await as(manager).post(`${reports}/${id}/submit`, {})).status).toBe(200);

    const { store } = await server.server.ready;
    const deps = {
      db: store.db,
      events: inProcessEventBus({ changed() {}, hearing() {} }),
      mail: null,
    };
    // Due a week after 2 January; two sweeps at once, as two nodes would, and a later one.
    const now = new Date("2026-01-20T08:00:00Z");
    await Promise.all([sweepOverdueReports(deps, now), sweepOverdueReports(deps, now)]);
    await sweepOverdueReports(deps, new Date("2026-01-21T08:00:00Z"));
    const overdue = (await notificationsOf(manager)).items.filter(
      (n) => n.kind === "status_report_overdue" && n.projectId === project.id,
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ link: `/projects/${project.key}/status-reports` });
    // Due a cadence of its template (a fortnight, the default) after the period reported.
    expect(overdue[0]?.body).toContain("was due on 2026-01-16");
  });

  it("retries e-mail the SMTP server refuses, then sends it", async () => {
    inbox.refuse = true;
    const project = await newProject();
    await as(manager).post(`${org}/projects/${project.key}/raid`, {
      type: "action",
      title: "Refused at first",
      ownerId: bystander.userId,
    });
    const { store } = await server.server.ready;
    const rowOf = async () => {
      const [row] = await store.db
        .select()
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.userId, bystander.userId),
            eq(emailOutbox.kind, "raid_action_assigned"),
          ),
        );
      return row;
    };
    await expect.poll(async () => (await rowOf())?.lastError, { timeout: 5000 }).toBeTruthy();
    const refused = await rowOf();
    expect(refused).toMatchObject({ state: "pending", sentAt: null, attempts: 1 });
    expect(refused?.lastError).toContain("550");
    expect(refused?.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    inbox.refuse = false;
    // A second sender whose clock is a minute ahead: the retry is due for it.
    const later = startMailSender({
      db: store.db,
      smtp: { url: inbox.url, from: "pmo@example.test" },
      publicUrl: server.config.publicUrl,
      clock: () => new Date(Date.now() + 60_000),
      onError: (error) => {
        throw error;
      },
    });
    try {
      await later.drain();
      expect(await rowOf()).toMatchObject({ state: "sent", attempts: 2 });
      await inbox.next((m) => m.to.includes(bystander.email) && m.subject.includes("Refused"));
    } finally {
      await later.stop();
    }
  });
});

describe("notifications without SMTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("says e-mail is unavailable and still notifies in the app", async () => {
    const admin = apiClient(server.url, { token: server.admin.token });
    const org = `/api/v1/orgs/${server.org.slug}`;
    const prefs = NotificationPreferences.parse(
      (await admin.get(`${org}/notification-preferences`)).body,
    );
    expect(prefs.emailAvailable).toBe(false);
    const owner = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const project = Project.parse(
      (await admin.post(`${org}/projects`, { key: "QUIET", name: "Quiet" })).body,
    );
    await admin.post(`${org}/projects/${project.id}/raid`, {
      type: "action",
      title: "Only in the app",
      ownerId: owner.userId,
    });
    const page = Page(Notification).parse(
      (await apiClient(server.url, { token: owner.token }).get(`${org}/notifications`)).body,
    );
    expect(page.items.map((n) => n.title)).toEqual([
      "Action assigned to you: QUIET ACT-1 Only in the app",
    ]);
  });
});
