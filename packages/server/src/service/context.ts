import type { OrgRole, TokenScope } from "@orrery/contracts/roles";
import type { EventBus } from "../events/event-bus.js";
import type { MailOutbox } from "../notifications/mail-outbox.js";
import type { Db } from "../store/database.js";
import type { StatementRunner } from "../store/statements.js";

/** The person acting, and how far their credentials reach (read-only tokens). */
export interface Actor {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly scope: TokenScope;
}

/** The organisation a request acts in, with the actor's role there. */
export interface OrgMembership {
  readonly orgId: string;
  readonly slug: string;
  readonly name: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly role: OrgRole;
}

/** What every service function gets: where to read and write, who acts, and when. */
export interface Ctx {
  readonly db: Db;
  /** Named statements of the hot read paths, outside `db`'s transaction if it is one. */
  readonly statements: StatementRunner;
  readonly events: EventBus;
  readonly actor: Actor;
  readonly requestId: string | null;
  readonly now: Date;
  /** Where notification e-mail goes; null when no SMTP server is configured (e-mail is off). */
  readonly mail: MailOutbox | null;
}

export interface OrgCtx extends Ctx {
  readonly org: OrgMembership;
}
