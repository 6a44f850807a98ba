import { z } from "zod";
import { Timestamp } from "./common.js";
import { Org } from "./orgs.js";
import { OrgRole } from "./roles.js";

export const PASSWORD_MIN_LENGTH = 10;
export const Password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, "must be at most 128 characters");

export const User = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .meta({ id: "User" });
export type User = z.infer<typeof User>;

/** Who the caller is and where they may go. */
export const Me = z
  .object({
    user: User,
    orgs: z.array(Org),
    /** How the caller authenticated; read-only tokens cannot change anything. */
    auth: z.object({ kind: z.enum(["session", "token"]), scope: z.enum(["read", "write"]) }),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof Me>;

/** The secret of a one-time link (setup or invitation), sent in a body so it stays out of logs. */
const LinkToken = z.string().min(1, "is required").max(200);

/** Whether the first administrator still has to be created (the setup page asks). */
export const SetupStatus = z.object({ needed: z.boolean() }).meta({ id: "SetupStatus" });

/** First start: the one-time setup link creates the first admin and organisation. */
export const SetupComplete = z
  .object({
    token: LinkToken,
    name: z.string().trim().min(1, "is required").max(120),
    email: z.email("must be an e-mail address").trim().toLowerCase(),
    password: Password,
    orgName: z.string().trim().min(1, "is required").max(120),
  })
  .meta({ id: "SetupComplete" });
export type SetupComplete = z.input<typeof SetupComplete>;

/** A person's account is ready and they are signed in (setup, accepted invitation). */
export const AccountReady = z.object({ user: User, org: Org }).meta({ id: "AccountReady" });
export type AccountReady = z.infer<typeof AccountReady>;

/** What an invitation link offers, shown before the person chooses a password. */
export const Invitation = z
  .object({
    email: z.string(),
    name: z.string(),
    orgName: z.string(),
    orgSlug: z.string(),
    role: OrgRole,
    expiresAt: Timestamp,
  })
  .meta({ id: "Invitation" });
export type Invitation = z.infer<typeof Invitation>;

/** Asks what an invitation link offers, before the person accepts it. */
export const InvitationLookup = z.object({ token: LinkToken }).meta({ id: "InvitationLookup" });

/** Accepting an invitation: the person chooses their display name and password. */
export const InvitationAccept = z
  .object({
    token: LinkToken,
    name: z.string().trim().min(1, "is required").max(120),
    password: Password,
  })
  .meta({ id: "InvitationAccept" });
export type InvitationAccept = z.input<typeof InvitationAccept>;
