import type { Assignment, Resource, ResourceType } from "@orrery/contracts/resources";
import type { AssignmentRow, ResourceRow } from "./resource-store.js";

// Resource and assignment rows as API resources.

/** A stored resource type; anything unknown is a work resource. */
export function resourceTypeOf(type: string): ResourceType {
  return type === "material" || type === "cost" ? type : "work";
}

export function toResource(row: ResourceRow): Resource {
  return {
    uid: row.uid,
    name: row.name,
    initials: row.initials,
    type: resourceTypeOf(row.type),
    email: row.email,
    maxUnits: row.maxUnits,
    userId: row.userId,
    calendarUid: row.calendarUid,
    version: row.version,
  };
}

export function toAssignment(row: AssignmentRow): Assignment {
  return {
    taskUid: row.taskUid,
    resourceUid: row.resourceUid,
    units: row.units,
    workMinutes: row.workMinutes,
  };
}
