import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The SQL migrations written by drizzle-kit, shared by PGlite and PostgreSQL. */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../drizzle");
