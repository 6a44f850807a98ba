import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { org, orgMember } from "../store/schema/org-tables.js";
import { apiToken } from "../store/schema/token-tables.js";

/**
 * The bearer-token hot path: the token, its owner and the owner's membership in the
 * organisation named by the URL, in one prepared round trip. A slug that is null, unknown or
 * not the owner's leaves the membership columns null.
 */
function prepareTokenCaller(db: Db) {
  return db
    .select({
      tokenId: apiToken.id,
      scope: apiToken.scope,
      expiresAt: apiToken.expiresAt,
      lastUsedAt: apiToken.lastUsedAt,
      userId: user.id,
      name: user.name,
      email: user.email,
      orgId: orgMember.orgId,
      orgSlug: org.slug,
      orgName: org.name,
      orgVersion: org.version,
      orgCreatedAt: org.createdAt,
      role: orgMember.role,
    })
    .from(apiToken)
    .innerJoin(user, eq(user.id, apiToken.userId))
    .leftJoin(org, eq(org.slug, sql.placeholder("slug")))
    .leftJoin(orgMember, and(eq(orgMember.orgId, org.id), eq(orgMember.userId, apiToken.userId)))
    .where(eq(apiToken.tokenHash, sql.placeholder("hash")))
    .prepare("orrery_token_caller");
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareTokenCaller>>();

export type TokenCallerRow = Awaited<
  ReturnType<ReturnType<typeof prepareTokenCaller>["execute"]>
>[number];

export async function findTokenCaller(
  db: Db,
  tokenHash: string,
  orgSlug: string | null,
): Promise<TokenCallerRow | null> {
  let query = prepared.get(db);
  if (!query) {
    query = prepareTokenCaller(db);
    prepared.set(db, query);
  }
  const [row] = await query.execute({ hash: tokenHash, slug: orgSlug });
  return row ?? null;
}

export interface MembershipRow {
  readonly orgId: string;
  readonly slug: string;
  readonly name: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly role: string;
}

/** The caller's membership in the organisation with this slug, or null if none. */
export async function findMembership(
  db: Db,
  userId: string,
  slug: string,
): Promise<MembershipRow | null> {
  const [row] = await db
    .select({
      orgId: org.id,
      slug: org.slug,
      name: org.name,
      version: org.version,
      createdAt: org.createdAt,
      role: orgMember.role,
    })
    .from(org)
    .innerJoin(orgMember, and(eq(orgMember.orgId, org.id), eq(orgMember.userId, userId)))
    .where(eq(org.slug, slug));
  return row ?? null;
}
