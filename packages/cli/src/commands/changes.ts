// `orrery changes list|show|create`: a project's change log over the API.
// Exit codes: 0 done; 2 bad flags, an unknown project or request, or a value the server
// refuses; 1 the request failed (refused token or permission, server or network).

import type { ChangeRequest, ChangeRequestCreate } from "@orrery/contracts/change-requests";
import type { TaskBatchOperation } from "@orrery/contracts/plans";
import type { Command } from "commander";
import { z } from "zod";
import {
  createChangeRequest,
  getChangeRequest,
  listChangeRequests,
} from "../api/change-request-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { formatKeyValueBlock } from "../key-value-block.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";

const ListFlags = z.object({
  status: z.string().optional(),
  limit: z.coerce.number().int().min(1).optional(),
});

const CreateFlags = z.object({
  title: z.string().optional(),
  description: z.string().optional(),
  reason: z.string().optional(),
  scope: z.string().optional(),
  risk: z.string().optional(),
  duration: z.array(z.string()).default([]),
});
type CreateFlags = z.infer<typeof CreateFlags>;

/** Registers `orrery changes` and its subcommands on the program. */
export function registerChangesCommand(program: Command): void {
  const changes = program
    .command("changes")
    .description("list, show and raise a project's change requests")
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  changes
    .command("list")
    .description("a project's change log, newest first")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--status <list>", "only these statuses: draft,submitted,approved,rejected,…")
    .option("--limit <n>", "print at most this many")
    .action(async (project: string, _options: unknown, command: Command) => {
      const parsed = ListFlags.safeParse(command.opts());
      if (!parsed.success) throw usageError("--limit must be a whole number of at least 1");
      const remote = remoteContext(command);
      const found = await listChangeRequests(
        remote.api,
        await remote.org(),
        project,
        parsed.data.status,
        parsed.data.limit,
      );
      if (remote.json) return printOut(formatJson(found));
      if (found.length === 0) return printOut("No change requests.\n");
      printOut(`${formatChangeTable(found)}\n`);
    });

  changes
    .command("show")
    .description("one change request with its schedule impact and decisions")
    .argument("<project>", "the project's key (ERP) or id")
    .argument("<request>", "the request's reference (CR-3) or id")
    .action(async (project: string, request: string, _options: unknown, command: Command) => {
      const remote = remoteContext(command);
      const org = await remote.org();
      const id = /^CR-\d+$/i.test(request)
        ? (await listChangeRequests(remote.api, org, project, undefined, undefined)).find(
            (r) => r.ref.toUpperCase() === request.toUpperCase(),
          )?.id
        : request;
      if (id === undefined) throw usageError(`no change request ${request} in ${project}`);
      const found = await getChangeRequest(remote.api, org, project, id);
      printOut(remote.json ? formatJson(found) : `${formatChangeRequest(found)}\n`);
    });

  changes
    .command("create")
    .description("raise a change request as a draft; prints its computed schedule impact")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--title <title>", "(required) the change, in a line")
    .option("--description <text>", "what is to change")
    .option("--reason <text>", "why it is needed")
    .option("--scope <text>", "its impact on scope")
    .option("--risk <text>", "its impact on risk")
    .option(
      "--duration <uid=days>",
      "a task's new duration in days (repeatable): --duration 3=5",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (project: string, _options: unknown, command: Command) => {
      const body = changeCreateFromFlags(CreateFlags.parse(command.opts()));
      const remote = remoteContext(command);
      const created = await createChangeRequest(remote.api, await remote.org(), project, body);
      printOut(
        remote.json
          ? formatJson(created)
          : `Raised ${printable(created.project.key)} ${created.ref} "${printable(created.title)}"${impactClause(created)}.\n`,
      );
    });
}

/** The request body from the flags; durations are in days of the plan's 8 working hours. */
export function changeCreateFromFlags(flags: CreateFlags): ChangeRequestCreate {
  if (!flags.title) throw usageError("--title is required");
  const operations = flags.duration.map((entry): TaskBatchOperation => {
    const match = /^(\d+)=(\d+(?:\.\d+)?)$/.exec(entry);
    if (!match) throw usageError(`--duration ${entry} must be UID=DAYS, such as 3=5`);
    return {
      op: "update",
      uid: Number(match[1]),
      patch: { durationMinutes: Math.round(Number(match[2]) * 480) },
    };
  });
  return {
    title: flags.title,
    description: flags.description,
    reason: flags.reason,
    scopeImpact: flags.scope,
    riskImpact: flags.risk,
    operations,
  };
}

function impactClause(request: ChangeRequest): string {
  const impact = request.scheduleImpact;
  if (!impact) return "";
  if (impact.problem) return `; its plan edits do not apply: ${impact.problem}`;
  return `; the finish moves ${formatDelta(impact.finishDeltaWorkingDays)}`;
}

function formatDelta(days: number | null): string {
  if (days === null) return "by an unknown amount";
  if (days === 0) return "by no working days";
  return `${days > 0 ? "+" : "-"}${Math.abs(days)} working day${Math.abs(days) === 1 ? "" : "s"}`;
}

function formatChangeTable(requests: readonly ChangeRequest[]): string {
  return formatTable(requests, [
    { header: "Ref", value: (r) => r.ref },
    { header: "Title", value: (r) => printable(r.title) },
    { header: "Status", value: (r) => r.status },
    {
      header: "Finish",
      value: (r) =>
        r.scheduleImpact && r.scheduleImpact.problem === null
          ? formatDelta(r.scheduleImpact.finishDeltaWorkingDays)
          : null,
    },
    { header: "Outcome", value: (r) => r.decisions.at(-1)?.decision ?? null },
  ]);
}

function formatChangeRequest(r: ChangeRequest): string {
  const impact = r.scheduleImpact;
  return formatKeyValueBlock([
    ["Request", `${r.project.key} ${r.ref}`],
    ["Title", r.title],
    ["Status", r.status],
    ["Change", r.description],
    ["Reason", r.reason],
    ["Scope", r.scopeImpact],
    [
      "Cost",
      r.costImpact ? `${r.costImpact.deltaMinor} ${r.costImpact.currency} (minor units)` : null,
    ],
    ["Risk", r.riskImpact],
    [
      "Finish",
      impact === null
        ? null
        : impact.problem
          ? `edits no longer apply: ${impact.problem}`
          : `${impact.finishBefore ?? "?"} -> ${impact.finishAfter ?? "?"} (${formatDelta(impact.finishDeltaWorkingDays)})${r.planChangedSinceImpact ? ", recomputed: the plan changed" : ""}`,
    ],
    [
      "Moves",
      impact?.movedTasks.map((t) => `${t.name}: ${t.finishBefore} -> ${t.finishAfter}`).join("\n"),
    ],
    [
      "Decisions",
      r.decisions
        .map((d) => `${d.decision} by ${d.decidedBy?.name ?? "?"} ${d.decidedAt} ${d.comment}`)
        .join("\n"),
    ],
  ]);
}
