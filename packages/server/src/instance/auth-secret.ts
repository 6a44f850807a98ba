import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../store/database.js";
import { instanceSetting } from "../store/schema/instance-tables.js";

const KEY = "auth_secret";

/**
 * The secret better-auth signs cookies with. Without ORRERY_AUTH_SECRET, one is generated on
 * first start and kept in the database, so every app node of an installation shares it with no
 * configuration. `on conflict do nothing` makes nodes that start together agree on one.
 */
export async function loadAuthSecret(db: Db, configured: string | null): Promise<string> {
  if (configured !== null) return configured;
  await db
    .insert(instanceSetting)
    .values({ key: KEY, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSetting).where(eq(instanceSetting.key, KEY));
  if (!row) throw new Error("the generated auth secret is missing right after it was stored");
  return row.value;
}
