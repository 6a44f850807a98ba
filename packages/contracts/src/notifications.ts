import { z } from "zod";
import { PageQuery, Timestamp } from "./common.js";

// Notifications: what happened that a person should act on (a gate to review, a decision, a
// status report overdue, an action assigned), in the app's notification centre and by e-mail,
// each person choosing which kinds reach them where.

export const NotificationKind = z
  .enum(["gate_review_requested", "gate_decided", "status_report_overdue", "raid_action_assigned"])
  .meta({ id: "NotificationKind" });
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  gate_review_requested: "Gate review requested of me",
  gate_decided: "Gate decided on my project",
  status_report_overdue: "Status report overdue on my project",
  raid_action_assigned: "RAID action assigned to me",
};

export const Notification = z
  .object({
    id: z.uuid(),
    kind: NotificationKind,
    title: z.string(),
    body: z.string(),
    /** Where it leads in the web app, below the organisation: `/projects/ALPHA/raid`. */
    link: z.string(),
    /** What it is about: `gate_review`, `raid_item`, `project`. */
    entityType: z.string(),
    entityId: z.string(),
    projectId: z.uuid().nullable(),
    createdAt: Timestamp,
    /** Null while unread. */
    readAt: Timestamp.nullable(),
  })
  .meta({ id: "Notification" });
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = PageQuery.extend({
  /** `true`: only those not read yet. */
  unread: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

/** A page of the caller's notifications, newest first, with how many are unread in all. */
export const NotificationPage = z
  .object({
    items: z.array(Notification),
    nextCursor: z.string().nullable(),
    unreadCount: z.number().int().min(0),
  })
  .meta({ id: "NotificationPage" });
export type NotificationPage = z.infer<typeof NotificationPage>;

export const NotificationsMarkedRead = z
  .object({ marked: z.number().int().min(0), unreadCount: z.number().int().min(0) })
  .meta({ id: "NotificationsMarkedRead" });
export type NotificationsMarkedRead = z.infer<typeof NotificationsMarkedRead>;

/** Where one kind of notification reaches its person. */
export const NotificationChannels = z
  .object({ kind: NotificationKind, inApp: z.boolean(), email: z.boolean() })
  .meta({ id: "NotificationChannels" });
export type NotificationChannels = z.infer<typeof NotificationChannels>;

export const NotificationPreferences = z
  .object({
    /** Every kind, in a fixed order. */
    kinds: z.array(NotificationChannels),
    /** False when the server has no SMTP server configured: no e-mail is sent whatever is chosen. */
    emailAvailable: z.boolean(),
    /** Changes made so far; send it back as `If-Match`. */
    version: z.number().int().min(0),
  })
  .meta({ id: "NotificationPreferences" });
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

/** The kinds to change; kinds not listed keep their setting. */
export const NotificationPreferencesUpdate = z
  .object({
    kinds: z
      .array(NotificationChannels.strict())
      .min(1, "must name at least one kind")
      .max(NotificationKind.options.length)
      .refine((list) => new Set(list.map((k) => k.kind)).size === list.length, {
        message: "must name each kind at most once",
      }),
  })
  .strict()
  .meta({ id: "NotificationPreferencesUpdate" });
export type NotificationPreferencesUpdate = z.input<typeof NotificationPreferencesUpdate>;
