// `orrery status-report submit|status`: status reports over the API. The colours come from the
// server, computed from the project's data; a flag may override one only with a justification.
// Exit codes: 0 done; 2 bad flags, an unknown project or a value the server refuses; 1 the
// request failed (refused token or permission, server or network).

import type { PortfolioStatusEntry, Rag, StatusReport } from "@orrery/contracts/status-reports";
import type { Command } from "commander";
import { z } from "zod";
import { portfolioStatus, submitNewStatusReport } from "../api/status-report-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { formatTable } from "../table.js";
import { printable } from "../terminal-text.js";

const COLOURS = ["overall", "schedule", "cost", "scope", "risk"] as const;

const SubmitFlags = z.object({
  date: z.string().optional(),
  summary: z.string().optional(),
  achievements: z.string().optional(),
  nextSteps: z.string().optional(),
  decisions: z.string().optional(),
  override: z.array(z.string()).optional(),
  justification: z.array(z.string()).optional(),
});
type SubmitFlags = z.infer<typeof SubmitFlags>;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Registers `orrery status-report` and its subcommands on the program. */
export function registerStatusReportCommand(program: Command): void {
  const reports = program
    .command("status-report")
    .description("submit status reports and see the portfolio's status")
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  reports
    .command("submit")
    .description(
      "write a project's status report and submit it to the PMO; the colours come from its data",
    )
    .argument("<project>", "the project's key (ERP) or id")
    .option("--date <date>", "the day the report speaks for (YYYY-MM-DD); default today")
    .option("--summary <text>", "the summary")
    .option("--achievements <text>", "what was achieved")
    .option("--next-steps <text>", "what comes next")
    .option("--decisions <text>", "decisions needed")
    .option(
      "--override <colour=rag>",
      "set a colour against the data's (schedule=green); repeatable",
      collect,
    )
    .option(
      "--justification <colour=text>",
      'why, for each override (schedule="…"); repeatable',
      collect,
    )
    .action(async (project: string, _options: unknown, command: Command) => {
      const body = statusReportFromFlags(SubmitFlags.parse(command.opts()), new Date());
      const remote = remoteContext(command);
      const report = await submitNewStatusReport(remote.api, await remote.org(), project, body);
      printOut(remote.json ? formatJson(report) : describeReport(report));
    });

  reports
    .command("status")
    .description(
      "every project you may read with its latest report's colours and whether one is overdue",
    )
    .action(async (_options: unknown, command: Command) => {
      const remote = remoteContext(command);
      const entries = await portfolioStatus(remote.api, await remote.org());
      if (remote.json) return printOut(formatJson(entries));
      if (entries.length === 0) return printOut("No projects.\n");
      printOut(`${formatStatusTable(entries)}\n`);
    });
}

/** `colour=value` pairs of a repeatable flag, refused by name when malformed. */
function pairsOf(flag: string, values: readonly string[] | undefined): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const value of values ?? []) {
    const at = value.indexOf("=");
    const colour = value.slice(0, at);
    if (at < 1 || !COLOURS.some((c) => c === colour))
      throw usageError(`--${flag} takes colour=value with a colour of ${COLOURS.join(", ")}`);
    pairs.set(colour, value.slice(at + 1));
  }
  return pairs;
}

const isRag = (value: string): value is Rag =>
  value === "green" || value === "amber" || value === "red";

/** The draft's body from the flags; overrides need their justification, as the server says. */
export function statusReportFromFlags(flags: SubmitFlags, now: Date) {
  const date = flags.date ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usageError("--date must be a date YYYY-MM-DD");
  const rags = pairsOf("override", flags.override);
  const reasons = pairsOf("justification", flags.justification);
  const overrides: Record<string, { rag: Rag; justification: string }> = {};
  for (const [colour, rag] of rags) {
    if (!isRag(rag)) throw usageError(`--override ${colour} must be green, amber or red`);
    const justification = reasons.get(colour);
    if (!justification)
      throw usageError(`--override ${colour} needs --justification ${colour}="why"`);
    overrides[colour] = { rag, justification };
  }
  for (const colour of reasons.keys())
    if (!rags.has(colour))
      throw usageError(`--justification ${colour} has no --override ${colour}`);
  return {
    periodEnd: date,
    summary: flags.summary ?? "",
    achievements: flags.achievements ?? "",
    nextSteps: flags.nextSteps ?? "",
    decisionsNeeded: flags.decisions ?? "",
    overrides,
  };
}

function describeReport(report: StatusReport): string {
  const lines = [
    `Submitted ${printable(report.project.key)} status report ${report.number} for ${report.periodEnd}: overall ${report.overall.rag}.`,
  ];
  for (const colour of COLOURS) {
    const { rag, computed, override } = report[colour];
    const head = `  ${colour.padEnd(8)} ${rag}${override ? ` (data: ${computed.rag}; ${printable(override.justification)})` : ""}`;
    lines.push(head, ...computed.reasons.map((reason) => `           - ${printable(reason)}`));
  }
  return `${lines.join("\n")}\n`;
}

function formatStatusTable(entries: readonly PortfolioStatusEntry[]): string {
  return formatTable(entries, [
    { header: "Project", value: (e) => printable(e.project.key) },
    { header: "Overall", value: (e) => e.latest?.overall.rag ?? null },
    { header: "Schedule", value: (e) => e.latest?.schedule.rag ?? null },
    { header: "Cost", value: (e) => e.latest?.cost.rag ?? null },
    { header: "Scope", value: (e) => e.latest?.scope.rag ?? null },
    { header: "Risk", value: (e) => e.latest?.risk.rag ?? null },
    { header: "Last report", value: (e) => e.latest?.periodEnd ?? null },
    { header: "Next due", value: (e) => `${e.nextDue}${e.overdue ? " overdue" : ""}` },
  ]);
}
