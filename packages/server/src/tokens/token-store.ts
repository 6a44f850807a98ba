import { and, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { apiToken } from "../store/schema/token-tables.js";

export type TokenRow = typeof apiToken.$inferSelect;

export async function insertToken(db: Db, row: typeof apiToken.$inferInsert): Promise<TokenRow> {
  const [inserted] = await db.insert(apiToken).values(row).returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

/** The owner's tokens, newest first, keyset on (created_at, id). */
export async function listTokens(
  db: Db,
  userId: string,
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<TokenRow[]> {
  const where: SQL[] = [eq(apiToken.userId, userId)];
  if (after) {
    const older = or(
      lt(apiToken.createdAt, after.createdAt),
      and(eq(apiToken.createdAt, after.createdAt), lt(apiToken.id, after.id)),
    );
    if (older) where.push(older);
  }
  return db
    .select()
    .from(apiToken)
    .where(and(...where))
    .orderBy(desc(apiToken.createdAt), desc(apiToken.id))
    .limit(limit);
}

export async function findOwnToken(db: Db, userId: string, id: string): Promise<TokenRow | null> {
  const [row] = await db
    .select()
    .from(apiToken)
    .where(and(eq(apiToken.userId, userId), eq(apiToken.id, id)));
  return row ?? null;
}

export async function deleteOwnToken(db: Db, userId: string, id: string): Promise<void> {
  await db.delete(apiToken).where(and(eq(apiToken.userId, userId), eq(apiToken.id, id)));
}

export async function tokenHashExists(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .select({ id: apiToken.id })
    .from(apiToken)
    .where(eq(apiToken.tokenHash, tokenHash));
  return rows.length > 0;
}

/**
 * Stores when each token was last used, in one statement for many tokens. A use never moves
 * `last_used_at` back: another node may have recorded a later one meanwhile.
 */
export async function recordTokenUses(db: Db, uses: ReadonlyMap<string, Date>): Promise<void> {
  if (uses.size === 0) return;
  const ids = [...uses.keys()];
  const ats = [...uses.values()].map((at) => at.toISOString());
  await db.execute(sql`
    update api_token set last_used_at = used.at
    from unnest(${sql.param(ids)}::uuid[], ${sql.param(ats)}::timestamptz[]) as used(id, at)
    where api_token.id = used.id
      and (api_token.last_used_at is null or api_token.last_used_at < used.at)`);
}
