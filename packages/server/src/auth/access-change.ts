import { z } from "zod";

/**
 * A change that can make a remembered credential or membership wrong: a token revoked, a
 * member's role changed or removed, an organisation renamed, a person renamed (the caller's
 * name travels with their credential), or anything at all (`all`). Every node hears it and
 * forgets what it remembered about it.
 */
export const AccessChange = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("token"), tokenId: z.string() }),
  z.object({ kind: z.literal("member"), orgId: z.string(), userId: z.string() }),
  z.object({ kind: z.literal("org"), orgId: z.string() }),
  z.object({ kind: z.literal("user"), userId: z.string() }),
  z.object({ kind: z.literal("all") }),
]);
export type AccessChange = z.infer<typeof AccessChange>;

/** Where access changes are delivered, and told whether any may have gone unheard. */
export interface AccessChangeListener {
  changed(change: AccessChange): void;
  /**
   * `false` while changes may be missed (the notification connection is down), `true` once
   * they are heard again; whatever was remembered before must not be trusted across either.
   */
  hearing(reliably: boolean): void;
}
