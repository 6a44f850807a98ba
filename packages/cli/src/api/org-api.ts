import { Page } from "@orrery/contracts/common";
import { Member, Org } from "@orrery/contracts/orgs";
import type { ApiClient } from "./api-client.js";
import { collectItems } from "./page-walk.js";

const OrgPage = Page(Org);
const MemberPage = Page(Member);

/** Every organisation the caller belongs to, with their role in each. */
export function listMyOrgs(api: ApiClient): Promise<Org[]> {
  return collectItems(
    (page) =>
      api.call(
        { method: "GET", path: ["orgs"], query: { limit: page.limit, cursor: page.cursor } },
        OrgPage,
      ),
    undefined,
  );
}

/**
 * The member of `org` whose e-mail is exactly `email` (ignoring case), or null. The API's
 * search matches substrings, so the candidates are filtered here.
 */
export async function findMemberByEmail(
  api: ApiClient,
  org: string,
  email: string,
): Promise<Member | null> {
  const wanted = email.trim().toLowerCase();
  const candidates = await collectItems(
    (page) =>
      api.call(
        {
          method: "GET",
          path: ["orgs", org, "members"],
          query: { q: wanted, limit: page.limit, cursor: page.cursor },
        },
        MemberPage,
      ),
    undefined,
  );
  return candidates.find((member) => member.email.toLowerCase() === wanted) ?? null;
}
