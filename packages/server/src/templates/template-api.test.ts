import { Page } from "@orrery/contracts/common";
import { LifecycleTemplate, TemplateVersion } from "@orrery/contracts/templates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Templates = Page(LifecycleTemplate);
const Errors = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

describe.each(apiDrivers())("lifecycle templates API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let templates: string;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    templates = `/api/v1/orgs/${server.org.slug}/templates`;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function builtIn(key: string): Promise<LifecycleTemplate> {
    const page = Templates.parse((await admin.get(templates)).body);
    const found = page.items.find((t) => t.builtIn === key);
    if (!found) throw new Error(`no built-in ${key}`);
    return found;
  }

  it("seeds the four built-in templates once, on the first read, even for an older organisation", async () => {
    const [first, second] = await Promise.all([admin.get(templates), admin.get(templates)]);
    const names = (body: unknown) => Templates.parse(body).items.map((t) => t.name);
    expect(names(first.body)).toEqual(["Agile", "Hybrid", "PRINCE2", "Waterfall"]);
    expect(names(second.body)).toEqual(names(first.body));
    const waterfall = await builtIn("waterfall");
    expect(waterfall.phases.map((p) => p.name)).toEqual(["Initiate", "Plan", "Execute", "Close"]);
    expect(waterfall).toMatchObject({ version: 1, createdBy: null, methodology: "waterfall" });
  });

  it("copies PRINCE2, publishes a new version on edit and keeps the old one readable", async () => {
    const prince2 = await builtIn("prince2");
    const copied = await admin.post(`${templates}/${prince2.id}/copy`, {});
    expect(copied.status).toBe(201);
    const copy = LifecycleTemplate.parse(copied.body);
    expect(copy).toMatchObject({
      name: "Copy of PRINCE2",
      copiedFrom: prince2.id,
      version: 1,
      builtIn: null,
      createdBy: { email: server.admin.email },
    });
    const [firstPhase, ...rest] = copy.phases;
    if (!firstPhase) throw new Error("no phase");
    const edited = {
      name: "PRINCE2 (ours)",
      description: copy.description,
      methodology: copy.methodology,
      reportCadence: "monthly",
      raidCategories: copy.raidCategories,
      phases: [
        {
          ...firstPhase,
          gate: { ...firstPhase.gate, criteria: [...firstPhase.gate.criteria, "Security review"] },
        },
        ...rest,
      ],
    };
    const published = await admin.request("PUT", `${templates}/${copy.id}`, {
      body: edited,
      headers: { "if-match": '"1"' },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.headers.get("etag")).toBe('"2"');
    expect(LifecycleTemplate.parse(published.body)).toMatchObject({
      version: 2,
      name: "PRINCE2 (ours)",
      reportCadence: "monthly",
    });
    const v1 = TemplateVersion.parse((await admin.get(`${templates}/${copy.id}/versions/1`)).body);
    expect(v1.content.name).toBe("Copy of PRINCE2");
    expect(v1.content.phases[0]?.gate.criteria).not.toContain("Security review");

    const stale = await admin.request("PUT", `${templates}/${copy.id}`, {
      body: edited,
      headers: { "if-match": '"1"' },
    });
    expect(stale.status).toBe(412);
    const audit = await admin.get(
      `/api/v1/orgs/${server.org.slug}/audit?entityType=template&entityId=${copy.id}`,
    );
    expect(JSON.stringify(audit.body)).toContain("template.publish");
  });

  it("names each invalid field of a template with 422", async () => {
    const bad = await admin.post(templates, {
      name: "",
      methodology: "waterfall",
      phases: [
        { name: "A", gate: { name: "G", reviewerRoles: [] } },
        { name: "a", gate: { name: "G", criteria: ["x", "X"], reviewerRoles: ["team_member"] } },
      ],
    });
    expect(bad.status).toBe(422);
    expect(Errors.parse(bad.body).errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        "name",
        "phases.0.gate.reviewerRoles",
        "phases.1.gate.criteria.1",
        "phases.1.gate.reviewerRoles.0",
      ]),
    );
    const twice = await admin.post(templates, {
      name: "Twice",
      methodology: "waterfall",
      phases: [
        { name: "Plan", gate: { name: "G", reviewerRoles: ["executive"] } },
        { name: "plan", gate: { name: "G", reviewerRoles: ["executive"] } },
      ],
    });
    expect(Errors.parse(twice.body).errors).toEqual([
      { path: "phases.1.name", message: "repeats a phase name" },
    ]);
    const none = await admin.post(templates, { name: "Empty", methodology: "agile", phases: [] });
    expect(Errors.parse(none.body).errors).toEqual([
      { path: "phases", message: "needs at least one phase" },
    ]);
  });

  it("lets every member read the library but only the PMO change it", async () => {
    const pm = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "project_manager",
    });
    const asPm = apiClient(server.url, { token: pm.token });
    expect((await asPm.get(templates)).status).toBe(200);
    const waterfall = await builtIn("waterfall");
    expect((await asPm.post(`${templates}/${waterfall.id}/copy`, {})).status).toBe(403);
    expect((await admin.get(`${templates}/not-an-id`)).status).toBe(404);
  });
});
