// `orrery orgs list`: the organisations the caller belongs to, and their role in each.
// Exit codes: 0 listed; 2 bad flags or no token; 1 the request failed.

import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import type { Command } from "commander";
import { listMyOrgs } from "../api/org-api.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";

/** Registers `orrery orgs` and its subcommands on the program. */
export function registerOrgsCommand(program: Command): void {
  const orgs = program
    .command("orgs")
    .description("the organisations you belong to")
    // Subcommands inherit this: their help lists --url, --token, --org and --json too.
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  orgs
    .command("list")
    .description("list your organisations: slug (for --org), name and your role")
    .action(async (_options: unknown, command: Command) => {
      const remote = remoteContext(command);
      const found = await listMyOrgs(remote.api);
      if (remote.json) return printOut(formatJson(found));
      if (found.length === 0) return printOut("You belong to no organisation yet.\n");
      const table = formatTable(found, [
        { header: "Slug", value: (org) => printable(org.slug) },
        { header: "Name", value: (org) => printable(org.name) },
        { header: "Your role", value: (org) => ORG_ROLE_LABELS[org.role] },
      ]);
      printOut(`${table}\n`);
    });
}
