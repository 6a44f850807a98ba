import { Page } from "@orrery/contracts/common";
import { LessonPromotion } from "@orrery/contracts/lesson-promotions";
import { Lesson } from "@orrery/contracts/lessons";
import { Project } from "@orrery/contracts/projects";
import { RaidItem } from "@orrery/contracts/raid";
import { LifecycleTemplate, TemplateVersion } from "@orrery/contracts/templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });
const Actions = z.object({ items: z.array(z.object({ action: z.string() })) });

describe.each(apiDrivers())("lesson promotions API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let org: string;
  let serial = 0;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    org = `/api/v1/orgs/${server.org.slug}`;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function newTemplate(): Promise<LifecycleTemplate> {
    const response = await admin.post(`${org}/templates`, {
      name: `Learning ${++serial}`,
      methodology: "waterfall",
      raidCategories: ["Supplier"],
      phases: [
        {
          name: "Define",
          gate: { name: "Go", criteria: ["Sponsor named"], reviewerRoles: ["executive"] },
        },
        { name: "Deliver", gate: { name: "Done", reviewerRoles: ["pmo_manager"] } },
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return LifecycleTemplate.parse(response.body);
  }

  async function newLesson(): Promise<Lesson> {
    const key = `LP${++serial}`;
    const project = Project.parse((await admin.post(`${org}/projects`, { key, name: key })).body);
    const response = await admin.post(`${org}/projects/${project.id}/lessons`, {
      title: "Check supplier finances before signing",
      whatHappened: "The supplier went bust in month three.",
      recommendation: "Ask for audited accounts during procurement.",
    });
    return Lesson.parse(response.body);
  }

  const promotions = (lesson: Lesson) => `${org}/lessons/${lesson.id}/promotions`;

  it("adds a gate criterion in the template's next version and records it on the lesson", async () => {
    const template = await newTemplate();
    const lesson = await newLesson();
    const response = await admin.post(
      promotions(lesson),
      {
        target: "gate_criterion",
        templateId: template.id,
        phase: 1,
        text: "Supplier's audited accounts checked",
      },
      { headers: { "if-match": '"1"' } },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const promotion = LessonPromotion.parse(response.body);
    expect(promotion).toMatchObject({
      target: "gate_criterion",
      templateId: template.id,
      templateName: template.name,
      templateVersion: 2,
      gateName: "Go",
      text: "Supplier's audited accounts checked",
    });
    expect(response.headers.get("etag")).toBe('"2"');

    const latest = LifecycleTemplate.parse(
      (await admin.get(`${org}/templates/${template.id}`)).body,
    );
    expect(latest.version).toBe(2);
    expect(latest.phases[0]?.gate.criteria).toEqual([
      "Sponsor named",
      "Supplier's audited accounts checked",
    ]);
    // The version projects already follow is untouched.
    const first = TemplateVersion.parse(
      (await admin.get(`${org}/templates/${template.id}/versions/1`)).body,
    );
    expect(first.content.phases[0]?.gate.criteria).toEqual(["Sponsor named"]);

    const read = Lesson.parse(
      (await admin.get(`${org}/projects/${lesson.project.id}/lessons/${lesson.id}`)).body,
    );
    expect(read.promotions).toEqual([promotion]);
    const audit = Actions.parse((await admin.get(`${org}/audit?entityId=${lesson.id}`)).body);
    expect(audit.items.map((e) => e.action)).toContain("lesson.promote");
    const templateAudit = Actions.parse(
      (await admin.get(`${org}/audit?entityId=${template.id}`)).body,
    );
    expect(templateAudit.items.map((e) => e.action)).toContain("template.publish");
  });

  it("adds a default risk that projects created from the new version start their RAID log with", async () => {
    const template = await newTemplate();
    const lesson = await newLesson();
    const response = await admin.post(promotions(lesson), {
      target: "default_risk",
      templateId: template.id,
      text: "Supplier insolvency",
      category: "Supplier",
      probability: 2,
      impact: 5,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(LessonPromotion.parse(response.body)).toMatchObject({
      target: "default_risk",
      templateVersion: 2,
      gateName: null,
    });
    const latest = LifecycleTemplate.parse(
      (await admin.get(`${org}/templates/${template.id}`)).body,
    );
    expect(latest.defaultRisks).toEqual([
      { title: "Supplier insolvency", category: "Supplier", probability: 2, impact: 5 },
    ]);

    const key = `LP${++serial}`;
    const created = await admin.post(`${org}/projects`, {
      key,
      name: key,
      templateId: template.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const raid = Page(RaidItem).parse(
      (await admin.get(`${org}/projects/${key}/raid?type=risk`)).body,
    );
    expect(raid.items).toMatchObject([
      { ref: "R-1", title: "Supplier insolvency", probability: 2, impact: 5, score: 10 },
    ]);
  });

  it("refuses a stale template version, a missing phase, a repeated criterion and non-PMO callers", async () => {
    const template = await newTemplate();
    const lesson = await newLesson();
    const body = {
      target: "gate_criterion",
      templateId: template.id,
      phase: 1,
      text: "Sponsor named",
    };
    const stale = await admin.post(
      promotions(lesson),
      { ...body, text: "New criterion" },
      { headers: { "if-match": '"7"' } },
    );
    expect(stale.status).toBe(412);

    const missing = await admin.post(promotions(lesson), { ...body, phase: 3 });
    expect(missing.status).toBe(422);
    expect(Errors.parse(missing.body).errors).toEqual([
      { path: "phase", message: "must be from 1 to 2, a phase of the template" },
    ]);
    const repeated = await admin.post(promotions(lesson), body);
    expect(repeated.status).toBe(422);
    expect(Errors.parse(repeated.body).errors[0]?.path).toBe("text");
    const unknown = await admin.post(promotions(lesson), {
      ...body,
      templateId: "00000000-0000-4000-8000-000000000000",
    });
    expect(Errors.parse(unknown.body).errors).toEqual([
      { path: "templateId", message: "is not a template of this organisation" },
    ]);
    const noLesson = await admin.post(
      `${org}/lessons/00000000-0000-4000-8000-000000000000/promotions`,
      { ...body, text: "Other" },
    );
    expect(noLesson.status).toBe(404);

    const manager = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "project_manager",
    });
    const refused = await apiClient(server.url, { token: manager.token }).post(promotions(lesson), {
      ...body,
      text: "Other",
    });
    expect(refused.status).toBe(403);
    // Nothing was published by the refusals.
    const latest = LifecycleTemplate.parse(
      (await admin.get(`${org}/templates/${template.id}`)).body,
    );
    expect(latest.version).toBe(1);
  });
});
