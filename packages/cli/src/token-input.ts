import { TokenCreate } from "@orrery/contracts/tokens";
import { z } from "zod";
import { usageError } from "./cli-error.js";
import { flagProblem } from "./flag-problem.js";

/** The flags of `tokens create`, as commander hands them over. */
export const TokenCreateFlags = z.object({
  name: z.string().optional(),
  scope: z.string().optional(),
  expiresInDays: z.string().optional(),
});
export type TokenCreateFlags = z.infer<typeof TokenCreateFlags>;

const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  name: "--name",
  scope: "--scope",
  expiresInDays: "--expires-in-days",
};

/** The create body, validated with the contracts' schema before any request (exit 2 on a bad flag). */
export function tokenCreateFromFlags(flags: TokenCreateFlags): TokenCreate {
  if (flags.name === undefined) throw usageError("--name: is required");
  let expiresInDays: number | undefined;
  if (flags.expiresInDays !== undefined) {
    const text = flags.expiresInDays.trim();
    if (!/^\d{1,5}$/.test(text)) {
      throw usageError("--expires-in-days: must be a whole number of days");
    }
    expiresInDays = Number(text);
  }
  const parsed = TokenCreate.safeParse({ name: flags.name, scope: flags.scope, expiresInDays });
  if (!parsed.success) {
    throw flagProblem(parsed.error.issues, (field) => FLAG_OF_FIELD[field] ?? field);
  }
  return parsed.data;
}
