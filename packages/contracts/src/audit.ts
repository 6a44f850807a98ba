import { z } from "zod";
import { PageQuery, PersonRef, Timestamp } from "./common.js";

export const AuditEntry = z
  .object({
    id: z.string(),
    at: Timestamp,
    /** Null for changes the system made itself (bootstrap, migrations). */
    actor: PersonRef.nullable(),
    /** What happened, `entity.verb`: `project.update`, `member.add`, `token.revoke`. */
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditListQuery = PageQuery.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(200).optional(),
  actorId: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
