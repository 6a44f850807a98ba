import { Forbidden, NotFound, Unauthenticated } from "@orrery/core/errors/domain-error";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Runtime, Services } from "../runtime.js";
import type { OrgMembership } from "../service/context.js";
import { hashTokenSecret, looksLikeTokenSecret } from "../tokens/token-secret.js";
import type { TokenGrant } from "./access-cache.js";
import { type Caller, isOrgRole, type RequestAuth } from "./caller.js";
import { findMembership, findTokenCaller, type TokenCallerRow } from "./caller-store.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Authenticates every non-public route before its body is even read: a bearer token, else the
 * session cookie. Under `/orgs/{org}` it also resolves the caller's membership; someone who is
 * not a member gets 404, exactly as if the organisation did not exist. Tokens and memberships
 * come from the access cache when it has them, so most requests make no round trip for this.
 */
export function installAuthentication(app: FastifyInstance, runtime: Runtime): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", (request, _reply, done) => {
    const policy = request.routeOptions.config.policy;
    if (policy === undefined || policy === "public") return done();
    authenticate(runtime, request).then((auth) => {
      request.auth = auth;
      done();
    }, done);
  });
}

async function authenticate(runtime: Runtime, request: FastifyRequest): Promise<RequestAuth> {
  const services = runtime.services();
  const slug = orgSlugOf(request.params);
  const header = request.headers.authorization;
  if (header !== undefined) return authenticateToken(services, header, slug);

  const session = request.headers.cookie
    ? await services.auth().then((auth) => auth.api.getSession({ headers: headersOf(request) }))
    : null;
  if (!session) throw new Unauthenticated();
  if (!SAFE_METHODS.has(request.method)) refuseCrossSite(services, request);
  const caller: Caller = {
    actor: {
      userId: session.user.id,
      name: session.user.name,
      email: session.user.email,
      scope: "write",
    },
    kind: "session",
    tokenId: null,
  };
  if (slug === null) return { caller, membership: null };
  return { caller, membership: await membershipOf(services, caller.actor.userId, slug) };
}

async function authenticateToken(
  services: Services,
  header: string,
  slug: string | null,
): Promise<RequestAuth> {
  const secret = BEARER.exec(header)?.[1];
  if (!secret || !looksLikeTokenSecret(secret)) {
    throw new Unauthenticated("the Authorization header must be `Bearer <API token>`");
  }
  const { access } = services;
  const hash = hashTokenSecret(secret);
  let grant = access.token(hash);
  let membership = grant && slug !== null ? access.membership(grant.actor.userId, slug) : null;
  if (!grant || membership === undefined) {
    // One round trip for both: the token, its owner and the owner's membership here.
    const stamp = access.stamp();
    const row = await findTokenCaller(services.store.db, hash, slug);
    if (!row) throw unknownToken();
    grant = grantOf(row);
    access.rememberToken(hash, grant, stamp);
    membership = slug === null ? null : membershipInRow(row);
    if (membership) access.rememberMembership(grant.actor.userId, membership, stamp);
  }
  const now = Date.now();
  if (grant.expiresAt && grant.expiresAt.getTime() <= now) throw unknownToken();
  services.tokenUses.used(grant.tokenId, grant.lastUsedAt, now);
  const caller: Caller = { actor: grant.actor, kind: "token", tokenId: grant.tokenId };
  if (slug === null) return { caller, membership: null };
  if (!membership) throw new NotFound("organisation", slug);
  return { caller, membership };
}

function unknownToken(): Unauthenticated {
  return new Unauthenticated("the API token is unknown, revoked or expired");
}

function grantOf(row: TokenCallerRow): TokenGrant {
  return {
    tokenId: row.tokenId,
    actor: {
      userId: row.userId,
      name: row.name,
      email: row.email,
      scope: row.scope === "read" ? "read" : "write",
    },
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
  };
}

/** The caller's membership in the organisation with this slug; 404 when there is none. */
async function membershipOf(
  services: Services,
  userId: string,
  slug: string,
): Promise<OrgMembership> {
  const { access } = services;
  const remembered = access.membership(userId, slug);
  if (remembered) return remembered;
  const stamp = access.stamp();
  const row = await findMembership(services.store.db, userId, slug);
  if (!row || !isOrgRole(row.role)) throw new NotFound("organisation", slug);
  const membership: OrgMembership = {
    orgId: row.orgId,
    slug: row.slug,
    name: row.name,
    version: row.version,
    createdAt: row.createdAt,
    role: row.role,
  };
  access.rememberMembership(userId, membership, stamp);
  return membership;
}

function membershipInRow(row: TokenCallerRow): OrgMembership | null {
  const { orgId, orgSlug, orgName, orgVersion, orgCreatedAt, role } = row;
  if (orgId === null || orgSlug === null || orgName === null || orgVersion === null) return null;
  if (orgCreatedAt === null || role === null || !isOrgRole(role)) return null;
  return {
    orgId,
    slug: orgSlug,
    name: orgName,
    version: orgVersion,
    createdAt: orgCreatedAt,
    role,
  };
}

/**
 * A browser sends our session cookie with any request to us, even one a hostile page starts.
 * Changes made with the cookie must therefore come from our own pages: the Origin header (or,
 * without it, Sec-Fetch-Site) has to say so. Token callers are not browsers and skip this.
 */
function refuseCrossSite(services: Services, request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (services.trustedOrigins.includes(origin)) return;
    throw new Forbidden(`requests from ${origin} may not use this session`);
  }
  const site = request.headers["sec-fetch-site"];
  if (site === "same-origin" || site === "none") return;
  throw new Forbidden("a session-authenticated change must come from the Orrery web app");
}

function orgSlugOf(params: unknown): string | null {
  if (typeof params !== "object" || params === null || !("org" in params)) return null;
  const org = params.org;
  return typeof org === "string" ? org.toLowerCase() : null;
}

/** Node's header object as Fetch `Headers`, for better-auth. */
export function headersOf(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, String(value));
  }
  return headers;
}
