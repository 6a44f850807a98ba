import { Command, CommanderError } from "commander";
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./cli-error.js";

/** Registers one command on the program. */
type Registration = (program: Command) => void;

/**
 * Every command, in the order help lists them, each loaded only when wanted: the remote commands
 * pull in zod and the API contracts, and the server commands its configuration, which
 * `orrery schedule` on a large file should not pay for (about 75 ms of start-up).
 */
const COMMANDS: ReadonlyMap<string, () => Promise<Registration>> = new Map([
  ["start", async () => (await import("./commands/start.js")).registerStartCommand],
  ["migrate", async () => (await import("./commands/migrate.js")).registerMigrateCommand],
  ["schedule", async () => (await import("./commands/schedule.js")).registerScheduleCommand],
  ["convert", async () => (await import("./commands/convert.js")).registerConvertCommand],
  ["projects", async () => (await import("./commands/projects.js")).registerProjectsCommand],
  ["raid", async () => (await import("./commands/raid.js")).registerRaidCommand],
  ["changes", async () => (await import("./commands/changes.js")).registerChangesCommand],
  [
    "status-report",
    async () => (await import("./commands/status-report.js")).registerStatusReportCommand,
  ],
  ["gates", async () => (await import("./commands/gates.js")).registerGatesCommand],
  ["templates", async () => (await import("./commands/gates.js")).registerTemplatesCommand],
  ["lessons", async () => (await import("./commands/lessons.js")).registerLessonsCommand],
  ["orgs", async () => (await import("./commands/orgs.js")).registerOrgsCommand],
  ["tokens", async () => (await import("./commands/tokens.js")).registerTokensCommand],
]);

/** The program's options that take a value (the next argument, unless written `--url=…`). */
const OPTIONS_WITH_VALUE = new Set(["--url", "--token", "--org"]);

/**
 * The command `argv` runs, read as commander reads it (the first argument that is neither an
 * option nor an option's value), or undefined when there is none.
 */
export function commandNameOf(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/**
 * Builds the `orrery` program with the command `argv` runs, or with every command when it names
 * none or one that does not exist (help, suggestions). Commands read the global options
 * (`--url`, `--token`, `--org`, `--json`) with `command.optsWithGlobals()`.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
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
  const wanted = COMMANDS.get(commandNameOf(argv) ?? "");
  const loaders = wanted === undefined ? [...COMMANDS.values()] : [wanted];
  for (const register of await Promise.all(loaders.map((load) => load()))) register(program);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const program = await buildProgram(argv);
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
