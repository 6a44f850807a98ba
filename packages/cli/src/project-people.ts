import type { ProjectCreate, ProjectUpdate } from "@orrery/contracts/projects";
import type { ApiClient } from "./api/api-client.js";
import { findMemberByEmail } from "./api/org-api.js";
import { usageError } from "./cli-error.js";
import { printable } from "./terminal-text.js";

/**
 * Replaces an e-mail given to `--manager`/`--sponsor` by that member's user id (the API takes
 * ids); ids and `null` pass through, and the server checks that an id belongs to a member.
 */
export async function withPeopleResolved<T extends ProjectCreate | ProjectUpdate>(
  api: ApiClient,
  org: string,
  body: T,
): Promise<T> {
  const managerId = await userIdOf(api, org, body.managerId, "--manager");
  const sponsorId = await userIdOf(api, org, body.sponsorId, "--sponsor");
  return {
    ...body,
    ...(managerId === undefined ? {} : { managerId }),
    ...(sponsorId === undefined ? {} : { sponsorId }),
  };
}

async function userIdOf(
  api: ApiClient,
  org: string,
  person: string | null | undefined,
  flag: string,
): Promise<string | null | undefined> {
  if (person === undefined || person === null || !person.includes("@")) return person;
  const member = await findMemberByEmail(api, org, person);
  if (member === null) {
    throw usageError(`${flag}: no member of ${org} has the e-mail ${printable(person)}`);
  }
  return member.userId;
}
