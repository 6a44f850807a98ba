import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { freePort } from "@orrery/server/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiClient } from "./api-client.js";
import { resolveConnection } from "./api-connection.js";
import { ApiError } from "./api-error.js";

const TOKEN = "orr_secret-token-for-tests";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in server: each test sets how it answers and reads what it was sent. */
let answer: (seen: Seen) => { status: number; type?: string; body?: string; location?: string };
const seen: Seen[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      const record = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body,
      };
      seen.push(record);
      const reply = answer(record);
      const headers: Record<string, string> = {};
      if (reply.type) headers["content-type"] = reply.type;
      if (reply.location) headers.location = reply.location;
      response.writeHead(reply.status, headers).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function client(url = base) {
  return createApiClient(resolveConnection({ url, token: TOKEN }, {}));
}

async function failureOf(run: Promise<unknown>): Promise<ApiError | Error> {
  try {
    await run;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("expected the call to fail");
}

const Thing = z.object({ id: z.string(), version: z.number() });

describe("createApiClient", () => {
  it("sends the token, If-Match and a JSON body, and parses the answer with the schema", async () => {
    answer = () => ({
      status: 200,
      type: "application/json",
      body: '{"id":"a/b","version":4,"extra":1}',
    });
    const thing = await client(`${base}/orrery/`).call(
      {
        method: "PATCH",
        path: ["orgs", "acme", "projects", "a/b"],
        body: { name: "x" },
        ifMatch: 3,
        query: { q: "x y", cursor: undefined },
      },
      Thing,
    );
    expect(thing).toEqual({ id: "a/b", version: 4 });
    const request = seen.at(-1);
    expect(request).toMatchObject({
      method: "PATCH",
      url: "/orrery/api/v1/orgs/acme/projects/a%2Fb?q=x+y",
      body: '{"name":"x"}',
    });
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      "if-match": '"3"',
      "content-type": "application/json",
    });
  });

  it("turns a problem answer into an ApiError with the problem's code", async () => {
    answer = () => ({
      status: 412,
      type: "application/problem+json",
      body: JSON.stringify({
        type: "urn:orrery:problem:stale-write",
        title: "Stale write",
        status: 412,
        detail: "changed",
      }),
    });
    const error = await failureOf(
      client().callForNoContent({ method: "DELETE", path: ["x"], ifMatch: 1 }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "stale-write",
      status: 412,
      exitCode: 1,
      message: "changed",
    });
  });

  it("fails (exit 1) when the answer does not match the contract, naming the field", async () => {
    answer = () => ({ status: 200, type: "application/json", body: '{"id":"a","version":"four"}' });
    const error = await failureOf(client().call({ method: "GET", path: ["things", "a"] }, Thing));
    expect(error).toMatchObject({ exitCode: 1 });
    expect(error.message).toMatch(
      /^the answer to GET \/api\/v1\/things\/a is not what this CLI expects \(version: .+\); is the address an Orrery server of the same version\?$/,
    );
  });

  it("does not follow a redirect, so the token goes nowhere else (exit 2)", async () => {
    answer = (request) =>
      request.url.startsWith("/elsewhere")
        ? { status: 200, type: "application/json", body: "{}" }
        : { status: 308, location: `${base}/elsewhere` };
    const before = seen.length;
    const error = await failureOf(client().call({ method: "GET", path: ["orgs"] }, z.unknown()));
    expect(error).toMatchObject({
      exitCode: 2,
      message: `${base} redirects to ${base}/elsewhere; use that address as --url or ORRERY_URL`,
    });
    expect(seen.slice(before).map((request) => request.url)).toEqual(["/api/v1/orgs"]);
  });

  it("fails (exit 1) without an answer, and never puts the token in the message", async () => {
    const port = await freePort();
    const error = await failureOf(
      client(`http://127.0.0.1:${port}`).call({ method: "GET", path: ["orgs"] }, z.unknown()),
    );
    expect(error).toMatchObject({
      exitCode: 1,
      message: `cannot reach http://127.0.0.1:${port}: connection refused (is the server running?)`,
    });
    expect(error.message).not.toContain(TOKEN);
  });
});
