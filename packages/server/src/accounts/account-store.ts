import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { account, user } from "../store/schema/auth-tables.js";

export type UserRow = typeof user.$inferSelect;

/** better-auth's id for email-and-password credentials. */
const CREDENTIAL_PROVIDER = "credential";

export async function anyUserExists(db: Db): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(user).limit(1);
  return rows.length > 0;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(user).where(eq(user.id, id));
  return row ?? null;
}

export async function insertUser(
  db: Db,
  row: { id: string; name: string; email: string; at: Date },
): Promise<UserRow> {
  const [inserted] = await db
    .insert(user)
    .values({
      id: row.id,
      name: row.name,
      email: row.email.toLowerCase(),
      emailVerified: false,
      createdAt: row.at,
      updatedAt: row.at,
    })
    .returning();
  if (!inserted) throw new Error("insert returned no row");
  return inserted;
}

export async function renameUser(db: Db, id: string, name: string, at: Date): Promise<void> {
  await db.update(user).set({ name, updatedAt: at }).where(eq(user.id, id));
}

export async function hasPassword(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: account.id })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, CREDENTIAL_PROVIDER)));
  return rows.length > 0;
}

/** Stores a password hash (made by better-auth's `hashPassword`) as better-auth expects it. */
export async function insertPassword(
  db: Db,
  row: { id: string; userId: string; passwordHash: string; at: Date },
): Promise<void> {
  await db.insert(account).values({
    id: row.id,
    accountId: row.userId,
    providerId: CREDENTIAL_PROVIDER,
    userId: row.userId,
    password: row.passwordHash,
    createdAt: row.at,
    updatedAt: row.at,
  });
}
