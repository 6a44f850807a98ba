import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Page } from "@orrery/contracts/common";
import { Document } from "@orrery/contracts/documents";
import { GateReview, ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { Project } from "@orrery/contracts/projects";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { queryRows } from "../store/raw-query.js";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { uploadDocument } from "../testing/document-upload.js";
import { createPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";
import { openDocumentStorage } from "./document-storage.js";

const Documents = Page(Document);
const ProblemBody = z.object({
  status: z.number(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
const LIMIT = 2048;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(apiDrivers())("documents API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let scanDir: string;
  let projectPath: string;
  let library: string;

  beforeAll(async () => {
    // The scan hook: a tiny scanner that refuses files holding the EICAR test marker.
    scanDir = mkdtempSync(join(tmpdir(), "orrery-scan-"));
    const scanner = join(scanDir, "scan.sh");
    writeFileSync(
      scanner,
      '#!/bin/sh\nif grep -q EICAR-STANDARD-ANTIVIRUS-TEST-FILE "$1"; then echo "Eicar-Test-Signature FOUND"; exit 1; fi\nexit 0\n',
    );
    chmodSync(scanner, 0o755);
    server = await startTestServer({
      ...options,
      env: { ORRERY_DOCUMENT_MAX_BYTES: String(LIMIT), ORRERY_SCAN_COMMAND: scanner },
    });
    admin = apiClient(server.url, { token: server.admin.token });
    library = `/api/v1/orgs/${server.org.slug}/documents`;
    const project = await admin.post(`/api/v1/orgs/${server.org.slug}/projects`, {
      key: "DOC",
      name: "Document store",
    });
    projectPath = `/api/v1/orgs/${server.org.slug}/projects/${Project.parse(project.body).id}`;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(scanDir, { recursive: true, force: true });
  });

  const upload = (
    path: string,
    file: { name: string; bytes: string | Uint8Array },
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) => uploadDocument(server, server.admin.token, path, file, fields, headers);

  async function download(path: string): Promise<{ status: number; text: string; type: string }> {
    const response = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${server.admin.token}` },
    });
    return {
      status: response.status,
      text: await response.text(),
      type: response.headers.get("content-type") ?? "",
    };
  }

  it("seeds the library with the four built-in templates, with real content", async () => {
    const response = await admin.get(library);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const items = Documents.parse(response.body).items;
    expect(items.map((d) => d.builtIn).sort()).toEqual([
      "business_case",
      "charter",
      "pir",
      "status_report",
    ]);
    const charter = items.find((d) => d.builtIn === "charter");
    const file = await download(`${library}/${charter?.id}/versions/1/content`);
    expect(file.status).toBe(200);
    expect(file.type).toContain("text/markdown");
    expect(file.text).toMatch(/^# Project charter/);
    expect(file.text).toContain("## Objectives and success measures");
  });

  it("keeps every version of a project document and downloads each", async () => {
    const first = await upload(
      `${projectPath}/documents`,
      { name: "Risk register.csv", bytes: "a,b\n1,2\n" },
      { category: "plan", note: "first cut" },
    );
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const created = Document.parse(first.body);
    expect(created).toMatchObject({ kind: "project", title: "Risk register", category: "plan" });
    expect(created.versions).toMatchObject([
      {
        number: 1,
        fileName: "Risk register.csv",
        sizeBytes: 8,
        sha256: sha256("a,b\n1,2\n"),
        note: "first cut",
      },
    ]);
    expect(first.headers.get("etag")).toBe(`"${created.version}"`);
    const second = await upload(
      `${projectPath}/documents/${created.id}/versions`,
      { name: "Risk register.csv", bytes: "a,b\n3,4\n" },
      { note: "after review" },
      { "if-match": `"${created.version}"` },
    );
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(Document.parse(second.body).versions.map((v) => v.number)).toEqual([2, 1]);
    expect((await download(`${projectPath}/documents/${created.id}/versions/1/content`)).text).toBe(
      "a,b\n1,2\n",
    );
    const latest = await download(`${projectPath}/documents/${created.id}/versions/2/content`);
    expect(latest).toMatchObject({ status: 200, text: "a,b\n3,4\n" });
    expect(latest.type).toContain("text/csv");
    expect(
      (await admin.get(`${projectPath}/documents/${created.id}/versions/3/content`)).status,
    ).toBe(404);
  });

  it("refuses a file over the limit with 413 naming the limit, and takes one exactly at it", async () => {
    const over = await upload(`${projectPath}/documents`, {
      name: "big.txt",
      bytes: "x".repeat(LIMIT + 1),
    });
    expect(over.status).toBe(413);
    expect(over.headers.get("content-type")).toContain("application/problem+json");
    expect(ProblemBody.parse(over.body).detail).toBe(
      "the file is larger than the limit of 2 KiB (2048 bytes) set by ORRERY_DOCUMENT_MAX_BYTES",
    );
    const at = await upload(`${projectPath}/documents`, {
      name: "exact.txt",
      bytes: "x".repeat(LIMIT),
    });
    expect(at.status, JSON.stringify(at.body)).toBe(201);
  });

  it("refuses other types with 415 naming the type", async () => {
    const exe = await upload(`${projectPath}/documents`, { name: "setup.exe", bytes: "MZ\u0090" });
    expect(exe.status).toBe(415);
    expect(ProblemBody.parse(exe.body).detail).toContain('".exe" files are not taken');
    const fake = await upload(`${projectPath}/documents`, {
      name: "report.pdf",
      bytes: "not a pdf",
    });
    expect(fake.status).toBe(415);
    expect(ProblemBody.parse(fake.body).detail).toBe(
      '"report.pdf" is named .pdf but its content is not a PDF',
    );
  });

  it("stores nothing the scan hook rejects", async () => {
    const before = Documents.parse((await admin.get(`${projectPath}/documents`)).body).items.length;
    const infected = await upload(`${projectPath}/documents`, {
      name: "notes.txt",
      bytes: "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*",
    });
    expect(infected.status).toBe(422);
    expect(ProblemBody.parse(infected.body).errors).toEqual([
      { path: "file", message: "was rejected by the scanner: Eicar-Test-Signature FOUND" },
    ]);
    expect(Documents.parse((await admin.get(`${projectPath}/documents`)).body).items).toHaveLength(
      before,
    );
  });

  it("refuses stale writes with 412", async () => {
    const made = Document.parse(
      (await upload(`${projectPath}/documents`, { name: "Minutes.md", bytes: "# Minutes\n" })).body,
    );
    const renamed = await admin.patch(
      `${projectPath}/documents/${made.id}`,
      { title: "Kick-off minutes" },
      { headers: { "if-match": `"${made.version}"` } },
    );
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(Document.parse(renamed.body).title).toBe("Kick-off minutes");
    const stale = { headers: { "if-match": `"${made.version}"` } };
    expect(
      (await admin.patch(`${projectPath}/documents/${made.id}`, { title: "Lost" }, stale)).status,
    ).toBe(412);
    expect(
      (
        await upload(
          `${projectPath}/documents/${made.id}/versions`,
          { name: "Minutes.md", bytes: "# v2\n" },
          {},
          stale.headers,
        )
      ).status,
    ).toBe(412);
    expect((await admin.delete(`${projectPath}/documents/${made.id}`, stale)).status).toBe(412);
    expect(
      Document.parse((await admin.get(`${projectPath}/documents/${made.id}`)).body).versions,
    ).toHaveLength(1);
  });

  it("deletes a document with its versions, audited", async () => {
    const made = Document.parse(
      (await upload(`${projectPath}/documents`, { name: "Draft.txt", bytes: "draft" })).body,
    );
    const gone = await admin.delete(`${projectPath}/documents/${made.id}`, {
      headers: { "if-match": `"${made.version}"` },
    });
    expect(gone.status).toBe(204);
    expect((await admin.get(`${projectPath}/documents/${made.id}`)).status).toBe(404);
    expect((await admin.get(`${projectPath}/documents/${made.id}/versions/1/content`)).status).toBe(
      404,
    );
    const audit = await admin.get(
      `/api/v1/orgs/${server.org.slug}/audit?entityType=document&entityId=${made.id}`,
    );
    const actions = z
      .object({ items: z.array(z.object({ action: z.string() })) })
      .parse(audit.body)
      .items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["document.create", "document.delete"]));
    const builtIn = Documents.parse((await admin.get(library)).body).items.find(
      (d) => d.builtIn === "pir",
    );
    expect((await admin.delete(`${library}/${builtIn?.id}`)).status).toBe(409);
  });

  it("removes a deleted project's document files once the project is gone", async () => {
    const created = Project.parse(
      (await admin.post(`/api/v1/orgs/${server.org.slug}/projects`, { key: "GONE", name: "Gone" }))
        .body,
    );
    const path = `/api/v1/orgs/${server.org.slug}/projects/${created.id}`;
    const made = Document.parse(
      (await upload(`${path}/documents`, { name: "Plan.txt", bytes: "first" })).body,
    );
    await upload(`${path}/documents/${made.id}/versions`, { name: "Plan.txt", bytes: "second" });
    const { store } = await server.server.ready;
    const keys = await queryRows(
      store.db,
      sql`select blob_key as key from document_version where document_id = ${made.id}`,
      z.object({ key: z.string() }),
    );
    expect(keys).toHaveLength(2);
    const { blobs } = openDocumentStorage(server.config.documents, store);
    const ref = (key: string) => ({ orgId: server.org.id, key });
    for (const { key } of keys) (await blobs.get(ref(key))).destroy();

    const gone = await admin.delete(path, { headers: { "if-match": `"${created.version}"` } });
    expect(gone.status).toBe(204);
    for (const { key } of keys) await expect(blobs.get(ref(key))).rejects.toThrow();
  });

  it("starts a project document from a library template as its version 1", async () => {
    const templates = Documents.parse((await admin.get(library)).body).items;
    const businessCase = templates.find((d) => d.builtIn === "business_case");
    const started = await admin.post(`${projectPath}/documents/from-template`, {
      templateId: businessCase?.id,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const doc = Document.parse(started.body);
    expect(doc).toMatchObject({
      kind: "project",
      title: "Business case",
      category: "business_case",
    });
    expect(doc.versions[0]?.sha256).toBe(businessCase?.versions[0]?.sha256);
    expect((await download(`${projectPath}/documents/${doc.id}/versions/1/content`)).text).toMatch(
      /^# Business case/,
    );
  });

  it("supplies a gate's required document by attaching a project document to it", async () => {
    const template = await admin.post(`/api/v1/orgs/${server.org.slug}/templates`, {
      name: "Document gates",
      methodology: "waterfall",
      phases: [
        {
          name: "Start",
          gate: {
            name: "Start gate",
            requiredDocuments: ["Project charter"],
            reviewerRoles: ["executive"],
          },
        },
        { name: "Finish", gate: { name: "End gate", reviewerRoles: ["executive"] } },
      ],
    });
    const templateId = z.object({ id: z.string() }).parse(template.body).id;
    const project = Project.parse(
      (
        await admin.post(`/api/v1/orgs/${server.org.slug}/projects`, {
          key: "GATED",
          name: "Gated",
        })
      ).body,
    );
    const path = `/api/v1/orgs/${server.org.slug}/projects/${project.id}`;
    await admin.request("PUT", `${path}/lifecycle`, { body: { templateId } });
    const lifecycle = async () =>
      ProjectLifecycle.parse((await admin.get(`${path}/lifecycle`)).body);
    expect((await lifecycle()).missing.map((m) => m.label)).toEqual(["Project charter"]);
    expect((await admin.post(`${path}/gates/1/reviews`, {})).status).toBe(409);

    const wrong = await upload(
      `${path}/documents`,
      { name: "Charter.md", bytes: "# Charter\n" },
      { gate: "1", deliverable: "Business case" },
    );
    expect(wrong.status).toBe(422);
    expect(ProblemBody.parse(wrong.body).errors?.[0]?.path).toBe("deliverable");
    const charter = await upload(
      `${path}/documents`,
      { name: "Charter.md", bytes: "# Charter\n" },
      { gate: "1", deliverable: "project charter" },
    );
    expect(charter.status, JSON.stringify(charter.body)).toBe(201);
    const doc = Document.parse(charter.body);
    expect(doc.gateLink).toEqual({ gate: 1, deliverable: "Project charter" });
    const after = await lifecycle();
    expect(after.missing).toEqual([]);
    expect(after.nextGate?.checklist).toEqual([
      {
        kind: "document",
        label: "Project charter",
        done: true,
        reference: null,
        documents: [{ id: doc.id, title: "Charter" }],
      },
    ]);
    const review = await admin.post(`${path}/gates/1/reviews`, {});
    expect(review.status, JSON.stringify(review.body)).toBe(201);
    expect(GateReview.parse(review.body).documents).toEqual([
      { id: doc.id, title: "Charter", deliverable: "Project charter", latestVersion: 1 },
    ]);
    const detached = await admin.patch(`${path}/documents/${doc.id}`, { gateLink: null });
    expect(Document.parse(detached.body).gateLink).toBeNull();
    expect((await lifecycle()).nextGate?.checklist[0]?.done).toBe(false);
  });

  it("hides documents from other organisations and from people outside the project", async () => {
    const doc = Document.parse(
      (await upload(`${projectPath}/documents`, { name: "Private.txt", bytes: "secret" })).body,
    );
    const templates = Documents.parse((await admin.get(library)).body).items;
    const other = z
      .object({ slug: z.string() })
      .parse((await admin.post("/api/v1/orgs", { name: "Other org" })).body);
    const outsider = await createPerson(server.url, server.admin.token, other.slug, {
      role: "admin",
    });
    const stranger = apiClient(server.url, { token: outsider.token });
    const projectId = projectPath.split("/").pop();
    expect(
      (await stranger.get(`/api/v1/orgs/${other.slug}/projects/${projectId}/documents/${doc.id}`))
        .status,
    ).toBe(404);
    expect(
      (await stranger.get(`/api/v1/orgs/${other.slug}/documents/${templates[0]?.id}`)).status,
    ).toBe(404);
    expect((await stranger.get(`${projectPath}/documents/${doc.id}`)).status).toBe(404);
    const member = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
    });
    const teamMember = apiClient(server.url, { token: member.token });
    expect((await teamMember.get(`${projectPath}/documents/${doc.id}`)).status).toBe(404);
    expect((await teamMember.get(library)).status).toBe(200);
    const refused = await uploadDocument(server, member.token, library, {
      name: "Mine.md",
      bytes: "# mine",
    });
    expect(refused.status).toBe(403);
  });
});
