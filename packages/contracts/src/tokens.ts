import { z } from "zod";
import { Timestamp } from "./common.js";
import { TokenScope } from "./roles.js";

/** Every API token starts with this, so leaked tokens are easy to scan for. */
export const TOKEN_PREFIX = "orr_";

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The first characters of the secret, to tell tokens apart; never the whole secret. */
    prefix: z.string(),
    scope: TokenScope,
    expiresAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: "ApiToken" });
export type ApiToken = z.infer<typeof ApiToken>;

export const TokenCreate = z
  .object({
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    scope: TokenScope.default("write"),
    /** Days until the token stops working; absent means it never expires. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .meta({ id: "TokenCreate" });
export type TokenCreate = z.input<typeof TokenCreate>;

/** The only time the secret is shown. */
export const TokenCreated = z
  .object({ token: ApiToken, secret: z.string() })
  .meta({ id: "TokenCreated" });
export type TokenCreated = z.infer<typeof TokenCreated>;
