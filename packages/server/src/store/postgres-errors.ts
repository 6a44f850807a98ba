/**
 * The SQLSTATE and constraint of a PostgreSQL error, looking through Drizzle's wrapper
 * (`DrizzleQueryError` keeps the driver's error as `cause`). Same shape on PGlite and pg.
 */
export function postgresErrorOf(
  error: unknown,
): { code: string; constraint: string | null } | null {
  let here: unknown = error;
  for (let depth = 0; depth < 5 && here instanceof Error; depth++) {
    if ("code" in here && typeof here.code === "string" && /^[0-9A-Z]{5}$/.test(here.code)) {
      const constraint =
        "constraint" in here && typeof here.constraint === "string" ? here.constraint : null;
      return { code: here.code, constraint };
    }
    here = here.cause;
  }
  return null;
}

export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";
