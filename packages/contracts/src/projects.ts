import { z } from "zod";
import { IsoDate, Money, PageQuery, PersonRef, Timestamp } from "./common.js";
import { ProjectRole } from "./roles.js";

export const ProjectStatus = z
  .enum(["proposed", "active", "on_hold", "completed", "cancelled"])
  .meta({ id: "ProjectStatus" });
export type ProjectStatus = z.infer<typeof ProjectStatus>;

export const Methodology = z
  .enum(["waterfall", "agile", "hybrid", "prince2"])
  .meta({ id: "Methodology" });
export type Methodology = z.infer<typeof Methodology>;

/** Short code unique in the organisation, used in task ids and reports (`ERP`, `CRM2`). */
export const ProjectKey = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, "must be 2–10 letters or digits, starting with a letter");

const Tag = z.string().trim().min(1, "must not be empty").max(40, "must be at most 40 characters");
const Tags = z
  .array(Tag)
  .max(20, "at most 20 tags")
  .refine((tags) => new Set(tags).size === tags.length, "must not repeat a tag");

export const Project = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    status: ProjectStatus,
    archived: z.boolean(),
    methodology: Methodology,
    manager: PersonRef.nullable(),
    sponsor: PersonRef.nullable(),
    plannedStart: IsoDate.nullable(),
    plannedFinish: IsoDate.nullable(),
    budget: Money.nullable(),
    tags: z.array(z.string()),
    /** The caller's own role on this project, if they are a project member. */
    myRole: ProjectRole.nullable(),
    version: z.number().int(),
    createdAt: Timestamp,
    createdBy: PersonRef.nullable(),
    updatedAt: Timestamp,
    updatedBy: PersonRef.nullable(),
  })
  .meta({ id: "Project" });
export type Project = z.infer<typeof Project>;

const ProjectFields = z.object({
  key: ProjectKey,
  name: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters"),
  description: z.string().max(10_000, "must be at most 10,000 characters").default(""),
  status: ProjectStatus.default("proposed"),
  methodology: Methodology.default("waterfall"),
  /** Absent: the creator manages the project. `null`: no named manager. */
  managerId: z.string().min(1).max(200).nullable().optional(),
  sponsorId: z.string().min(1).max(200).nullable().default(null),
  plannedStart: IsoDate.nullable().default(null),
  plannedFinish: IsoDate.nullable().default(null),
  budget: Money.nullable().default(null),
  tags: Tags.default([]),
});

/** A new project may start on a lifecycle template (its latest version). */
const ProjectCreateFields = ProjectFields.extend({
  templateId: z.uuid("must be a template id").nullable().default(null),
});

function finishNotBeforeStart(p: { plannedStart?: string | null; plannedFinish?: string | null }) {
  return !p.plannedStart || !p.plannedFinish || p.plannedFinish >= p.plannedStart;
}
const finishRule = {
  message: "must not be before the planned start",
  path: ["plannedFinish"],
};

export const ProjectCreate = ProjectCreateFields.refine(finishNotBeforeStart, finishRule).meta({
  id: "ProjectCreate",
});
export type ProjectCreate = z.input<typeof ProjectCreate>;

/** Partial update; absent fields are unchanged, `null` clears a nullable field. */
export const ProjectUpdate = z
  .object({
    key: ProjectKey,
    name: ProjectFields.shape.name,
    description: z.string().max(10_000, "must be at most 10,000 characters"),
    status: ProjectStatus,
    methodology: Methodology,
    managerId: z.string().min(1).max(200).nullable(),
    sponsorId: z.string().min(1).max(200).nullable(),
    plannedStart: IsoDate.nullable(),
    plannedFinish: IsoDate.nullable(),
    budget: Money.nullable(),
    tags: Tags,
    archived: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: "ProjectUpdate" });
export type ProjectUpdate = z.input<typeof ProjectUpdate>;

export const PROJECT_SORTS = [
  "name",
  "key",
  "status",
  "plannedStart",
  "plannedFinish",
  "createdAt",
  "updatedAt",
] as const;
export const ProjectSort = z
  .enum([...PROJECT_SORTS, ...PROJECT_SORTS.map((s) => `-${s}` as const)])
  .meta({ id: "ProjectSort", description: "Field to sort by; a leading '-' sorts descending" });
export type ProjectSort = z.infer<typeof ProjectSort>;

const StatusList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ProjectStatus));

export const ProjectListQuery = PageQuery.extend({
  /** One status or several, comma-separated: `status=active,on_hold`. */
  status: StatusList.optional(),
  /** Case-insensitive search in key, name, description and tags. */
  q: z.string().trim().max(200).optional(),
  sort: ProjectSort.default("name"),
  /** `false` (default) hides archived projects, `true` shows only them, `all` shows both. */
  archived: z.enum(["false", "true", "all"]).default("false"),
  managerId: z.string().max(200).optional(),
  tag: z.string().max(40).optional(),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

export const ProjectMember = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: ProjectRole,
    addedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: "ProjectMember" });
export type ProjectMember = z.infer<typeof ProjectMember>;

export const ProjectMemberAdd = z
  .object({ userId: z.string().min(1, "is required").max(200), role: ProjectRole })
  .strict()
  .meta({ id: "ProjectMemberAdd" });
export type ProjectMemberAdd = z.input<typeof ProjectMemberAdd>;
export const ProjectMemberUpdate = z
  .object({ role: ProjectRole })
  .strict()
  .meta({ id: "ProjectMemberUpdate" });
