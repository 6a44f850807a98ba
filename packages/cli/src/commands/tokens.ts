// `orrery tokens create|list|revoke`: the caller's own API tokens. The secret of a new token is
// printed once, by `create`, and by nothing else ever; the token the CLI itself uses is never
// printed. Exit codes: 0 done; 2 bad flags or an unknown token id; 1 the request failed
// (refused token, a read-only token asked to change something, server or network).

import type { ApiToken } from "@orrery/contracts/tokens";
import type { Command } from "commander";
import { z } from "zod";
import { createToken, listMyTokens, revokeToken } from "../api/token-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";
import { TokenCreateFlags, tokenCreateFromFlags } from "../token-input.js";

/** Registers `orrery tokens` and its subcommands on the program. */
export function registerTokensCommand(program: Command): void {
  const tokens = program
    .command("tokens")
    .description("create, list and revoke your API tokens")
    // Subcommands inherit this: their help lists --url, --token, --org and --json too.
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  tokens
    .command("create")
    .description("create an API token and print its secret (shown this once only)")
    .option("--name <name>", "(required) what the token is for: ci, laptop")
    .option("--scope <scope>", "write (default) or read: read tokens may not change anything")
    .option("--expires-in-days <days>", "stop working after this many days (default: never)")
    .action(async (_options: unknown, command: Command) => {
      const body = tokenCreateFromFlags(TokenCreateFlags.parse(command.opts()));
      const remote = remoteContext(command);
      const created = await createToken(remote.api, body);
      if (remote.json) return printOut(formatJson(created));
      printOut(
        `Created token ${describeToken(created.token)}.\n` +
          "Its secret follows. Store it now: it is shown only this once and will not be shown again.\n" +
          `${printable(created.secret)}\n`,
      );
    });

  tokens
    .command("list")
    .description("list your API tokens (never their secrets)")
    .action(async (_options: unknown, command: Command) => {
      const remote = remoteContext(command);
      const found = await listMyTokens(remote.api);
      if (remote.json) return printOut(formatJson(found));
      if (found.length === 0) return printOut("No API tokens.\n");
      const table = formatTable(found, [
        { header: "Id", value: (token) => printable(token.id) },
        { header: "Name", value: (token) => printable(token.name) },
        { header: "Prefix", value: (token) => printable(token.prefix) },
        { header: "Scope", value: (token) => token.scope },
        { header: "Expires", value: (token) => token.expiresAt ?? "never" },
        { header: "Last used", value: (token) => token.lastUsedAt ?? "never" },
        { header: "Created", value: (token) => token.createdAt },
      ]);
      printOut(`${table}\n`);
    });

  tokens
    .command("revoke")
    .description("revoke one of your API tokens: it stops working at once")
    .argument("<id>", "the token's id (from `orrery tokens list`)")
    .action(async (id: string, _options: unknown, command: Command) => {
      const tokenId = z.uuid().safeParse(id.trim());
      if (!tokenId.success)
        throw usageError(`${printable(id)} is not a token id (see \`orrery tokens list\`)`);
      const remote = remoteContext(command);
      await revokeToken(remote.api, tokenId.data);
      if (!remote.json) printOut(`Revoked token ${tokenId.data}.\n`);
    });
}

/** `"ci" (id …, write, expires …)`, for the confirmation line. */
function describeToken(token: ApiToken): string {
  const expiry = token.expiresAt === null ? "never expires" : `expires ${token.expiresAt}`;
  return `${JSON.stringify(printable(token.name))} (id ${printable(token.id)}, ${token.scope}, ${expiry})`;
}
