import { describe, expect, it } from "vitest";
import { personOptions } from "./person-options.js";

const member = (userId: string, name: string) => ({
  userId,
  name,
  email: `${userId}@example.com`,
  role: "team_member" as const,
  joinedAt: "2026-11-01T09:00:00.000Z",
  invitedUntil: null,
  version: 1,
});

describe("personOptions", () => {
  it("lists members by name", () => {
    expect(personOptions([member("u2", "Grace"), member("u1", "Ada")])).toEqual([
      { value: "u1", label: "Ada" },
      { value: "u2", label: "Grace" },
    ]);
  });

  it("keeps a chosen person who has left, marked as such", () => {
    const options = personOptions(
      [member("u1", "Ada")],
      [{ id: "u9", name: "Linus", email: "l@example.com" }, null],
    );
    expect(options).toContainEqual({ value: "u9", label: "Linus (former member)" });
  });
});
