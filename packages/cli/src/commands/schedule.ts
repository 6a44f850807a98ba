// `orrery schedule FILE [--status-date YYYY-MM-DD] [--json]`: recalculates a project file with
// Orrery's engine, offline, ignoring the dates the file stored (except actuals and constraints).
// Prints an aligned table, or with --json the schedule report other tools rely on (see
// packages/interop/src/schedule-report.ts and docs/file-formats.md).
//
// Exit codes: 0 scheduled; 2 bad input (unknown extension, missing or unreadable file, a bad
// --status-date); 1 the file was read but cannot be scheduled (a dependency loop, a calendar
// without working time): the input is well-formed, the plan it describes is not schedulable.

import {
  isLocalDate,
  type LocalDateTime,
  parseLocalDateTime,
} from "@orrery/interop/document/local-date-time";
import type { ProjectDocument } from "@orrery/interop/document/project-document";
import {
  buildScheduleReport,
  computeSchedule,
  type ScheduleReport,
  type TaskScheduleReport,
  writeScheduleReportJson,
} from "@orrery/interop/schedule-report";
import type { Command } from "commander";
import { failure, usageError } from "../cli-error.js";
import { type Column, formatTable } from "../table.js";
import { oneLine, readProjectArgument } from "./read-project-file.js";

/** Options of `orrery schedule`. */
interface ScheduleOptions {
  readonly statusDate?: string;
  readonly project?: string;
  readonly json?: boolean;
}

/** Registers `orrery schedule` on the program. */
export function registerScheduleCommand(program: Command): void {
  program
    .command("schedule")
    .description(
      "recalculate a project file (.xml, .xer, .csv, .xlsx) with Orrery's engine and print the schedule",
    )
    .argument("<file>", "MS Project XML, Primavera XER, CSV or XLSX file")
    .option(
      "--status-date <date>",
      "status date YYYY-MM-DD: progress was measured to it (replaces the file's); uncompleted work is rescheduled after it",
    )
    .option(
      "--project <name>",
      "for an XER file with several projects: which one (short name or id)",
    )
    .action(async (file: string, _options: unknown, command: Command) => {
      const options: ScheduleOptions = command.optsWithGlobals();
      // Written as it is made: a 100,000-task report is never one 35 MB string.
      await scheduleFile(file, options, (text) => process.stdout.write(text));
    });
}

/** Reads, schedules and renders one file to `write`; throws CliError on failure. */
export async function scheduleFile(
  file: string,
  options: ScheduleOptions,
  write: (text: string) => void,
): Promise<void> {
  const statusDay = parseStatusDate(options.statusDate);
  const read = await readProjectArgument(file, { project: options.project });
  const document = statusDay === undefined ? read : withStatusDate(read, statusDay);
  // A status date given here asks for MS Project's "reschedule uncompleted work to start after".
  const computed = computeSchedule(document, {
    scheduleRemainingFromStatusDate: statusDay !== undefined,
  });
  if (!computed.ok) {
    throw failure(
      `cannot schedule ${file}: ${oneLine(computed.message)}${namesOf(document, computed.tasks)}`,
    );
  }
  if (options.json === true) {
    writeScheduleReportJson(computed, write);
    write("\n");
    return;
  }
  const report = buildScheduleReport(document, computed.mapped, computed.result);
  write(`${renderTable(document, report)}\n`);
}

function parseStatusDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const day = text.trim();
  if (!isLocalDate(day) || parseLocalDateTime(`${day}T00:00:00`) === undefined || !isRealDay(day)) {
    throw usageError(`--status-date must be a date written YYYY-MM-DD, got "${text}"`);
  }
  return day;
}

/** 2027-02-30 matches the pattern but is no day. */
function isRealDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split("-").map(Number);
  const probe = new Date(Date.UTC(year, month - 1, date));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === date
  );
}

/** The status date at the project's default finish time: progress counts to the end of that day. */
function withStatusDate(document: ProjectDocument, day: string): ProjectDocument {
  const minute = document.settings.defaultFinishMinuteOfDay % 1440;
  const time = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}:00`;
  const statusDate: LocalDateTime | undefined = parseLocalDateTime(`${day}T${time}`);
  return { ...document, settings: { ...document.settings, statusDate } };
}

/** ` (3 "Design", 4 "Build")`: the tasks a scheduling failure involves, by UID and name. */
function namesOf(document: ProjectDocument, uids: readonly number[]): string {
  if (uids.length === 0) return "";
  const names = new Map<number, string>(document.tasks.map((task) => [task.uid, task.name]));
  const listed = uids.slice(0, 10).map((uid) => `${uid} ${JSON.stringify(names.get(uid) ?? "")}`);
  return ` (tasks ${listed.join(", ")}${uids.length > 10 ? ", …" : ""})`;
}

/** One table row: the report's task with its outline level for indenting. */
interface TableRow {
  readonly task: TaskScheduleReport;
  readonly level: number;
}

function renderTable(document: ProjectDocument, report: ScheduleReport): string {
  const levelOf = new Map<number, number>(
    document.tasks.map((task) => [task.uid, task.outlineLevel]),
  );
  const minutesPerDay = document.settings.minutesPerDay > 0 ? document.settings.minutesPerDay : 480;
  const rows: TableRow[] = report.tasks.map((task) => ({
    task,
    level: levelOf.get(task.uid) ?? 1,
  }));
  const columns: Column<TableRow>[] = [
    { header: "UID", value: (row) => row.task.uid, align: "right" },
    { header: "ID", value: (row) => row.task.id, align: "right" },
    // formatTable folds runs of spaces, so the outline is drawn with dots.
    {
      header: "Name",
      value: (row) => `${"· ".repeat(Math.max(0, row.level - 1))}${row.task.name}`,
    },
    { header: "Start", value: (row) => shortDate(row.task.start) },
    { header: "Finish", value: (row) => shortDate(row.task.finish) },
    {
      header: "Total float (d)",
      value: (row) => days(row.task.totalFloatMinutes, minutesPerDay),
      align: "right",
    },
    { header: "Critical", value: (row) => (row.task.critical ? "*" : "") },
  ];
  const summary = `Project ${shortDate(report.project.start)} → ${shortDate(report.project.finish)}, ${report.tasks.length} tasks`;
  return `${formatTable(rows, columns)}\n${summary}`;
}

function shortDate(text: string): string {
  return text.length >= 16 ? `${text.slice(0, 10)} ${text.slice(11, 16)}` : text;
}

function days(minutes: number, minutesPerDay: number): string {
  return String(Math.round((minutes / minutesPerDay) * 100) / 100);
}
