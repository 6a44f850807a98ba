// `orrery projects list|create|show|update|delete`: the organisation's projects over the API.
// Exit codes: 0 done; 2 bad flags, an unknown project or a value the server refuses; 1 the
// request failed (refused token or permission, a project changed meanwhile, server or network).

import type { Project } from "@orrery/contracts/projects";
import { type Command, Option } from "commander";
import { z } from "zod";
import { ApiError } from "../api/api-error.js";
import {
  createProject,
  deleteProject,
  getProject,
  listProjects,
  updateProject,
} from "../api/project-api.js";
import { failure, usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { confirm, isInteractive } from "../confirm-prompt.js";
import {
  CLEAR,
  completeProjectChange,
  ProjectFlags,
  projectChangeFromFlags,
  projectCreateFromFlags,
} from "../project-input.js";
import { ProjectListFlags, projectListRequestOf } from "../project-list-flags.js";
import { formatProjectBlock, formatProjectTable, projectLabel } from "../project-output.js";
import { withPeopleResolved } from "../project-people.js";
import { remoteContext } from "../remote-context.js";
import { printable } from "../terminal-text.js";

const VersionFlags = z.object({ ifVersion: z.string().optional(), yes: z.boolean().optional() });

/** Registers `orrery projects` and its subcommands on the program. */
export function registerProjectsCommand(program: Command): void {
  const projects = program
    .command("projects")
    .description("list, create, show, update and delete projects in an organisation")
    // Subcommands inherit this: their help lists --url, --token, --org and --json too.
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  projects
    .command("list")
    .description("list projects (all pages, unless --limit)")
    .option("--status <list>", "only these statuses, comma-separated: active,on_hold")
    .option("--q <text>", "search key, name, description and tags")
    .option(
      "--sort <field>",
      "name, key, status, plannedStart, plannedFinish, createdAt or updatedAt; '-' first for descending",
    )
    .option("--archived <which>", "false (default): live projects; true: archived only; all: both")
    .option("--limit <n>", "print at most this many")
    .action(async (_options: unknown, command: Command) => {
      const request = projectListRequestOf(ProjectListFlags.parse(command.opts()));
      const remote = remoteContext(command);
      const found = await listProjects(
        remote.api,
        await remote.org(),
        request.filter,
        request.atMost,
      );
      if (remote.json) return printOut(formatJson(found));
      if (found.length === 0) return printOut("No projects.\n");
      printOut(`${formatProjectTable(found, (request.filter.archived ?? "false") !== "false")}\n`);
    });

  addProjectFieldOptions(
    projects
      .command("create")
      .description("create a project (you become one of its managers)")
      .option("--key <key>", "(required) short code, 2–10 letters or digits: ERP")
      .option("--name <name>", "(required) the project's name"),
  ).action(async (_options: unknown, command: Command) => {
    const body = projectCreateFromFlags(ProjectFlags.parse(command.opts()));
    const remote = remoteContext(command);
    const org = await remote.org();
    const created = await createProject(
      remote.api,
      org,
      await withPeopleResolved(remote.api, org, body),
    );
    printOut(
      remote.json
        ? formatJson(created)
        : `Created project ${projectLabel(created)} (id ${created.id}).\n`,
    );
  });

  projects
    .command("show")
    .description("show one project")
    .argument("<project>", "the project's key (ERP) or id")
    .action(async (project: string, _options: unknown, command: Command) => {
      const ref = projectRefOf(project);
      const remote = remoteContext(command);
      const found = await getProject(remote.api, await remote.org(), ref);
      printOut(remote.json ? formatJson(found) : `${formatProjectBlock(found)}\n`);
    });

  addProjectFieldOptions(
    projects
      .command("update")
      .description("change a project; refused if someone changed it since it was read")
      .argument("<project>", "the project's key (ERP) or id")
      .option("--key <key>", "a new key")
      .option("--name <name>", "a new name")
      .option("--clear-tags", "remove every tag")
      .option("--archive", "archive the project (hidden from lists by default)")
      .option("--restore", "bring an archived project back"),
  )
    .addOption(ifVersionOption())
    .action(async (project: string, _options: unknown, command: Command) => {
      const ref = projectRefOf(project);
      const draft = projectChangeFromFlags(ProjectFlags.parse(command.opts()));
      const { ifVersion } = versionFlagsOf(command);
      const remote = remoteContext(command);
      const org = await remote.org();
      const current = await getProject(remote.api, org, ref);
      const body = await withPeopleResolved(remote.api, org, completeProjectChange(draft, current));
      const version = ifVersion ?? current.version;
      const updated = await refusingStale(current, version, () =>
        updateProject(remote.api, org, current.id, body, version),
      );
      printOut(
        remote.json
          ? formatJson(updated)
          : `Updated project ${projectLabel(updated)}, now at version ${updated.version}.\n`,
      );
    });

  projects
    .command("delete")
    .description("delete a project for good (asks first on a terminal)")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--yes", "do not ask; required when not on a terminal")
    .addOption(ifVersionOption())
    .action(async (project: string, _options: unknown, command: Command) => {
      const ref = projectRefOf(project);
      const { ifVersion, yes } = versionFlagsOf(command);
      const ask = !yes;
      if (ask && !isInteractive()) {
        throw usageError(
          `not deleting ${printable(project)}: confirm with --yes when not on a terminal`,
        );
      }
      const remote = remoteContext(command);
      const org = await remote.org();
      const current = await getProject(remote.api, org, ref);
      const question = `Delete project ${projectLabel(current)} in ${org} for good?`;
      if (ask && !(await confirm(question, { input: process.stdin, output: process.stderr }))) {
        throw failure(`not deleted: ${projectLabel(current)} is unchanged`);
      }
      const version = ifVersion ?? current.version;
      await refusingStale(current, version, () =>
        deleteProject(remote.api, org, current.id, version),
      );
      if (!remote.json) printOut(`Deleted project ${projectLabel(current)}.\n`);
    });
}

/** The flags shared by `create` and `update` (key and name differ: required on create). */
function addProjectFieldOptions(command: Command): Command {
  return command
    .option("--description <text>", "what the project is for")
    .option("--status <status>", "proposed, active, on_hold, completed or cancelled")
    .option("--methodology <name>", "waterfall, agile, hybrid or prince2")
    .option(
      "--manager <email|id>",
      `project manager: a member's e-mail or user id ('${CLEAR}': nobody)`,
    )
    .option("--sponsor <email|id>", `sponsor: a member's e-mail or user id ('${CLEAR}': nobody)`)
    .option("--start <date>", `planned start, YYYY-MM-DD ('${CLEAR}' clears it)`)
    .option("--finish <date>", `planned finish, YYYY-MM-DD ('${CLEAR}' clears it)`)
    .option("--budget <amount>", `budget in major units: 125000.00 ('${CLEAR}' clears it)`)
    .option("--currency <code>", "ISO 4217 currency of --budget: EUR")
    .option("--tag <tag>", "a tag; repeat for several (on update: replaces the tags)", collect);
}

function ifVersionOption(): Option {
  return new Option(
    "--if-version <n>",
    "act only if the project is still at this version (from `show --json`); default: the version just read",
  );
}

function versionFlagsOf(command: Command): { ifVersion: number | undefined; yes: boolean } {
  const flags = VersionFlags.parse(command.opts());
  let ifVersion: number | undefined;
  if (flags.ifVersion !== undefined) {
    ifVersion = /^\d{1,9}$/.test(flags.ifVersion.trim()) ? Number(flags.ifVersion) : 0;
    if (ifVersion < 1) throw usageError("--if-version: must be a whole number of at least 1");
  }
  return { ifVersion, yes: flags.yes === true };
}

/** A key or an id as typed; anything else can name no project, so it is refused here. */
function projectRefOf(text: string): string {
  const ref = text.trim();
  if (!/^[A-Za-z][A-Za-z0-9]{1,9}$/.test(ref) && !z.uuid().safeParse(ref).success) {
    throw usageError(`${printable(text)} is neither a project key (ERP) nor a project id`);
  }
  return ref;
}

/** Runs a conditional write; a 412 becomes a plain explanation (exit 1), as nothing was changed. */
async function refusingStale<T>(
  current: Project,
  version: number,
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof ApiError && error.code === "stale-write") {
      throw failure(
        `project ${printable(current.key)} is no longer at version ${version} (someone else changed it); nothing was changed: show it again and retry`,
        { cause: error },
      );
    }
    throw error;
  }
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
