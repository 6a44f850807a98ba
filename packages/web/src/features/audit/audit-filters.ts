import { z } from "zod";

/** The audit log's filters in the URL, so a filtered view can be shared with an auditor. */
export const AuditSearch = z.object({
  entityType: z.string().max(60).optional().catch(undefined),
  actorId: z.string().max(200).optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof AuditSearch>;
