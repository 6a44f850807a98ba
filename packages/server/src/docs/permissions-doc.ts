import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** docs/permissions.md at the repository root, generated from the policy table. */
export const PERMISSIONS_DOC = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../docs/permissions.md",
);
