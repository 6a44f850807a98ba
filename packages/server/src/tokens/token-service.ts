import { randomUUID } from "node:crypto";
import type { Page, PageQuery } from "@orrery/contracts/common";
import { type ApiToken, TokenCreate, type TokenCreated } from "@orrery/contracts/tokens";
import { NotFound } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { authorizeAccount } from "../service/authorize.js";
import type { Ctx } from "../service/context.js";
import { runAccountMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import { hashTokenSecret, newTokenSecret, tokenDisplayPrefix } from "./token-secret.js";
import {
  deleteOwnToken,
  findOwnToken,
  insertToken,
  listTokens,
  type TokenRow,
} from "./token-store.js";

const TokenCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

export function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope === "read" ? "read" : "write",
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listMyTokens(ctx: Ctx, query: PageQuery): Promise<Page<ApiToken>> {
  authorizeAccount(ctx, "account.read");
  const cursor = query.cursor ? decodeCursor(TokenCursor, query.cursor) : null;
  const after = cursor ? { createdAt: new Date(cursor.createdAt), id: cursor.id } : null;
  const rows = await listTokens(ctx.db, ctx.actor.userId, after, query.limit + 1);
  return pageOf(rows, query.limit, toApiToken, (row) => ({
    createdAt: row.createdAt.toISOString(),
    id: row.id,
  }));
}

/** Creates a token; the secret is in this answer and nowhere else, ever. */
export async function createToken(ctx: Ctx, raw: unknown): Promise<TokenCreated> {
  authorizeAccount(ctx, "token.manage");
  const input = parseInput(TokenCreate, raw);
  const secret = newTokenSecret();
  return runAccountMutation(ctx, async (tx, change) => {
    const row = await insertToken(tx, {
      id: randomUUID(),
      userId: ctx.actor.userId,
      name: input.name,
      prefix: tokenDisplayPrefix(secret),
      tokenHash: hashTokenSecret(secret),
      scope: input.scope,
      expiresAt:
        input.expiresInDays === undefined
          ? null
          : new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000),
      createdAt: ctx.now,
    });
    const token = toApiToken(row);
    await change.audit({
      action: "token.create",
      entityType: "token",
      entityId: row.id,
      before: null,
      after: token,
    });
    return { token, secret };
  });
}

export async function revokeToken(ctx: Ctx, id: string): Promise<void> {
  authorizeAccount(ctx, "token.manage");
  if (!z.uuid().safeParse(id).success) throw new NotFound("token", id);
  await runAccountMutation(ctx, async (tx, change) => {
    const row = await findOwnToken(tx, ctx.actor.userId, id);
    if (!row) throw new NotFound("token", id);
    await deleteOwnToken(tx, ctx.actor.userId, id);
    change.accessChanged({ kind: "token", tokenId: id });
    await change.audit({
      action: "token.revoke",
      entityType: "token",
      entityId: id,
      before: toApiToken(row),
      after: null,
    });
  });
}
