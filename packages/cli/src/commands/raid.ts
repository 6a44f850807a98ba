// `orrery raid list|add`: RAID logs over the API (a project's, or every readable project's).
// Exit codes: 0 done; 2 bad flags, an unknown project or a value the server refuses; 1 the
// request failed (refused token or permission, server or network).

import { RAID_TYPE_FIELDS, type RaidItem, RaidItemCreate, RaidType } from "@orrery/contracts/raid";
import type { Command } from "commander";
import { z } from "zod";
import { createRaidItem, listRaid } from "../api/raid-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";

const ListFlags = z.object({
  project: z.string().optional(),
  type: z.string().optional(),
  status: z.string().optional(),
  q: z.string().optional(),
  sort: z.string().optional(),
  limit: z.coerce.number().int().min(1).optional(),
});

const AddFlags = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  status: z.string().optional(),
  kind: z.string().optional(),
  probability: z.string().optional(),
  impact: z.string().optional(),
  response: z.string().optional(),
  trigger: z.string().optional(),
  priority: z.string().optional(),
  due: z.string().optional(),
});
type AddFlags = z.infer<typeof AddFlags>;

/** Registers `orrery raid` and its subcommands on the program. */
export function registerRaidCommand(program: Command): void {
  const raid = program
    .command("raid")
    .description("list and record risks, issues, assumptions, dependencies, decisions and actions")
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  raid
    .command("list")
    .description("list RAID items of one project, or of every project you may read")
    .option("--project <project>", "the project's key (ERP) or id; absent: every project")
    .option("--type <list>", "only these types, comma-separated: risk,issue")
    .option("--status <list>", "only these statuses: open,in_progress,closed")
    .option("--q <text>", "search titles, descriptions and references (R-12)")
    .option(
      "--sort <field>",
      "createdAt, updatedAt, title, score, dueDate or status; '-' first for descending",
    )
    .option("--limit <n>", "print at most this many")
    .action(async (_options: unknown, command: Command) => {
      const parsed = ListFlags.safeParse(command.opts());
      if (!parsed.success) throw usageError("--limit must be a whole number of at least 1");
      const { project, limit, ...filter } = parsed.data;
      const remote = remoteContext(command);
      const found = await listRaid(remote.api, await remote.org(), project, filter, limit);
      if (remote.json) return printOut(formatJson(found));
      if (found.length === 0) return printOut("No RAID items.\n");
      printOut(`${formatRaidTable(found)}\n`);
    });

  raid
    .command("add")
    .description("record an item in a project's RAID log")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--type <type>", "(required) risk, issue, assumption, dependency, decision or action")
    .option("--title <title>", "(required) what it is, in a line")
    .option("--description <text>", "more detail")
    .option("--status <status>", "open (default), in_progress or closed")
    .option("--kind <kind>", "risks: threat (default) or opportunity")
    .option("--probability <1-5>", "risks: how likely, 1 very low … 5 very high")
    .option("--impact <1-5>", "risks: how bad (or good), 1 very low … 5 very high")
    .option(
      "--response <response>",
      "risks: avoid, reduce, transfer, accept; exploit, enhance, share",
    )
    .option("--trigger <text>", "risks: what shows it is happening")
    .option("--priority <priority>", "issues: low, medium (default), high or critical")
    .option("--due <date>", "issues, actions: due date; dependencies: needed by (YYYY-MM-DD)")
    .action(async (project: string, _options: unknown, command: Command) => {
      const body = raidCreateFromFlags(AddFlags.parse(command.opts()));
      const remote = remoteContext(command);
      const created = await createRaidItem(remote.api, await remote.org(), project, body);
      printOut(
        remote.json
          ? formatJson(created)
          : `Recorded ${printable(created.project.key)} ${created.ref} "${printable(created.title)}"${
              created.score === null ? "" : ` (score ${created.score})`
            }.\n`,
      );
    });
}

/**
 * The request body from the flags; the server judges the values and names any it refuses.
 * Flags of another type are refused here, since the server would only say the field's name.
 */
export function raidCreateFromFlags(flags: AddFlags): RaidItemCreate {
  const type = RaidType.safeParse(flags.type);
  if (!type.success)
    throw usageError("--type is required: risk, issue, assumption, dependency, decision or action");
  if (!flags.title) throw usageError("--title is required");
  const fields: Record<string, unknown> = {
    riskKind: flags.kind,
    probability: flags.probability === undefined ? undefined : Number(flags.probability),
    impact: flags.impact === undefined ? undefined : Number(flags.impact),
    response: flags.response,
    trigger: flags.trigger,
    priority: flags.priority,
    dueDate: flags.due,
  };
  const own: readonly string[] = RAID_TYPE_FIELDS[type.data];
  const body: Record<string, unknown> = {
    type: type.data,
    title: flags.title,
    description: flags.description,
    status: flags.status,
  };
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!own.includes(field))
      throw usageError(`--${flagOf(field)} does not apply to the type ${type.data}`);
    body[field] = value;
  }
  const parsed = RaidItemCreate.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${flagOf(String(issue.path[0] ?? "type"))} ${issue.message}`,
    );
    throw usageError(problems.join("; "));
  }
  return parsed.data;
}

const FLAG_NAMES: Record<string, string> = { riskKind: "kind", dueDate: "due" };

/** The flag that sets a field, for messages. */
function flagOf(field: string): string {
  return FLAG_NAMES[field] ?? field;
}

function formatRaidTable(items: readonly RaidItem[]): string {
  return formatTable(items, [
    { header: "Project", value: (i) => printable(i.project.key) },
    { header: "Ref", value: (i) => i.ref },
    { header: "Title", value: (i) => printable(i.title) },
    { header: "Status", value: (i) => i.status },
    { header: "Score", value: (i) => i.score, align: "right" },
    { header: "Owner", value: (i) => (i.owner ? printable(i.owner.name) : null) },
    { header: "Due", value: (i) => i.dueDate },
  ]);
}
