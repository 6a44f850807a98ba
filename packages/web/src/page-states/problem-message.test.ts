import { describe, expect, it } from "vitest";
import { ApiProblem } from "../api/api-problem.js";
import { describeProblem } from "./problem-message.js";

const problem = (status: number, detail?: string) =>
  new ApiProblem({ type: "about:blank", title: `Status ${status}`, status, detail });

describe("describeProblem", () => {
  it("explains a 403 as a missing permission", () => {
    expect(describeProblem(problem(403)).title).toBe("You do not have access to this");
  });

  it("keeps the server's own words for a 403 when it gives a reason", () => {
    expect(describeProblem(problem(403, "Read-only tokens cannot change anything")).detail).toBe(
      "Read-only tokens cannot change anything",
    );
  });

  it("explains a 412 as someone else's change", () => {
    expect(describeProblem(problem(412)).title).toBe("Someone else changed this");
  });

  it("shows the problem title and detail for other statuses", () => {
    expect(describeProblem(problem(409, "Key ERP is taken"))).toEqual({
      title: "Status 409",
      detail: "Key ERP is taken",
    });
  });

  it("does not leak messages of unexpected errors", () => {
    expect(describeProblem(new TypeError("x is undefined")).title).toBe("Something went wrong");
  });
});
