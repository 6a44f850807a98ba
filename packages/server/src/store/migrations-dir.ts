import { join } from "node:path";
import { SERVER_PACKAGE_DIR } from "../package-dir.js";

/** The SQL migrations written by drizzle-kit, shared by PGlite and PostgreSQL. */
export const MIGRATIONS_DIR = join(SERVER_PACKAGE_DIR, "drizzle");
