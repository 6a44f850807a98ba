import { writeFileSync } from "node:fs";
import { renderPermissionsPage } from "@orrery/core/access/permissions-table";
import { PERMISSIONS_DOC } from "./permissions-doc.js";

// `npm run docs:permissions -w @orrery/server`: rewrites docs/permissions.md from the policy.
writeFileSync(PERMISSIONS_DOC, renderPermissionsPage());
process.stdout.write(`wrote ${PERMISSIONS_DOC}\n`);
