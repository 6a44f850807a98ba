import { OrgSlug } from "@orrery/contracts/orgs";
import type { ApiClient } from "./api/api-client.js";
import { nonEmpty } from "./api/api-connection.js";
import { listMyOrgs } from "./api/org-api.js";
import { failure, usageError } from "./cli-error.js";

/**
 * The organisation a command acts in: `--org`, else `ORRERY_ORG`, else the caller's only
 * organisation. With several and none chosen it is the caller's choice to make (exit 2, listing
 * the slugs); with none at all there is nothing to act in (exit 1).
 */
export async function chooseOrg(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  api: ApiClient,
): Promise<string> {
  const chosen = nonEmpty(flag) ?? nonEmpty(env.ORRERY_ORG);
  if (chosen !== undefined) {
    const slug = OrgSlug.safeParse(chosen);
    const source = nonEmpty(flag) !== undefined ? "--org" : "ORRERY_ORG";
    if (!slug.success) {
      throw usageError(
        `${source}: ${slug.error.issues[0]?.message ?? "is not an organisation slug"}`,
      );
    }
    return slug.data;
  }
  const orgs = await listMyOrgs(api);
  const [only, ...others] = orgs;
  if (only === undefined) throw failure("your account belongs to no organisation yet");
  if (others.length > 0) {
    const slugs = orgs.map((org) => org.slug).join(", ");
    throw usageError(
      `you belong to several organisations; choose one with --org or ORRERY_ORG: ${slugs}`,
    );
  }
  return only.slug;
}
