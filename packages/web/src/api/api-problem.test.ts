import { describe, expect, it } from "vitest";
import { problemFromResponse } from "./api-problem.js";

function jsonResponse(status: number, body: unknown, statusText = ""): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { "content-type": "application/problem+json" },
  });
}

describe("problemFromResponse", () => {
  it("keeps the server's problem details and field errors", async () => {
    const problem = await problemFromResponse(
      jsonResponse(422, {
        type: "urn:orrery:problem:invalid",
        title: "Invalid request",
        status: 422,
        errors: [{ path: "key", message: "is required" }],
      }),
    );
    expect(problem.status).toBe(422);
    expect(problem.problem.errors).toEqual([{ path: "key", message: "is required" }]);
  });

  it("keeps better-auth's error code beside the problem", async () => {
    const problem = await problemFromResponse(
      jsonResponse(400, {
        type: "urn:orrery:problem:invalid",
        title: "Bad Request",
        status: 400,
        detail: "Invalid password",
        code: "INVALID_PASSWORD",
        message: "Invalid password",
      }),
    );
    expect(problem.authCode).toBe("INVALID_PASSWORD");
  });

  it("describes an answer without a body by its status", async () => {
    const problem = await problemFromResponse(
      new Response("<html>", { status: 502, statusText: "Bad Gateway" }),
    );
    expect(problem.problem).toMatchObject({ status: 502, title: "Bad Gateway" });
  });
});
