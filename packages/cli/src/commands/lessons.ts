// `orrery lessons search|add`: the knowledge base of lessons learned over the API.
// Exit codes: 0 done; 2 bad flags, an unknown project or a value the server refuses; 1 the
// request failed (refused token or permission, server or network).

import {
  type LessonCreate,
  LessonCreate as LessonCreateSchema,
  type LessonHit,
  type TextRun,
} from "@orrery/contracts/lessons";
import type { Command } from "commander";
import { z } from "zod";
import { createLesson, searchLessons } from "../api/lesson-api.js";
import { usageError } from "../cli-error.js";
import { formatJson, printOut } from "../command-output.js";
import { remoteContext } from "../remote-context.js";
import { printable } from "../terminal-text.js";

const SearchFlags = z.object({
  project: z.string().optional(),
  category: z.string().optional(),
  tag: z.string().optional(),
  limit: z.coerce.number().int().min(1).default(10),
});

const AddFlags = z.object({
  title: z.string().optional(),
  whatHappened: z.string().optional(),
  effect: z.string().optional(),
  recommendation: z.string().optional(),
  category: z.string().optional(),
  tags: z.string().optional(),
  phase: z.string().optional(),
  atClose: z.boolean().optional(),
});
type AddFlags = z.infer<typeof AddFlags>;

/** Registers `orrery lessons` and its subcommands on the program. */
export function registerLessonsCommand(program: Command): void {
  const lessons = program
    .command("lessons")
    .description("search the knowledge base of lessons learned, and record lessons")
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });

  lessons
    .command("search")
    .description("search lessons of every project you may read, best match first")
    .argument(
      "[query...]",
      'words as in a search box: "cut over" vendor -cloud; none: newest first',
    )
    .option("--project <project>", "only this project's lessons (its key or id)")
    .option("--category <list>", "only these categories, comma-separated: cost,schedule")
    .option("--tag <list>", "only lessons carrying every one of these tags")
    .option("--limit <n>", "print at most this many (default 10)")
    .action(async (words: string[], _options: unknown, command: Command) => {
      const parsed = SearchFlags.safeParse(command.opts());
      if (!parsed.success) throw usageError("--limit must be a whole number of at least 1");
      const { project, limit, ...filter } = parsed.data;
      const q = words.join(" ").trim();
      const remote = remoteContext(command);
      const hits = await searchLessons(
        remote.api,
        await remote.org(),
        project,
        { ...filter, ...(q ? { q } : {}) },
        limit,
      );
      if (remote.json) return printOut(formatJson(hits));
      if (hits.length === 0)
        return printOut(q ? `No lessons match "${printable(q)}".\n` : "No lessons recorded.\n");
      printOut(hits.map(formatHit).join("\n"));
    });

  lessons
    .command("add")
    .description("record a lesson of a project")
    .argument("<project>", "the project's key (ERP) or id")
    .option("--title <title>", "(required) the lesson, in a line")
    .option("--what-happened <text>", "(required) what happened")
    .option("--effect <text>", "what it did to schedule, cost, scope or people")
    .option("--recommendation <text>", "(required) what the next project should do")
    .option(
      "--category <category>",
      "planning, scope, schedule, cost, quality, resources, … (default other)",
    )
    .option("--tags <list>", "comma-separated tags")
    .option("--phase <phase>", "the phase it was learnt in")
    .option("--at-close", "captured at the project's close rather than during it")
    .action(async (project: string, _options: unknown, command: Command) => {
      const body = lessonCreateFromFlags(AddFlags.parse(command.opts()));
      const remote = remoteContext(command);
      const created = await createLesson(remote.api, await remote.org(), project, body);
      printOut(
        remote.json
          ? formatJson(created)
          : `Recorded the lesson "${printable(created.title)}" of ${printable(created.project.key)}.\n`,
      );
    });
}

const FLAG_NAMES: Record<string, string> = {
  whatHappened: "what-happened",
  origin: "at-close",
};

/** The request body from the flags, checked here so a mistake names the flag. */
export function lessonCreateFromFlags(flags: AddFlags): LessonCreate {
  const body = {
    title: flags.title ?? "",
    whatHappened: flags.whatHappened ?? "",
    recommendation: flags.recommendation ?? "",
    ...(flags.effect === undefined ? {} : { effect: flags.effect }),
    ...(flags.category === undefined ? {} : { category: flags.category }),
    ...(flags.tags === undefined
      ? {}
      : {
          tags: flags.tags
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
        }),
    ...(flags.phase === undefined ? {} : { phase: flags.phase }),
    ...(flags.atClose ? { origin: "at_close" } : {}),
  };
  const parsed = LessonCreateSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? "title");
      return `--${FLAG_NAMES[field] ?? field} ${issue.message}`;
    });
    throw usageError(problems.join("; "));
  }
  return parsed.data;
}

/** Matched words between asterisks, so they stand out without terminal colours. */
function marked(runs: readonly TextRun[]): string {
  return runs.map((run) => (run.match ? `*${run.text}*` : run.text)).join("");
}

function formatHit(hit: LessonHit): string {
  const { lesson, highlights } = hit;
  const title = highlights ? marked(highlights.title) : lesson.title;
  const excerpt = highlights ? marked(highlights.excerpt) : lesson.recommendation;
  return `${printable(lesson.project.key)}  ${printable(title)} (${lesson.category})\n    ${printable(excerpt.replace(/\s+/g, " "))}\n`;
}
