import { z } from "zod";
import { PageQuery, Timestamp } from "./common.js";
import { OrgRole } from "./roles.js";

/** URL-safe organisation name used in every API path: `/api/v1/orgs/{slug}/…`. */
export const OrgSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
    "must be 1–40 lowercase letters, digits or dashes",
  );

export const Org = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    /** The caller's role in this organisation. */
    role: OrgRole,
    version: z.number().int(),
    createdAt: Timestamp,
  })
  .meta({ id: "Org" });
export type Org = z.infer<typeof Org>;

export const OrgCreate = z
  .object({
    name: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters"),
    slug: OrgSlug.optional(),
  })
  .meta({ id: "OrgCreate" });
export type OrgCreate = z.input<typeof OrgCreate>;

export const OrgUpdate = z
  .object({ name: OrgCreate.shape.name })
  .partial()
  .strict()
  .meta({ id: "OrgUpdate" });

export const Member = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: OrgRole,
    joinedAt: Timestamp,
    /**
     * Set while the person has not chosen a password yet: when their newest invitation link
     * expires (possibly in the past, and then a new link is needed).
     */
    invitedUntil: Timestamp.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Member" });
export type Member = z.infer<typeof Member>;

export const MemberAdd = z
  .object({
    email: z.email("must be an e-mail address").trim().toLowerCase(),
    name: z.string().trim().min(1).max(120).optional(),
    role: OrgRole,
  })
  .meta({ id: "MemberAdd" });
export type MemberAdd = z.input<typeof MemberAdd>;

/**
 * Adding someone who has no account yet creates an invitation; its link is returned once
 * (the inviter passes it on) and lets the person choose a password.
 */
export const MemberAdded = z
  .object({ member: Member, inviteUrl: z.string().nullable() })
  .meta({ id: "MemberAdded" });

/** Filters of the member list: text in name or e-mail, and one role. */
export const MemberListQuery = PageQuery.extend({
  /** Case-insensitive search in name and e-mail. */
  q: z.string().trim().max(200).optional(),
  role: OrgRole.optional(),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;

export const MemberUpdate = z.object({ role: OrgRole }).strict().meta({ id: "MemberUpdate" });
