import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PREFIX } from "@orrery/contracts/tokens";

/**
 * An API token is `orr_` and 256 random bits. That is far beyond guessing, so one fast SHA-256
 * is the right hash to store (a slow password hash would only slow down every request).
 */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What we store of a high-entropy secret (API token, invitation or setup link). */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The secret of a one-time link: 256 random bits, URL-safe. */
export function newLinkSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The visible start of a token, shown in lists so people can tell their tokens apart. */
export function tokenDisplayPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 8);
}

/** A bearer credential that looks like one of ours; anything else is not looked up at all. */
export function looksLikeTokenSecret(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length >= 36 && value.length <= 200;
}
