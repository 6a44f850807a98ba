import { z } from "zod";
import { PlanChange } from "./plans.js";

// The resources of a project's plan (people, materials, costs, as MS Project and P6 keep them)
// and their assignments to tasks. A resource mapped to an organisation member (`userId`) puts
// its tasks in that member's My work. Assigning a resource changes no dates: Orrery schedules
// tasks as fixed-duration.

export const ResourceType = z.enum(["work", "material", "cost"]).meta({ id: "ResourceType" });
export type ResourceType = z.infer<typeof ResourceType>;

const ResourceUid = z.number().int().min(1, "must be at least 1").max(2_000_000_000);

const ResourceFields = z.object({
  name: z.string().trim().min(1, "is required").max(500, "must be at most 500 characters"),
  initials: z.string().trim().max(50).nullable(),
  type: ResourceType,
  email: z.email("must be an e-mail address").max(320).nullable(),
  /** Availability as a fraction: 1 = one full-time person, 0.5 = half time. */
  maxUnits: z.number().min(0, "must not be negative").max(1_000_000).nullable(),
  /** The organisation member this resource is; null: nobody yet. */
  userId: z.string().min(1).max(200).nullable(),
});

export const Resource = z
  .object({
    uid: z.number().int(),
    ...ResourceFields.shape,
    /** The resource's calendar in the file it came from. */
    calendarUid: z.number().int().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Resource" });
export type Resource = z.infer<typeof Resource>;

/** A new resource: only `name` is required; a work resource mapped to nobody by default. */
export const ResourceCreate = ResourceFields.partial()
  .extend({ name: ResourceFields.shape.name })
  .meta({ id: "ResourceCreate" });
export type ResourceCreate = z.infer<typeof ResourceCreate>;

/** A partial change; `userId` maps the resource to a member (null unmaps it). */
export const ResourceUpdate = ResourceFields.partial().meta({ id: "ResourceUpdate" });
export type ResourceUpdate = z.infer<typeof ResourceUpdate>;

export const ResourceList = z.object({ items: z.array(Resource) }).meta({ id: "ResourceList" });
export type ResourceList = z.infer<typeof ResourceList>;

export const Assignment = z
  .object({
    taskUid: z.number().int(),
    resourceUid: z.number().int(),
    /** Share of the resource's time (1 = 100 %); for a material, units per task. */
    units: z.number(),
    workMinutes: z.number().nullable(),
  })
  .meta({ id: "Assignment" });
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentList = z
  .object({ items: z.array(Assignment) })
  .meta({ id: "AssignmentList" });
export type AssignmentList = z.infer<typeof AssignmentList>;

/** Every resource on one task, replacing those it had; an empty list unassigns them all. */
export const TaskAssignments = z
  .object({
    assignments: z
      .array(
        z.object({
          resourceUid: ResourceUid,
          units: z.number().min(0, "must not be negative").max(1_000_000).default(1),
        }),
      )
      .max(1000)
      .refine(
        (list) => new Set(list.map((entry) => entry.resourceUid)).size === list.length,
        "must name each resource once",
      ),
  })
  .meta({ id: "TaskAssignments" });
export type TaskAssignments = z.infer<typeof TaskAssignments>;

/** A task's assignments after a write, with the plan change it made (the task's new version). */
export const TaskAssignmentsChange = z
  .object({ items: z.array(Assignment), change: PlanChange })
  .meta({ id: "TaskAssignmentsChange" });
export type TaskAssignmentsChange = z.infer<typeof TaskAssignmentsChange>;

/** A resource after a write (null once deleted), with the plan's new version. */
export const ResourceChange = z
  .object({ resource: Resource.nullable(), change: PlanChange })
  .meta({ id: "ResourceChange" });
export type ResourceChange = z.infer<typeof ResourceChange>;
