import { Certification } from "@orrery/contracts/certifications";
import { Page } from "@orrery/contracts/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type ApiClient, apiClient } from "../testing/api-client.js";
import { apiDrivers } from "../testing/api-drivers.js";
import { createPerson, type TestPerson } from "../testing/test-people.js";
import { startTestServer, type TestServer } from "../testing/test-server.js";

const Records = Page(Certification);
const Problem = z.object({ errors: z.array(z.object({ path: z.string(), message: z.string() })) });

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.each(apiDrivers())("certifications API on $name", ({ options }) => {
  let server: TestServer;
  let admin: ApiClient;
  let path: string;
  let ana: TestPerson;
  let anaClient: ApiClient;
  let adminId: string;

  beforeAll(async () => {
    server = await startTestServer(options);
    admin = apiClient(server.url, { token: server.admin.token });
    path = `/api/v1/orgs/${server.org.slug}/certifications`;
    ana = await createPerson(server.url, server.admin.token, server.org.slug, {
      role: "team_member",
      name: "Ana",
    });
    anaClient = apiClient(server.url, { token: ana.token });
    adminId = z
      .object({ user: z.object({ id: z.string() }) })
      .parse((await admin.get("/api/v1/me")).body).user.id;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  async function list(query = "", client = admin): Promise<Certification[]> {
    const response = await client.get(`${path}${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return Records.parse(response.body).items;
  }

  it("keeps each person's records, soonest expiry first, and what lapses within a window", async () => {
    const own = await anaClient.post(path, {
      name: "PRINCE2 Foundation",
      issuer: "PeopleCert",
      expiresOn: inDays(40),
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(Certification.parse(own.body)).toMatchObject({
      person: { id: ana.userId },
      kind: "certification",
    });
    const forAna = await admin.post(path, {
      userId: ana.userId,
      name: "PMP",
      issuer: "PMI",
      expiresOn: inDays(400),
    });
    expect(forAna.status).toBe(201);
    await admin.post(path, { name: "Agile coaching", kind: "training", obtainedOn: "2026-05-04" });
    await admin.post(path, { name: "PSM I", expiresOn: inDays(-3) });

    expect((await list()).map((c) => c.name)).toEqual([
      "PSM I",
      "PRINCE2 Foundation",
      "PMP",
      "Agile coaching",
    ]);
    expect((await list("?expiringWithinDays=90")).map((c) => c.name)).toEqual([
      "PSM I",
      "PRINCE2 Foundation",
    ]);
    expect((await list("?q=prince")).map((c) => c.name)).toEqual(["PRINCE2 Foundation"]);
    expect((await list("?kind=training")).map((c) => c.name)).toEqual(["Agile coaching"]);
    expect((await list(`?userId=${ana.userId}`)).map((c) => c.name)).toEqual([
      "PRINCE2 Foundation",
      "PMP",
    ]);

    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const response = await admin.get(`${path}?limit=1${cursor ? `&cursor=${cursor}` : ""}`);
      const page: z.infer<typeof Records> = Records.parse(response.body);
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["PSM I", "PRINCE2 Foundation", "PMP", "Agile coaching"]);
  });

  it("shows a team member only their own, and lets them change only their own", async () => {
    expect((await list("", anaClient)).map((c) => c.name)).toEqual(["PRINCE2 Foundation", "PMP"]);
    // Asking for someone else's gives one's own: the filter cannot widen what one may see.
    expect(
      (await list(`?userId=${adminId}`, anaClient)).every((c) => c.person.id === ana.userId),
    ).toBe(true);
    const others = await list(`?userId=${adminId}`);
    const theirs = others[0];
    if (!theirs) throw new Error("the admin has records");
    expect((await anaClient.patch(`${path}/${theirs.id}`, { issuer: "x" })).status).toBe(404);
    expect((await anaClient.post(path, { userId: adminId, name: "PMP" })).status).toBe(403);
    const mine = (await list("", anaClient))[0];
    if (!mine) throw new Error("Ana has records");
    const stale = await anaClient.patch(
      `${path}/${mine.id}`,
      { issuer: "Axelos" },
      { headers: { "if-match": '"7"' } },
    );
    expect(stale.status).toBe(412);
    const renewed = await anaClient.patch(
      `${path}/${mine.id}`,
      { expiresOn: inDays(800) },
      { headers: { "if-match": `"${mine.version}"` } },
    );
    expect(Certification.parse(renewed.body)).toMatchObject({ version: mine.version + 1 });
    expect((await anaClient.request("DELETE", `${path}/${mine.id}`)).status).toBe(204);
  });

  it("names the field of bad input", async () => {
    const backwards = await admin.post(path, {
      name: "PMP",
      obtainedOn: "2027-05-01",
      expiresOn: "2027-04-01",
    });
    expect(backwards.status).toBe(422);
    expect(Problem.parse(backwards.body).errors).toContainEqual({
      path: "expiresOn",
      message: "must not be before the date obtained",
    });
    const nobody = await admin.post(path, { name: "PMP", userId: "no-such-person" });
    expect(Problem.parse(nobody.body).errors).toContainEqual({
      path: "userId",
      message: "is not a member of this organisation",
    });
    const unnamed = await admin.post(path, { name: " " });
    expect(Problem.parse(unnamed.body).errors[0]?.path).toBe("name");
  });
});
