import type { Actor, OrgMembership } from "../service/context.js";
import type { AccessChange, AccessChangeListener } from "./access-change.js";

/** What a bearer token stands for, as remembered between requests. */
export interface TokenGrant {
  readonly tokenId: string;
  readonly actor: Actor;
  readonly expiresAt: Date | null;
  /** `last_used_at` as stored when the grant was read, for the use recorder. */
  readonly lastUsedAt: Date | null;
}

export interface AccessCacheOptions {
  /** How long an entry is trusted without being read again; 0 remembers nothing. */
  readonly ttlMs: number;
  /** Per kind of entry; the oldest entries make room for new ones. */
  readonly maxEntries: number;
  /** Milliseconds, for tests; `Date.now` otherwise. */
  readonly clock?: () => number;
}

interface Entry<T> {
  readonly value: T;
  readonly until: number;
}

interface RememberedMembership {
  readonly userId: string;
  readonly membership: OrgMembership;
}

/**
 * Token → caller and (person, organisation) → membership, remembered for a few seconds so a
 * request usually needs no database round trip to know who it is. Entries are forgotten as soon
 * as an `AccessChange` says they may be wrong; the TTL only bounds the damage of a change that
 * was never announced (someone editing the database by hand).
 *
 * A read races with changes: it may start before a change commits and finish after the change
 * was announced. Callers therefore take a `stamp()` before reading the database and pass it
 * when remembering; anything announced in between makes the result unfit to keep.
 */
export class AccessCache implements AccessChangeListener {
  readonly #tokens = new Map<string, Entry<TokenGrant>>();
  readonly #memberships = new Map<string, Entry<RememberedMembership>>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #clock: () => number;
  #generation = 0;
  #reliable = true;

  constructor(options: AccessCacheOptions) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#clock = options.clock ?? Date.now;
  }

  /** Take before reading what may be remembered; pass to `rememberToken`/`rememberMembership`. */
  stamp(): number {
    return this.#generation;
  }

  /** The grant of a token by the SHA-256 of its secret, if remembered and still fresh. */
  token(tokenHash: string): TokenGrant | undefined {
    return this.#fresh(this.#tokens, tokenHash)?.value;
  }

  membership(userId: string, slug: string): OrgMembership | undefined {
    return this.#fresh(this.#memberships, membershipKey(userId, slug))?.value.membership;
  }

  rememberToken(tokenHash: string, grant: TokenGrant, stamp: number): void {
    if (this.#mayRemember(stamp)) this.#put(this.#tokens, tokenHash, grant);
  }

  rememberMembership(userId: string, membership: OrgMembership, stamp: number): void {
    if (!this.#mayRemember(stamp)) return;
    this.#put(this.#memberships, membershipKey(userId, membership.slug), { userId, membership });
  }

  changed(change: AccessChange): void {
    this.#generation++;
    switch (change.kind) {
      case "token":
        forgetWhere(this.#tokens, (grant) => grant.tokenId === change.tokenId);
        return;
      case "member":
        forgetWhere(
          this.#memberships,
          (m) => m.userId === change.userId && m.membership.orgId === change.orgId,
        );
        return;
      case "org":
        forgetWhere(this.#memberships, (m) => m.membership.orgId === change.orgId);
        return;
      case "user":
        forgetWhere(this.#tokens, (grant) => grant.actor.userId === change.userId);
        forgetWhere(this.#memberships, (m) => m.userId === change.userId);
        return;
      case "all":
        this.#tokens.clear();
        this.#memberships.clear();
        return;
    }
  }

  hearing(reliably: boolean): void {
    this.#reliable = reliably;
    this.changed({ kind: "all" });
  }

  get size(): number {
    return this.#tokens.size + this.#memberships.size;
  }

  #mayRemember(stamp: number): boolean {
    return this.#reliable && this.#ttlMs > 0 && stamp === this.#generation;
  }

  #fresh<T>(map: Map<string, Entry<T>>, key: string): Entry<T> | undefined {
    const entry = map.get(key);
    if (entry === undefined) return undefined;
    if (entry.until > this.#clock()) return entry;
    map.delete(key);
    return undefined;
  }

  #put<T>(map: Map<string, Entry<T>>, key: string, value: T): void {
    map.delete(key);
    if (map.size >= this.#maxEntries) {
      // A Map iterates in insertion order: the first key is the oldest entry.
      const oldest = map.keys().next();
      if (!oldest.done) map.delete(oldest.value);
    }
    map.set(key, { value, until: this.#clock() + this.#ttlMs });
  }
}

function membershipKey(userId: string, slug: string): string {
  // User ids (UUIDs) contain no space: the last space splits a key one way only.
  return `${slug} ${userId}`;
}

/** Changes are rare and the maps small: a scan is simpler than keeping reverse indexes. */
function forgetWhere<T>(map: Map<string, Entry<T>>, matches: (value: T) => boolean): void {
  for (const [key, entry] of map) if (matches(entry.value)) map.delete(key);
}
