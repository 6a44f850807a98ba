import { Command, CommanderError } from "commander";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error.js";
import { registerConvertCommand } from "./commands/convert.js";
import { registerMigrateCommand } from "./commands/migrate.js";
import { registerOrgsCommand } from "./commands/orgs.js";
import { registerProjectsCommand } from "./commands/projects.js";
import { registerRaidCommand } from "./commands/raid.js";
import { registerScheduleCommand } from "./commands/schedule.js";
import { registerStartCommand } from "./commands/start.js";
import { registerTokensCommand } from "./commands/tokens.js";

/**
 * Builds the `orrery` program. Each command module registers itself here; commands read the
 * global options (`--url`, `--token`, `--org`, `--json`) with `command.optsWithGlobals()`.
 */
export function buildProgram(): Command {
  const program = new Command("orrery")
    .description(
      "Orrery: the open PMO platform. Schedules, projects and portfolios from the command line.",
    )
    .option("--url <url>", "server address (default: $ORRERY_URL or http://localhost:4280)")
    .option("--token <token>", "API token (default: $ORRERY_TOKEN)")
    .option("--org <slug>", "organisation to act in (default: $ORRERY_ORG, or your only one)")
    .option("--json", "machine-readable output")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerScheduleCommand(program);
  registerConvertCommand(program);
  registerProjectsCommand(program);
  registerRaidCommand(program);
  registerOrgsCommand(program);
  registerTokensCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help text) to the terminal.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version")
      return EXIT_OK;
    if (error.code === "commander.help") return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof CliError) {
    process.stderr.write(`orrery: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`orrery: unexpected error: ${message}\n`);
  return EXIT_FAILURE;
}
