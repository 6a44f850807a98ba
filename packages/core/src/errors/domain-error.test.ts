import { describe, expect, it } from "vitest";
import { Conflict, DomainError, Invalid, NotFound, StaleWrite } from "./domain-error.js";

describe("domain errors", () => {
  it("carry a stable code whatever their message says", () => {
    const errors: DomainError[] = [
      new NotFound("project", "ERP"),
      new StaleWrite("project"),
      new Conflict("the key is taken"),
      new Invalid([{ path: "key", message: "is required" }]),
    ];
    expect(errors.map((e) => e.code)).toEqual(["not-found", "stale-write", "conflict", "invalid"]);
    expect(errors.every((e) => e instanceof DomainError && e instanceof Error)).toBe(true);
  });

  it("names every invalid field in the detail of an Invalid", () => {
    const error = new Invalid([
      { path: "budget.currency", message: "must be an ISO 4217 code" },
      { path: "", message: "must be an object" },
    ]);
    expect(error.message).toBe(
      "budget.currency: must be an ISO 4217 code; (body): must be an object",
    );
    expect(error.errors).toHaveLength(2);
  });

  it("says which entity was not found without quoting the caller's input unescaped", () => {
    expect(new NotFound("project", 'x"y').message).toBe('no project "x\\"y" here');
  });
});
