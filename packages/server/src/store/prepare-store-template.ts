import { ensureStoreTemplate } from "./pglite-template.js";

// `npm run prepare-store -w @orrery/server`: builds the cached, migrated PGlite cluster ahead of
// the first start (a build or image step), so that no start has to run initdb.
process.stdout.write(`store template ready: ${await ensureStoreTemplate()}\n`);
