import { Project } from "@orrery/contracts/projects";
import { OrgRole, type ProjectRole, type TokenScope } from "@orrery/contracts/roles";
import { TokenCreated } from "@orrery/contracts/tokens";
import {
  ACCOUNT_ACTIONS,
  ACTIONS,
  type AccountAction,
  type Action,
  isAllowed,
  isAllowedOnAccount,
  readsAllProjects,
} from "@orrery/core/access/policy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

/**
 * Walks every API route Fastify knows × every kind of caller and checks the status against the
 * policy table. A route added without a policy entry stops the app from starting; one added
 * without a fixture here fails this test, so nobody adds a route without deciding who may call it.
 */

interface Persona {
  readonly label: string;
  readonly token: string | null;
  readonly userId: string;
  readonly orgRole: OrgRole | null;
  readonly projectRole: ProjectRole | null;
  readonly scope: TokenScope;
}

interface Call {
  readonly path: string;
  readonly body?: unknown;
  /** A multipart body (file uploads) instead of JSON. */
  readonly form?: () => FormData;
  /** The status on success when it is not the method's usual one. */
  readonly success?: number;
}

let server: TestServer;
let admin: ApiClient;
let adminId: string;
let sharedProject: string;
let sharedRaidItem: string;
/** A two-phase template whose gates executives and portfolio managers decide. */
let sharedTemplate: { id: string; content: object };
/** The pending review of the shared project's first gate. */
let sharedReview: string;
let sharedLesson: string;
let sharedChangeRequest: string;
const personas: Persona[] = [];
let serial = 0;
const unique = (prefix: string) => `${prefix}${++serial}`;

beforeAll(async () => {
  server = await startTestServer();
  admin = apiClient(server.url, { token: server.admin.token });
  adminId = z
    .object({ user: z.object({ id: z.string() }) })
    .parse((await admin.get("/api/v1/me")).body).user.id;
  sharedProject = await newProject();
  await seedPlan(sharedProject);
  await admin.request("PUT", `${projects()}/${sharedProject}/baselines/0`);
  const risk = await admin.post(`${projects()}/${sharedProject}/raid`, {
    type: "risk",
    title: "Shared risk",
    probability: 2,
    impact: 5,
  });
  sharedRaidItem = `${projects()}/${sharedProject}/raid/${z.object({ id: z.string() }).parse(risk.body).id}`;
  const content = {
    name: "Matrix lifecycle",
    methodology: "waterfall",
    changeApproverRoles: ["executive", "portfolio_manager"],
    phases: ["First", "Second"].map((name) => ({
      name,
      gate: { name: `${name} gate`, reviewerRoles: ["executive", "portfolio_manager"] },
    })),
  };
  const template = await admin.post(templates(), content);
  sharedTemplate = { id: z.object({ id: z.string() }).parse(template.body).id, content };
  // A second version, so projects on the first may be moved on.
  await admin.request("PUT", `${templates()}/${sharedTemplate.id}`, { body: content });
  await admin.request("PUT", `${projects()}/${sharedProject}/lifecycle`, {
    body: { templateId: sharedTemplate.id, version: 1 },
  });
  sharedReview = await requestGate(`${projects()}/${sharedProject}`);
  sharedLesson = await lessonIn(sharedProject);
  sharedChangeRequest = await changeRequestIn([
    { op: "update", uid: 1, patch: { durationMinutes: 960 } },
  ]);
  for (const role of OrgRole.options) {
    const person = await createPerson(server.url, server.admin.token, server.org.slug, { role });
    personas.push({
      label: role,
      token: person.token,
      userId: person.userId,
      orgRole: role,
      projectRole: null,
      scope: "write",
    });
  }
  for (const projectRole of ["manager", "member", "viewer"] as const) {
    const person = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    await admin.post(`${projects()}/${sharedProject}/members`, {
      userId: person.userId,
      role: projectRole,
    });
    personas.push({
      label: `team_member + project ${projectRole}`,
      token: person.token,
      userId: person.userId,
      orgRole: "team_member",
      projectRole,
      scope: "write",
    });
  }
  const reader = TokenCreated.parse(
    (await admin.post("/api/v1/tokens", { name: "reader", scope: "read" })).body,
  );
  personas.push({
    label: "admin with a read token",
    token: reader.secret,
    userId: adminId,
    orgRole: "admin",
    projectRole: null,
    scope: "read",
  });
  const otherOrg = z
    .object({ slug: z.string() })
    .parse((await admin.post("/api/v1/orgs", { name: "Elsewhere" })).body);
  const outsider = await createPerson(server.url, server.admin.token, otherOrg.slug, {
    role: "admin",
  });
  personas.push({
    label: "admin of another org",
    token: outsider.token,
    userId: outsider.userId,
    orgRole: null,
    projectRole: null,
    scope: "write",
  });
  personas.push({
    label: "anonymous",
    token: null,
    userId: "",
    orgRole: null,
    projectRole: null,
    scope: "write",
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const projects = () => `/api/v1/orgs/${server.org.slug}/projects`;
const templates = () => `/api/v1/orgs/${server.org.slug}/templates`;
const members = () => `/api/v1/orgs/${server.org.slug}/members`;

async function newProject(): Promise<string> {
  const response = await admin.post(projects(), { key: unique("MX"), name: "Matrix fixture" });
  return Project.parse(response.body).id;
}

/** A fresh project on which the persona has its project role, for calls that change it. */
async function projectFor(persona: Persona): Promise<string> {
  const id = await newProject();
  if (persona.projectRole)
    await admin.post(`${projects()}/${id}/members`, {
      userId: persona.userId,
      role: persona.projectRole,
    });
  return id;
}

/**
 * Three tasks (UIDs 1–3), 1 linked to 2, a spare calendar (UID 2) and a resource (UID 1)
 * assigned to task 1; answers the link's id.
 */
async function seedPlan(id: string): Promise<string> {
  const response = await admin.post(`${projects()}/${id}/tasks:batch`, {
    operations: [
      { op: "create", task: { uid: 1, name: "First" } },
      { op: "create", task: { uid: 2, name: "Second" } },
      { op: "create", task: { uid: 3, name: "Third" } },
      { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    ],
  });
  await admin.post(`${projects()}/${id}/calendars`, { name: "Spare" });
  await admin.post(`${projects()}/${id}/resources`, { name: "Ada" });
  await admin.request("PUT", `${projects()}/${id}/tasks/1/assignments`, {
    body: { assignments: [{ resourceUid: 1 }] },
  });
  return (
    z.object({ links: z.array(z.object({ id: z.string() })) }).parse(response.body).links[0]?.id ??
    ""
  );
}

/** A fresh project with a plan, on which the persona has its project role. */
async function planFor(persona: Persona): Promise<{ path: string; linkId: string }> {
  const id = await projectFor(persona);
  const linkId = await seedPlan(id);
  return { path: `${projects()}/${id}`, linkId };
}

const plan = (suffix: string) => `${projects()}/${sharedProject}${suffix}`;

/** A risk in a fresh project on which the persona has its project role; answers its path. */
async function raidItemFor(persona: Persona): Promise<string> {
  const path = `${projects()}/${await projectFor(persona)}/raid`;
  const created = await admin.post(path, {
    type: "risk",
    title: "Fixture",
    probability: 3,
    impact: 4,
  });
  return `${path}/${z.object({ id: z.string() }).parse(created.body).id}`;
}

/** A fresh project on the shared template's first version; answers its path. */
async function lifecycleFor(persona: Persona): Promise<string> {
  const path = `${projects()}/${await projectFor(persona)}`;
  await admin.request("PUT", `${path}/lifecycle`, {
    body: { templateId: sharedTemplate.id, version: 1 },
  });
  return path;
}

/** Requests the review of the first gate of a project's lifecycle; answers the review's path. */
async function requestGate(path: string): Promise<string> {
  const review = await admin.post(`${path}/gates/1/reviews`, {});
  return `${path}/gates/1/reviews/${z.object({ id: z.string() }).parse(review.body).id}`;
}

/** A status report of a fresh project on which the persona has its project role; its path. */
async function statusReportFor(persona: Persona, submitted = false): Promise<string> {
  const path = `${projects()}/${await projectFor(persona)}/status-reports`;
  const created = await admin.post(path, { periodEnd: "2027-03-05" });
  const report = `${path}/${z.object({ id: z.string() }).parse(created.body).id}`;
  if (submitted) await admin.post(`${report}/submit`, {});
  return report;
}

/** A certification of the persona's own (recorded with its token when it may write); its path. */
async function certificationOf(persona: Persona): Promise<string> {
  const path = `/api/v1/orgs/${server.org.slug}/certifications`;
  const body = { name: "PRINCE2 Practitioner", userId: persona.userId };
  const maker =
    persona.scope === "write" && persona.token && persona.orgRole
      ? apiClient(server.url, { token: persona.token })
      : admin;
  const created = await maker.post(path, persona.orgRole ? body : { name: "PMP" });
  return `${path}/${z.object({ id: z.string() }).parse(created.body).id}`;
}

/**
 * The read path of a notification of the persona's own (an action the admin assigned them), or
 * of a made-up one when the persona cannot be notified in this organisation.
 */
async function notificationOf(persona: Persona): Promise<string> {
  const path = `/api/v1/orgs/${server.org.slug}/notifications`;
  let id = "00000000-0000-4000-8000-000000000000";
  if (persona.orgRole && persona.token) {
    await admin.post(`${projects()}/${await newProject()}/raid`, {
      type: "action",
      title: "Fixture action",
      ownerId: persona.userId,
    });
    const mine = await apiClient(server.url, { token: persona.token }).get(path);
    const parsed = z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(mine.body);
    id = (parsed.success ? parsed.data.items[0]?.id : undefined) ?? id;
  }
  return `${path}/${id}/read`;
}

/** A small Markdown file as a document upload's multipart body. */
function documentForm(): FormData {
  const form = new FormData();
  form.append("title", "Fixture document");
  form.append("file", new Blob(["# Fixture\n"]), "fixture.md");
  return form;
}

/** The same file as a new version (which takes a note, not a title). */
function versionForm(): FormData {
  const form = new FormData();
  form.append("note", "Fixture version");
  form.append("file", new Blob(["# Fixture v2\n"]), "fixture.md");
  return form;
}

/** Uploads a document to a documents collection as the admin; answers the document's path. */
async function documentIn(collection: string): Promise<string> {
  const response = await fetch(`${server.url}${collection}`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.admin.token}` },
    body: documentForm(),
  });
  const created = z.object({ id: z.string() }).parse(await response.json());
  return `${collection}/${created.id}`;
}

const library = () => `/api/v1/orgs/${server.org.slug}/documents`;
let sharedDocuments: { library: string; project: string } | null = null;

/** A document of the library and one of the shared project, made once. */
async function documentsShared(): Promise<{ library: string; project: string }> {
  sharedDocuments ??= {
    library: await documentIn(library()),
    project: await documentIn(plan("/documents")),
  };
  return sharedDocuments;
}

/** The id of a template of the document library (the built-ins are seeded on first read). */
async function documentTemplateId(): Promise<string> {
  const page = z
    .object({ items: z.array(z.object({ id: z.string() })) })
    .parse((await admin.get(library())).body);
  return page.items[0]?.id ?? "";
}

const lessonBody = { title: "Fixture lesson", whatHappened: "x", recommendation: "y" };

/** A lesson of the project; answers its path. */
async function lessonIn(projectId: string): Promise<string> {
  const path = `${projects()}/${projectId}/lessons`;
  const created = await admin.post(path, lessonBody);
  return `${path}/${z.object({ id: z.string() }).parse(created.body).id}`;
}

/**
 * A draft change request of the shared project (whose members hold the project roles, on the
 * shared template, whose change approvers are executives and portfolio managers); its path.
 */
async function changeRequestIn(operations: object[] = []): Promise<string> {
  const path = plan("/change-requests");
  const created = await admin.post(path, { title: "Fixture change", operations });
  return `${path}/${z.object({ id: z.string() }).parse(created.body).id}`;
}

/** A submitted change request of the shared project, approved unapplied when `approved`. */
async function decidableChange(approved = false): Promise<string> {
  const request = await changeRequestIn();
  await admin.post(`${request}/submit`);
  if (approved) await admin.post(`${request}/decision`, { decision: "approved", apply: false });
  return request;
}

/** A fresh project with a saved review, on which the persona has its project role. */
async function reviewFor(persona: Persona): Promise<string> {
  const path = `${projects()}/${await projectFor(persona)}/review`;
  await admin.request("PUT", path, { body: { wentWell: ["Fixture observation"] } });
  return path;
}

/** A fresh organisation member (invited, no password needed) to be the object of a call. */
async function newMember(): Promise<string> {
  const response = await admin.post(members(), {
    email: `${unique("target")}@example.test`,
    role: "team_member",
  });
  return z.object({ member: z.object({ userId: z.string() }) }).parse(response.body).member.userId;
}

const FIXTURES: Record<string, (persona: Persona) => Promise<Call>> = {
  "GET /api/v1/me": async () => ({ path: "/api/v1/me" }),
  "GET /api/v1/orgs": async () => ({ path: "/api/v1/orgs" }),
  "POST /api/v1/orgs": async () => ({ path: "/api/v1/orgs", body: { name: unique("Org ") } }),
  "GET /api/v1/orgs/:org": async () => ({ path: `/api/v1/orgs/${server.org.slug}` }),
  "PATCH /api/v1/orgs/:org": async () => ({
    path: `/api/v1/orgs/${server.org.slug}`,
    body: { name: server.org.name },
  }),
  "GET /api/v1/orgs/:org/members": async () => ({ path: members() }),
  "POST /api/v1/orgs/:org/members": async () => ({
    path: members(),
    body: { email: `${unique("new")}@example.test`, role: "team_member" },
  }),
  "GET /api/v1/orgs/:org/members/:userId": async () => ({ path: `${members()}/${adminId}` }),
  "PATCH /api/v1/orgs/:org/members/:userId": async () => ({
    path: `${members()}/${await newMember()}`,
    body: { role: "executive" },
  }),
  "DELETE /api/v1/orgs/:org/members/:userId": async () => ({
    path: `${members()}/${await newMember()}`,
  }),
  "POST /api/v1/orgs/:org/members/:userId/invitation": async () => ({
    path: `${members()}/${await newMember()}/invitation`,
  }),
  "GET /api/v1/orgs/:org/projects": async () => ({ path: projects() }),
  "POST /api/v1/orgs/:org/projects": async () => ({
    path: projects(),
    body: { key: unique("NP"), name: "New" },
  }),
  "GET /api/v1/orgs/:org/projects/:id": async () => ({ path: `${projects()}/${sharedProject}` }),
  "PATCH /api/v1/orgs/:org/projects/:id": async (p) => ({
    path: `${projects()}/${await projectFor(p)}`,
    body: { description: "changed" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id": async (p) => ({
    path: `${projects()}/${await projectFor(p)}`,
  }),
  "GET /api/v1/orgs/:org/projects/:id/members": async () => ({
    path: `${projects()}/${sharedProject}/members`,
  }),
  "POST /api/v1/orgs/:org/projects/:id/members": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/members`,
    body: { userId: await newMember(), role: "member" },
  }),
  "GET /api/v1/orgs/:org/projects/:id/members/:userId": async () => ({
    path: `${projects()}/${sharedProject}/members/${adminId}`,
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/members/:userId": async (p) => {
    const id = await projectFor(p);
    const target = await newMember();
    await admin.post(`${projects()}/${id}/members`, { userId: target, role: "member" });
    return { path: `${projects()}/${id}/members/${target}`, body: { role: "viewer" } };
  },
  "DELETE /api/v1/orgs/:org/projects/:id/members/:userId": async (p) => {
    const id = await projectFor(p);
    const target = await newMember();
    await admin.post(`${projects()}/${id}/members`, { userId: target, role: "member" });
    return { path: `${projects()}/${id}/members/${target}` };
  },
  "GET /api/v1/orgs/:org/projects/:id/plan": async () => ({ path: plan("/plan") }),
  "PATCH /api/v1/orgs/:org/projects/:id/plan": async (p) => ({
    path: `${(await planFor(p)).path}/plan`,
    body: { honorConstraints: false },
  }),
  "GET /api/v1/orgs/:org/projects/:id/tasks": async () => ({ path: plan("/tasks") }),
  "POST /api/v1/orgs/:org/projects/:id/tasks": async (p) => ({
    path: `${(await planFor(p)).path}/tasks`,
    body: { name: "Added" },
  }),
  "POST /api/v1/orgs/:org/projects/:id/tasks::batch": async (p) => ({
    path: `${(await planFor(p)).path}/tasks:batch`,
    body: { operations: [{ op: "update", uid: 1, patch: { durationMinutes: 960 } }] },
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/tasks/:uid": async () => ({ path: plan("/tasks/1") }),
  "PATCH /api/v1/orgs/:org/projects/:id/tasks/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/tasks/1`,
    body: { name: "Renamed" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/tasks/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/tasks/2`,
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/links": async () => ({ path: plan("/links") }),
  "POST /api/v1/orgs/:org/projects/:id/links": async (p) => ({
    path: `${(await planFor(p)).path}/links`,
    body: { predecessorUid: 1, successorUid: 3, type: "SS" },
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/links/:linkId": async (p) => {
    const { path, linkId } = await planFor(p);
    return { path: `${path}/links/${linkId}`, body: { type: "SS" } };
  },
  "DELETE /api/v1/orgs/:org/projects/:id/links/:linkId": async (p) => {
    const { path, linkId } = await planFor(p);
    return { path: `${path}/links/${linkId}`, success: 200 };
  },
  "GET /api/v1/orgs/:org/projects/:id/calendars": async () => ({ path: plan("/calendars") }),
  "POST /api/v1/orgs/:org/projects/:id/calendars": async (p) => ({
    path: `${(await planFor(p)).path}/calendars`,
    body: { name: "Night shift", baseCalendarUid: 1 },
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/calendars/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/calendars/2`,
    body: { name: "Renamed" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/calendars/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/calendars/2`,
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/baselines": async () => ({ path: plan("/baselines") }),
  "GET /api/v1/orgs/:org/projects/:id/baselines/compare": async () => ({
    path: plan("/baselines/compare?a=0&b=current"),
  }),
  "GET /api/v1/orgs/:org/projects/:id/baselines/:number": async () => ({
    path: plan("/baselines/0"),
  }),
  "PUT /api/v1/orgs/:org/projects/:id/baselines/:number": async (p) => ({
    path: `${(await planFor(p)).path}/baselines/1`,
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/baselines/:number": async (p) => {
    const { path } = await planFor(p);
    await admin.request("PUT", `${path}/baselines/2`);
    return { path: `${path}/baselines/2` };
  },
  "GET /api/v1/orgs/:org/projects/:id/resources": async () => ({ path: plan("/resources") }),
  "POST /api/v1/orgs/:org/projects/:id/resources": async (p) => ({
    path: `${(await planFor(p)).path}/resources`,
    body: { name: "Grace", type: "work" },
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/resources/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/resources/1`,
    body: { userId: adminId },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/resources/:uid": async (p) => ({
    path: `${(await planFor(p)).path}/resources/1`,
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/assignments": async () => ({ path: plan("/assignments") }),
  "PUT /api/v1/orgs/:org/projects/:id/tasks/:uid/assignments": async (p) => ({
    path: `${(await planFor(p)).path}/tasks/2/assignments`,
    body: { assignments: [{ resourceUid: 1, units: 0.5 }] },
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/tasks/:uid/progress": async (p) => ({
    path: `${(await planFor(p)).path}/tasks/1/progress`,
    body: { percentComplete: 50, actualStart: "2027-03-01T08:00:00" },
  }),
  "GET /api/v1/orgs/:org/my-work": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/my-work`,
  }),
  "POST /api/v1/orgs/:org/projects/:id/import": async (p) => ({
    path: `${(await planFor(p)).path}/import`,
    form: () => {
      const form = new FormData();
      form.append("file", new Blob(["Name,Duration,Start\nImported,2d,2027-03-01\n"]), "plan.csv");
      return form;
    },
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/export": async () => ({ path: plan("/export?format=csv") }),
  "GET /api/v1/orgs/:org/projects/:id/raid": async () => ({ path: plan("/raid?type=risk") }),
  "POST /api/v1/orgs/:org/projects/:id/raid": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/raid`,
    body: { type: "issue", title: "Matrix issue", priority: "high" },
  }),
  "POST /api/v1/orgs/:org/projects/:id/raid::bulk": async (p) => {
    const item = await raidItemFor(p);
    const id = item.split("/").at(-1) ?? "";
    return {
      path: item.replace(/\/[^/]+$/, ":bulk"),
      body: { items: [{ id, version: 1 }], set: { status: "closed" } },
      success: 200,
    };
  },
  "GET /api/v1/orgs/:org/projects/:id/raid/heatmap": async () => ({ path: plan("/raid/heatmap") }),
  "GET /api/v1/orgs/:org/projects/:id/raid/export": async () => ({
    path: plan("/raid/export?format=csv"),
  }),
  "GET /api/v1/orgs/:org/projects/:id/raid/:itemId": async () => ({ path: sharedRaidItem }),
  "PATCH /api/v1/orgs/:org/projects/:id/raid/:itemId": async (p) => ({
    path: await raidItemFor(p),
    body: { status: "closed" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/raid/:itemId": async (p) => ({
    path: await raidItemFor(p),
  }),
  "GET /api/v1/orgs/:org/projects/:id/status-reports": async () => ({
    path: plan("/status-reports"),
  }),
  "GET /api/v1/orgs/:org/projects/:id/rag": async () => ({ path: plan("/rag") }),
  "POST /api/v1/orgs/:org/projects/:id/status-reports": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/status-reports`,
    body: { periodEnd: "2027-03-05", summary: "On track" },
  }),
  "GET /api/v1/orgs/:org/projects/:id/status-reports/:reportId": async (p) => ({
    path: await statusReportFor(p),
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/status-reports/:reportId": async (p) => ({
    path: await statusReportFor(p),
    body: { summary: "Still on track" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/status-reports/:reportId": async (p) => ({
    path: await statusReportFor(p),
  }),
  "POST /api/v1/orgs/:org/projects/:id/status-reports/:reportId/submit": async (p) => ({
    path: `${await statusReportFor(p)}/submit`,
    body: {},
    success: 200,
  }),
  "POST /api/v1/orgs/:org/projects/:id/status-reports/:reportId/review": async (p) => ({
    path: `${await statusReportFor(p, true)}/review`,
    body: { decision: "accept" },
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/status-reports/:reportId/pdf": async (p) => ({
    path: `${await statusReportFor(p)}/pdf`,
  }),
  "GET /api/v1/orgs/:org/status/pdf": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/status/pdf`,
  }),
  "GET /api/v1/orgs/:org/certifications": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/certifications?expiringWithinDays=90`,
  }),
  "POST /api/v1/orgs/:org/certifications": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/certifications`,
    body: { name: "PMP", expiresOn: "2028-01-31" },
  }),
  "PATCH /api/v1/orgs/:org/certifications/:id": async (p) => ({
    path: await certificationOf(p),
    body: { issuer: "PMI" },
  }),
  "DELETE /api/v1/orgs/:org/certifications/:id": async (p) => ({ path: await certificationOf(p) }),
  "GET /api/v1/orgs/:org/status": async () => ({ path: `/api/v1/orgs/${server.org.slug}/status` }),
  "GET /api/v1/orgs/:org/milestones": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/milestones?from=2027-01-01`,
  }),
  "GET /api/v1/orgs/:org/raid": async () => ({ path: `/api/v1/orgs/${server.org.slug}/raid` }),
  "POST /api/v1/orgs/:org/raid::bulk": async (p) => ({
    path: `/api/v1/orgs/${server.org.slug}/raid:bulk`,
    body: { items: [{ id: (await raidItemFor(p)).split("/").at(-1), version: 1 }], set: {} },
    success: 200,
  }),
  "GET /api/v1/orgs/:org/raid/heatmap": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/raid/heatmap`,
  }),
  "GET /api/v1/orgs/:org/raid/export": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/raid/export?format=xlsx`,
  }),
  "GET /api/v1/orgs/:org/templates": async () => ({ path: templates() }),
  "POST /api/v1/orgs/:org/templates": async () => ({
    path: templates(),
    body: {
      name: unique("Matrix template "),
      methodology: "waterfall",
      phases: [{ name: "Only", gate: { name: "End", reviewerRoles: ["executive"] } }],
    },
  }),
  "GET /api/v1/orgs/:org/templates/:templateId": async () => ({
    path: `${templates()}/${sharedTemplate.id}`,
  }),
  "PUT /api/v1/orgs/:org/templates/:templateId": async () => ({
    path: `${templates()}/${sharedTemplate.id}`,
    body: sharedTemplate.content,
  }),
  "POST /api/v1/orgs/:org/templates/:templateId/copy": async () => ({
    path: `${templates()}/${sharedTemplate.id}/copy`,
    body: {},
  }),
  "GET /api/v1/orgs/:org/templates/:templateId/versions/:version": async () => ({
    path: `${templates()}/${sharedTemplate.id}/versions/1`,
  }),
  "GET /api/v1/orgs/:org/projects/:id/lifecycle": async () => ({ path: plan("/lifecycle") }),
  "PUT /api/v1/orgs/:org/projects/:id/lifecycle": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/lifecycle`,
    body: { templateId: sharedTemplate.id },
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/lifecycle": async (p) => ({
    path: `${await lifecycleFor(p)}/lifecycle`,
    body: { gateDates: [{ gate: 1, date: "2027-06-30" }] },
  }),
  "POST /api/v1/orgs/:org/projects/:id/lifecycle/migrate": async (p) => ({
    path: `${await lifecycleFor(p)}/lifecycle/migrate`,
    body: { version: 2 },
    success: 200,
  }),
  "POST /api/v1/orgs/:org/projects/:id/lifecycle/advance": async (p) => {
    const path = await lifecycleFor(p);
    await admin.post(`${await requestGate(path)}/decision`, { decision: "approved" });
    return { path: `${path}/lifecycle/advance`, success: 200 };
  },
  "GET /api/v1/orgs/:org/projects/:id/gates/:gate/reviews": async () => ({
    path: plan("/gates/1/reviews"),
  }),
  "POST /api/v1/orgs/:org/projects/:id/gates/:gate/reviews": async (p) => ({
    path: `${await lifecycleFor(p)}/gates/1/reviews`,
    body: { note: "Ready" },
  }),
  "GET /api/v1/orgs/:org/projects/:id/gates/:gate/reviews/:reviewId": async () => ({
    path: sharedReview,
  }),
  "POST /api/v1/orgs/:org/projects/:id/gates/:gate/reviews/:reviewId/decision": async (p) => ({
    path: `${await requestGate(await lifecycleFor(p))}/decision`,
    body: { decision: "approved" },
    success: 200,
  }),
  "GET /api/v1/orgs/:org/gates/calendar": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/gates/calendar`,
  }),
  "GET /api/v1/orgs/:org/compliance": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/compliance`,
  }),
  "GET /api/v1/orgs/:org/projects/:id/change-requests": async () => ({
    path: plan("/change-requests?status=draft"),
  }),
  "POST /api/v1/orgs/:org/projects/:id/change-requests": async () => ({
    path: plan("/change-requests"),
    body: { title: "Matrix change" },
  }),
  "GET /api/v1/orgs/:org/projects/:id/change-requests/:requestId": async () => ({
    path: sharedChangeRequest,
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/change-requests/:requestId": async () => ({
    path: await changeRequestIn(),
    body: { reason: "Changed" },
  }),
  "POST /api/v1/orgs/:org/projects/:id/change-requests/:requestId/submit": async () => ({
    path: `${await changeRequestIn()}/submit`,
    success: 200,
  }),
  "POST /api/v1/orgs/:org/projects/:id/change-requests/:requestId/withdraw": async () => ({
    path: `${await changeRequestIn()}/withdraw`,
    success: 200,
  }),
  "POST /api/v1/orgs/:org/projects/:id/change-requests/:requestId/decision": async () => ({
    path: `${await decidableChange()}/decision`,
    body: { decision: "deferred" },
    success: 200,
  }),
  "POST /api/v1/orgs/:org/projects/:id/change-requests/:requestId/apply": async () => ({
    path: `${await decidableChange(true)}/apply`,
    body: {},
    success: 200,
  }),
  "GET /api/v1/orgs/:org/projects/:id/lessons": async () => ({ path: plan("/lessons?q=fixture") }),
  "POST /api/v1/orgs/:org/projects/:id/lessons": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/lessons`,
    body: lessonBody,
  }),
  "GET /api/v1/orgs/:org/projects/:id/lessons/:lessonId": async () => ({ path: sharedLesson }),
  "PATCH /api/v1/orgs/:org/projects/:id/lessons/:lessonId": async (p) => ({
    path: await lessonIn(await projectFor(p)),
    body: { category: "risk" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/lessons/:lessonId": async (p) => ({
    path: await lessonIn(await projectFor(p)),
  }),
  "GET /api/v1/orgs/:org/lessons": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/lessons?q=fixture`,
  }),
  "GET /api/v1/orgs/:org/lessons/suggestions": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/lessons/suggestions?text=fixture`,
  }),
  "POST /api/v1/orgs/:org/lessons/:lessonId/promotions": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/lessons/${sharedLesson.split("/").pop()}/promotions`,
    body: {
      target: "default_risk",
      templateId: sharedTemplate.id,
      text: unique("Fixture default risk "),
      probability: 2,
      impact: 3,
    },
  }),
  "GET /api/v1/orgs/:org/projects/:id/review": async () => ({ path: plan("/review") }),
  "PUT /api/v1/orgs/:org/projects/:id/review": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/review`,
    body: { status: "draft" },
  }),
  "POST /api/v1/orgs/:org/projects/:id/review/lessons": async (p) => ({
    path: `${await reviewFor(p)}/lessons`,
  }),
  "GET /api/v1/orgs/:org/documents": async () => ({ path: library() }),
  "POST /api/v1/orgs/:org/documents": async () => ({ path: library(), form: documentForm }),
  "GET /api/v1/orgs/:org/documents/:documentId": async () => ({
    path: (await documentsShared()).library,
  }),
  "PATCH /api/v1/orgs/:org/documents/:documentId": async () => ({
    path: await documentIn(library()),
    body: { title: "Renamed" },
  }),
  "DELETE /api/v1/orgs/:org/documents/:documentId": async () => ({
    path: await documentIn(library()),
  }),
  "POST /api/v1/orgs/:org/documents/:documentId/versions": async () => ({
    path: `${(await documentsShared()).library}/versions`,
    form: versionForm,
  }),
  "GET /api/v1/orgs/:org/documents/:documentId/versions/:version/content": async () => ({
    path: `${(await documentsShared()).library}/versions/1/content`,
  }),
  "GET /api/v1/orgs/:org/projects/:id/documents": async () => ({ path: plan("/documents") }),
  "POST /api/v1/orgs/:org/projects/:id/documents": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/documents`,
    form: documentForm,
  }),
  "GET /api/v1/orgs/:org/projects/:id/documents/:documentId": async () => ({
    path: (await documentsShared()).project,
  }),
  "PATCH /api/v1/orgs/:org/projects/:id/documents/:documentId": async (p) => ({
    path: await documentIn(`${projects()}/${await projectFor(p)}/documents`),
    body: { category: "report" },
  }),
  "DELETE /api/v1/orgs/:org/projects/:id/documents/:documentId": async (p) => ({
    path: await documentIn(`${projects()}/${await projectFor(p)}/documents`),
  }),
  "POST /api/v1/orgs/:org/projects/:id/documents/:documentId/versions": async (p) => ({
    path: `${await documentIn(`${projects()}/${await projectFor(p)}/documents`)}/versions`,
    form: versionForm,
  }),
  "GET /api/v1/orgs/:org/projects/:id/documents/:documentId/versions/:version/content":
    async () => ({ path: `${(await documentsShared()).project}/versions/1/content` }),
  "POST /api/v1/orgs/:org/projects/:id/documents/from-template": async (p) => ({
    path: `${projects()}/${await projectFor(p)}/documents/from-template`,
    body: { templateId: await documentTemplateId() },
  }),
  "GET /api/v1/orgs/:org/audit": async () => ({ path: `/api/v1/orgs/${server.org.slug}/audit` }),
  "GET /api/v1/orgs/:org/events": async () => ({ path: `/api/v1/orgs/${server.org.slug}/events` }),
  "GET /api/v1/orgs/:org/notifications": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/notifications`,
  }),
  "POST /api/v1/orgs/:org/notifications/read-all": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/notifications/read-all`,
    success: 200,
  }),
  "POST /api/v1/orgs/:org/notifications/:id/read": async (p) => ({
    path: await notificationOf(p),
    success: 200,
  }),
  "GET /api/v1/orgs/:org/notification-preferences": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/notification-preferences`,
  }),
  "PUT /api/v1/orgs/:org/notification-preferences": async () => ({
    path: `/api/v1/orgs/${server.org.slug}/notification-preferences`,
    body: { kinds: [{ kind: "gate_decided", inApp: true, email: false }] },
  }),
  "GET /api/v1/tokens": async () => ({ path: "/api/v1/tokens" }),
  "POST /api/v1/tokens": async () => ({ path: "/api/v1/tokens", body: { name: "matrix" } }),
  "DELETE /api/v1/tokens/:id": async (p) => {
    // A token of the persona's own account, made with a write credential of that account.
    const maker =
      p.scope === "write" && p.token ? apiClient(server.url, { token: p.token }) : admin;
    const created = p.token
      ? TokenCreated.parse((await maker.post("/api/v1/tokens", { name: "doomed" })).body)
      : null;
    return {
      path: `/api/v1/tokens/${created?.token.id ?? "00000000-0000-4000-8000-000000000000"}`,
    };
  },
};

/** Public routes answer without credentials; their own tests cover what they do. */
const PUBLIC: Record<string, Call & { readonly expect: number }> = {
  "GET /api/v1/setup": { path: "/api/v1/setup", expect: 200 },
  "POST /api/v1/setup": {
    path: "/api/v1/setup",
    body: { token: "x", name: "x", email: "x@example.test", password: "0123456789", orgName: "x" },
    expect: 409,
  },
  "POST /api/v1/invitations/lookup": {
    path: "/api/v1/invitations/lookup",
    body: { token: "x" },
    expect: 404,
  },
  "POST /api/v1/invitations/accept": {
    path: "/api/v1/invitations/accept",
    body: { token: "x", name: "x", password: "0123456789" },
    expect: 404,
  },
  "GET /api/v1/openapi.json": { path: "/api/v1/openapi.json", expect: 200 },
};

const SUCCESS: Record<string, number> = { GET: 200, POST: 201, PATCH: 200, PUT: 200, DELETE: 204 };

function isAccountAction(policy: string): policy is AccountAction {
  return ACCOUNT_ACTIONS.some((a) => a === policy);
}

function isOrgAction(policy: string): policy is Action {
  return ACTIONS.some((a) => a === policy);
}

function expectedStatus(
  method: string,
  url: string,
  policy: string,
  persona: Persona,
  successStatus: number | undefined,
): number {
  if (persona.token === null) return 401;
  const success = successStatus ?? SUCCESS[method] ?? 200;
  if (isAccountAction(policy)) return isAllowedOnAccount(persona.scope, policy) ? success : 403;
  if (!isOrgAction(policy)) throw new Error(`unknown policy ${policy}`);
  if (persona.orgRole === null) return 404;
  if (
    url.includes("/projects/:id") &&
    !readsAllProjects(persona.orgRole) &&
    persona.projectRole === null
  ) {
    return 404;
  }
  const grant = {
    orgRole: persona.orgRole,
    projectRole: persona.projectRole,
    scope: persona.scope,
  };
  return isAllowed(grant, policy) ? success : 403;
}

async function call(method: string, c: Call, token: string | null): Promise<number> {
  const abort = new AbortController();
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (c.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${server.url}${c.path}`, {
    method,
    headers,
    body: c.form ? c.form() : c.body === undefined ? undefined : JSON.stringify(c.body),
    signal: abort.signal,
  });
  // The events route streams forever; the status is all we need.
  abort.abort();
  return response.status;
}

describe("every API route for every kind of caller", () => {
  it("answers as the policy table says", async () => {
    const apiRoutes = server.server.routes.filter(
      (r) => r.url.startsWith("/api/v1/") && r.method !== "HEAD",
    );
    expect(apiRoutes.length).toBeGreaterThan(20);
    const mismatches: string[] = [];
    for (const route of apiRoutes) {
      const key = `${route.method} ${route.url}`;
      const policy = route.policy;
      if (policy === undefined) {
        mismatches.push(`${key}: no policy`);
        continue;
      }
      if (policy === "public") {
        const fixture = PUBLIC[key];
        if (!fixture) mismatches.push(`${key}: public route without a fixture in this test`);
        else if ((await call(route.method, fixture, null)) !== fixture.expect)
          mismatches.push(`${key}: public`);
        continue;
      }
      const fixture = FIXTURES[key];
      if (!fixture) {
        mismatches.push(`${key}: no fixture in this test`);
        continue;
      }
      for (const persona of personas) {
        const c = await fixture(persona);
        const expected = expectedStatus(route.method, route.url, policy, persona, c.success);
        const actual = await call(route.method, c, persona.token);
        if (actual !== expected)
          mismatches.push(`${key} as ${persona.label}: expected ${expected}, got ${actual}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 900_000);
});
