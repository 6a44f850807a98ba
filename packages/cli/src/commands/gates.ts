// `orrery gates calendar|request` and `orrery templates`: stage gates over the API.
// Exit codes: 0 done; 2 bad flags or a refused request the person can fix (a gate whose
// checklist is incomplete is refused with what it misses); 1 the request failed.

import type { GateCalendarEntry } from "@orrery/contracts/lifecycle";
import type { Command } from "commander";
import { z } from "zod";
import { gateCalendar, listTemplates, requestNextGate } from "../api/gate-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";

const CalendarFlags = z.object({
  state: z.enum(["requested", "upcoming", "overdue"]).optional(),
  limit: z.coerce.number().int().min(1).optional(),
});
const RequestFlags = z.object({ note: z.string().optional(), due: z.string().optional() });

/** Registers `orrery gates` and its subcommands on the program. */
export function registerGatesCommand(program: Command): void {
  const gates = program
    .command("gates")
    .description("see the gate calendar and request gate reviews")
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  gates
    .command("calendar")
    .description("the next gate of every running project you may read, soonest first")
    .option("--state <state>", "only requested, upcoming or overdue gates")
    .option("--limit <n>", "print at most this many")
    .action(async (_options: unknown, command: Command) => {
      const parsed = CalendarFlags.safeParse(command.opts());
      if (!parsed.success)
        throw usageError(
          "--state must be requested, upcoming or overdue; --limit a whole number of at least 1",
        );
      const remote = remoteContext(command);
      const entries = await gateCalendar(
        remote.api,
        await remote.org(),
        parsed.data.state,
        parsed.data.limit,
      );
      if (remote.json) return printOut(formatJson(entries));
      if (entries.length === 0) return printOut("No gates.\n");
      printOut(`${formatCalendar(entries)}\n`);
    });

  gates
    .command("request")
    .description("request the review of the gate closing a project's current phase")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--note <text>", "what the reviewers should know")
    .option("--due <date>", "when the decision is needed by (YYYY-MM-DD)")
    .action(async (project: string, _options: unknown, command: Command) => {
      const flags = RequestFlags.parse(command.opts());
      const remote = remoteContext(command);
      const review = await requestNextGate(remote.api, await remote.org(), project, {
        note: flags.note,
        dueDate: flags.due,
      });
      printOut(
        remote.json
          ? formatJson(review)
          : `Requested the review of ${printable(review.project.key)} gate ${review.gate} "${printable(review.gateName)}".\n`,
      );
    });
}

/** Registers `orrery templates` on the program. */
export function registerTemplatesCommand(program: Command): void {
  program
    .command("templates")
    .description("list the organisation's lifecycle templates")
    .action(async (_options: unknown, command: Command) => {
      const remote = remoteContext(command);
      const templates = await listTemplates(remote.api, await remote.org());
      if (remote.json) return printOut(formatJson(templates));
      printOut(
        `${formatTable(templates, [
          { header: "Name", value: (t) => printable(t.name) },
          { header: "Version", value: (t) => t.version, align: "right" },
          { header: "Phases", value: (t) => t.phases.map((p) => printable(p.name)).join(" > ") },
          { header: "Id", value: (t) => t.id },
        ])}\n`,
      );
    });
}

function formatCalendar(entries: readonly GateCalendarEntry[]): string {
  return formatTable(entries, [
    { header: "Date", value: (e) => e.date },
    { header: "Project", value: (e) => printable(e.project.key) },
    { header: "Gate", value: (e) => `${e.gate} ${printable(e.gateName)}` },
    { header: "State", value: (e) => (e.overdue ? `${e.state}, overdue` : e.state) },
  ]);
}
