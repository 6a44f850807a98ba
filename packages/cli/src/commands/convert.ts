// `orrery convert IN OUT`: reads a project file and writes it in another format, each chosen by
// its extension (.xml MS Project XML, .xer Primavera P6 (read only), .csv, .xlsx). With
// --schedule the plan is recalculated first and the written dates are Orrery's. The output is
// written beside its final name and renamed into place, so a failed write never leaves half a file.
// Exit codes: 0 written; 2 bad input or an output format Orrery cannot write; 1 the write failed
// or (with --schedule) the plan cannot be scheduled.

import { rename, rm, writeFile } from "node:fs/promises";
import { isWritableFormat, writeProjectFile } from "@orrery/interop/project-file";
import { scheduleDocument } from "@orrery/interop/schedule-report";
import { withComputedSchedule } from "@orrery/interop/scheduled-document";
import type { Command } from "commander";
import { failure, usageError } from "../cli-error.js";
import { formatOfArgument, oneLine, readProjectArgument } from "./read-project-file.js";

/** Options of `orrery convert`. */
interface ConvertOptions {
  readonly project?: string;
  readonly schedule?: boolean;
  readonly json?: boolean;
}

/** Registers `orrery convert` on the program. */
export function registerConvertCommand(program: Command): void {
  program
    .command("convert")
    .description(
      "convert a project file between .xml (MS Project), .xer (read only), .csv and .xlsx",
    )
    .argument("<in>", "the file to read")
    .argument("<out>", "the file to write; its extension chooses the format")
    .option("--schedule", "recalculate with Orrery's engine and write its dates")
    .option(
      "--project <name>",
      "for an XER file with several projects: which one (short name or id)",
    )
    .action(async (input: string, output: string, _options: unknown, command: Command) => {
      const options: ConvertOptions = command.optsWithGlobals();
      process.stdout.write(await convertFile(input, output, options));
    });
}

/** Converts one file; returns what to print, throws CliError on failure. */
export async function convertFile(
  input: string,
  output: string,
  options: ConvertOptions,
): Promise<string> {
  formatOfArgument(input, "the input");
  const format = formatOfArgument(output, "the output");
  if (!isWritableFormat(format)) {
    throw usageError(
      `cannot write ${output}: Primavera XER is read-only in Orrery; write .xml, .csv or .xlsx`,
    );
  }
  const read = await readProjectArgument(input, { project: options.project });
  let document = read;
  if (options.schedule === true) {
    const scheduled = scheduleDocument(read);
    if (!scheduled.ok) throw failure(`cannot schedule ${input}: ${oneLine(scheduled.message)}`);
    document = withComputedSchedule(read, scheduled.report);
  }
  const bytes = await writeProjectFile(document, format);
  const temporary = `${output}.${process.pid}.partial`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw failure(`cannot write ${output}: ${oneLine(reason)}`, { cause: error });
  }
  const tasks = document.tasks.filter((task) => !task.isNull && task.outlineLevel > 0).length;
  if (options.json === true) {
    return `${JSON.stringify({ input, output, format, tasks, links: document.links.length, bytes: bytes.length })}\n`;
  }
  return `wrote ${output}: ${tasks} tasks, ${document.links.length} links\n`;
}
