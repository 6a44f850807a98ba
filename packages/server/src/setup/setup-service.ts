import { randomUUID } from "node:crypto";
import { type AccountReady, SetupComplete } from "@orrery/contracts/account";
import { Conflict, NotFound } from "@orrery/core/errors/domain-error";
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { anyUserExists, insertPassword, insertUser } from "../accounts/account-store.js";
import { hashPassword } from "../accounts/password-hash.js";
import { insertOrgAudit } from "../audit/audit-store.js";
import type { BootstrapAdmin } from "../config.js";
import { createOrgWithAdmin } from "../orgs/org-service.js";
import { toOrg } from "../orgs/org-shape.js";
import { parseInput } from "../service/parse-input.js";
import { ADVISORY_LOCK, type Db } from "../store/database.js";
import { setupToken } from "../store/schema/instance-tables.js";
import { hashTokenSecret, newLinkSecret, tokenDisplayPrefix } from "../tokens/token-secret.js";
import { insertToken } from "../tokens/token-store.js";

const SETUP_LINK_HOURS = 24;

/**
 * The first administrator and organisation, created exactly once however many app nodes start
 * together: everything runs under one advisory lock and re-checks that no account exists.
 */
async function underBootstrapLock<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${ADVISORY_LOCK.namespace}, ${ADVISORY_LOCK.bootstrap})`,
    );
    return work(tx);
  });
}

export async function isSetupNeeded(db: Db): Promise<boolean> {
  return !(await anyUserExists(db));
}

/**
 * While nobody has an account, each starting node makes its own one-time setup link (printed
 * on its console); any of them works once. Returns null when setup is already done.
 */
export async function issueSetupLink(db: Db, publicUrl: URL, now: Date): Promise<string | null> {
  // Every start of a set-up installation comes here: one read, no lock, when there is no need.
  if (await anyUserExists(db)) return null;
  return underBootstrapLock(db, async (tx) => {
    if (await anyUserExists(tx)) return null;
    await tx.delete(setupToken).where(lte(setupToken.expiresAt, now));
    const secret = newLinkSecret();
    await tx.insert(setupToken).values({
      tokenHash: hashTokenSecret(secret),
      expiresAt: new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000),
      createdAt: now,
    });
    const url = new URL("/setup", publicUrl);
    url.searchParams.set("token", secret);
    return url.toString();
  });
}

/**
 * With ORRERY_ADMIN_EMAIL/PASSWORD set: the first admin without a browser. `passwordHash`, when
 * given, is the admin's password already being hashed (a caller that knows the store is new).
 */
export async function bootstrapAdmin(
  db: Db,
  admin: BootstrapAdmin,
  orgName: string,
  now: Date,
  options: { readonly passwordHash?: Promise<string> | null } = {},
): Promise<"created" | "already-set-up"> {
  // Every start of a configured installation comes here: skip the costly hash when done.
  if (await anyUserExists(db)) return "already-set-up";
  const passwordHash = await (options.passwordHash ?? hashPassword(admin.password));
  return underBootstrapLock(db, async (tx) => {
    if (await anyUserExists(tx)) return "already-set-up";
    const { userId, orgId } = await createFirstAdmin(tx, {
      name: admin.name,
      email: admin.email,
      passwordHash,
      orgName,
      now,
      requestId: null,
    });
    if (admin.token !== null) {
      const token = await insertToken(tx, {
        id: randomUUID(),
        userId,
        name: "Bootstrap token (ORRERY_BOOTSTRAP_TOKEN)",
        prefix: tokenDisplayPrefix(admin.token),
        tokenHash: hashTokenSecret(admin.token),
        scope: "write",
        expiresAt: null,
        createdAt: now,
      });
      await insertOrgAudit(
        tx,
        orgId,
        { actorId: null, requestId: null, at: now },
        {
          action: "token.create",
          entityType: "token",
          entityId: token.id,
          before: null,
          after: { name: token.name, prefix: token.prefix },
        },
      );
    }
    return "created";
  });
}

export interface SetupDone extends AccountReady {
  /** For signing the new admin in straight away; never stored or logged. */
  readonly password: string;
}

/** The setup page's form: a valid one-time link creates the first admin and organisation. */
export async function completeSetup(
  db: Db,
  raw: unknown,
  now: Date,
  requestId: string | null,
): Promise<SetupDone> {
  const input = parseInput(SetupComplete, raw);
  const passwordHash = await hashPassword(input.password);
  return underBootstrapLock(db, async (tx) => {
    if (await anyUserExists(tx)) throw new Conflict("setup is already complete; sign in instead");
    const [link] = await tx
      .select()
      .from(setupToken)
      .where(
        and(eq(setupToken.tokenHash, hashTokenSecret(input.token)), gt(setupToken.expiresAt, now)),
      );
    if (!link) throw new NotFound("setup link", "(link)");
    const created = await createFirstAdmin(tx, {
      name: input.name,
      email: input.email,
      passwordHash,
      orgName: input.orgName,
      now,
      requestId,
    });
    await tx.delete(setupToken);
    return {
      user: { id: created.userId, name: input.name, email: input.email },
      org: created.org,
      password: input.password,
    };
  });
}

async function createFirstAdmin(
  tx: Db,
  input: {
    name: string;
    email: string;
    passwordHash: string;
    orgName: string;
    now: Date;
    requestId: string | null;
  },
) {
  const userId = randomUUID();
  await insertUser(tx, { id: userId, name: input.name, email: input.email, at: input.now });
  await insertPassword(tx, {
    id: randomUUID(),
    userId,
    passwordHash: input.passwordHash,
    at: input.now,
  });
  const row = await createOrgWithAdmin(tx, {
    name: input.orgName,
    slug: null,
    adminId: userId,
    at: input.now,
  });
  const org = toOrg(row, "admin");
  await insertOrgAudit(
    tx,
    row.id,
    { actorId: userId, requestId: input.requestId, at: input.now },
    {
      action: "setup.complete",
      entityType: "org",
      entityId: row.id,
      before: null,
      after: { org, admin: { id: userId, name: input.name, email: input.email } },
    },
  );
  return { userId, orgId: row.id, org };
}
