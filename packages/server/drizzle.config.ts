import { defineConfig } from "drizzle-kit";

// `npm run db:generate -w @orrery/server` writes the next SQL migration into ./drizzle from the
// schema; the same files migrate PGlite and PostgreSQL (see src/store/migrator.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/store/schema/*-tables.ts",
  out: "./drizzle",
});
