import { describe, expect, it } from "vitest";
import { type TokenCreateFlags, tokenCreateFromFlags } from "./token-input.js";

describe("tokenCreateFromFlags", () => {
  it("builds the body, a write token that never expires unless told otherwise", () => {
    expect(tokenCreateFromFlags({ name: " ci " })).toEqual({ name: "ci", scope: "write" });
    expect(tokenCreateFromFlags({ name: "r", scope: "read", expiresInDays: "30" })).toEqual({
      name: "r",
      scope: "read",
      expiresInDays: 30,
    });
  });

  it.each<[TokenCreateFlags, string]>([
    [{}, "--name: is required"],
    [{ name: " " }, "--name: is required"],
    [{ name: "x".repeat(101) }, "--name: must be at most 100 characters"],
    [{ name: "x", scope: "admin" }, "--scope: must be one of read, write"],
    [{ name: "x", expiresInDays: "0" }, "--expires-in-days: must be at least 1"],
    [{ name: "x", expiresInDays: "3651" }, "--expires-in-days: must be at most 3650"],
    [{ name: "x", expiresInDays: "1.5" }, "--expires-in-days: must be a whole number of days"],
  ])("refuses %j with exit 2 naming the flag", (flags, message) => {
    expect(() => tokenCreateFromFlags(flags)).toThrow(
      expect.objectContaining({ message, exitCode: 2 }),
    );
  });
});
