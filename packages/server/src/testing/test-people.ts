import { randomBytes } from "node:crypto";
import type { OrgRole, TokenScope } from "@orrery/contracts/roles";
import { z } from "zod";
import { apiClient } from "./api-client.js";

export interface TestPerson {
  readonly userId: string;
  readonly email: string;
  readonly password: string;
  readonly token: string;
  /** The session cookie from accepting the invitation (`name=value`). */
  readonly cookie: string;
}

const Added = z.object({ member: z.object({ userId: z.string() }), inviteUrl: z.string() });
const Created = z.object({ secret: z.string() });

/**
 * A new person in an organisation, made the way people really arrive: an admin adds them, they
 * accept the invitation (choosing a password, which signs them in) and create an API token.
 */
export async function createPerson(
  url: string,
  adminToken: string,
  orgSlug: string,
  options: { role: OrgRole; scope?: TokenScope; name?: string },
): Promise<TestPerson> {
  const admin = apiClient(url, { token: adminToken });
  const email = `p-${randomBytes(5).toString("hex")}@example.test`;
  const name = options.name ?? `Person ${options.role}`;
  const added = await admin.post(`/api/v1/orgs/${orgSlug}/members`, {
    email,
    name,
    role: options.role,
  });
  if (added.status !== 201)
    throw new Error(`adding a member failed: ${JSON.stringify(added.body)}`);
  const { member, inviteUrl } = Added.parse(added.body);
  const inviteToken = new URL(inviteUrl).searchParams.get("token") ?? "";
  const password = `pw-${randomBytes(10).toString("hex")}`;
  const accepted = await fetch(`${url}/api/v1/invitations/accept`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: inviteToken, name, password }),
  });
  if (accepted.status !== 200) throw new Error(`accepting failed: ${await accepted.text()}`);
  const cookie = sessionCookieOf(accepted.headers);
  const created = await apiClient(url, { cookie }).post("/api/v1/tokens", {
    name: "test",
    scope: options.scope ?? "write",
  });
  if (created.status !== 201)
    throw new Error(`creating a token failed: ${JSON.stringify(created.body)}`);
  return {
    userId: member.userId,
    email,
    password,
    token: Created.parse(created.body).secret,
    cookie,
  };
}

/** `name=value` pairs of the Set-Cookie headers, as a Cookie request header. */
export function sessionCookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
