import type { OrgEvent, OrgEventType } from "@orrery/contracts/events";
import { describe, expect, it } from "vitest";
import { loadedBefore, parseOrgEvent, staleAfter } from "./event-effects.js";

const event = (type: OrgEventType): OrgEvent => ({
  id: "e1",
  type,
  orgId: "o1",
  entityType: type.split(".")[0] ?? "",
  entityId: "x",
  projectId: null,
  summary: "Ada created ERP",
  planVersion: null,
  actorId: "u1",
  at: "2026-11-23T09:30:00.000Z",
});

describe("parseOrgEvent", () => {
  it("reads an event from its JSON payload", () => {
    expect(parseOrgEvent(JSON.stringify(event("project.created")))?.type).toBe("project.created");
  });

  it("ignores payloads that are not events", () => {
    expect(parseOrgEvent("not json")).toBeNull();
    expect(parseOrgEvent(JSON.stringify({ hello: "world" }))).toBeNull();
    expect(parseOrgEvent(undefined)).toBeNull();
  });
});

describe("staleAfter", () => {
  it("refreshes projects after any project change", () => {
    expect(staleAfter(event("project.created"))).toEqual(["projects"]);
    expect(staleAfter(event("project.deleted"))).toContain("projects");
  });

  it("refreshes the caller too after a membership change, which may be their own", () => {
    expect(staleAfter(event("member.updated"))).toContain("me");
  });

  it("refreshes the milestone timeline after any plan change, and when a project is archived or deleted", () => {
    for (const type of [
      "task.updated",
      "task.batch_applied",
      "plan.updated",
      "project.updated",
      "project.deleted",
    ] as const)
      expect(staleAfter(event(type))).toContain("milestones");
    expect(staleAfter(event("project.created"))).not.toContain("milestones");
  });

  it("refreshes My work after any plan change, and a plan's resources only when they can change", () => {
    for (const type of [
      "task.updated",
      "task.batch_applied",
      "plan.updated",
      "resource.updated",
    ] as const)
      expect(staleAfter(event(type))).toContain("myWork");
    for (const type of ["resource.created", "task.deleted", "plan.updated"] as const)
      expect(staleAfter(event(type))).toContain("planResources");
    // A duration or progress edit leaves assignments alone: no refetch of them.
    expect(staleAfter(event("task.updated"))).not.toContain("planResources");
  });

  it("refreshes the RAID views after any RAID change", () => {
    for (const type of ["raid_item.created", "raid_item.updated", "raid_item.deleted"] as const)
      expect(staleAfter(event(type))).toEqual(["raid"]);
  });

  it("refreshes the lesson views after any lesson or review change", () => {
    for (const type of [
      "lesson.created",
      "lesson.updated",
      "lesson.deleted",
      "project_review.updated",
    ] as const)
      expect(staleAfter(event(type))).toEqual(["lessons"]);
  });

  it("ignores event types this version of the app does not know", () => {
    expect(
      parseOrgEvent(JSON.stringify({ ...event("project.created"), type: "webhook.sent" })),
    ).toBeNull();
  });
});

describe("loadedBefore", () => {
  it("refetches data read before the stream listened, not data read since or still loading", () => {
    expect(loadedBefore({ data: { items: [] }, dataUpdatedAt: 999 }, 1000)).toBe(true);
    expect(loadedBefore({ data: { items: [] }, dataUpdatedAt: 1000 }, 1000)).toBe(false);
    expect(loadedBefore({ data: undefined, dataUpdatedAt: 0 }, 1000)).toBe(false);
  });
});
