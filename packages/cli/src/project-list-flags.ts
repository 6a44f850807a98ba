import { ProjectListQuery } from "@orrery/contracts/projects";
import { z } from "zod";
import type { ProjectFilter } from "./api/project-api.js";
import { usageError } from "./cli-error.js";
import { flagProblem } from "./flag-problem.js";

/** The flags of `projects list`, as commander hands them over. */
export const ProjectListFlags = z.object({
  status: z.string().optional(),
  q: z.string().optional(),
  sort: z.string().optional(),
  archived: z.string().optional(),
  limit: z.string().optional(),
});
export type ProjectListFlags = z.infer<typeof ProjectListFlags>;

/** What `projects list` asks the API for: the filter, and at most how many (all if undefined). */
export interface ProjectListRequest {
  readonly filter: ProjectFilter;
  readonly atMost: number | undefined;
}

const Filter = ProjectListQuery.pick({ status: true, q: true, sort: true, archived: true });

/**
 * Validates the list flags with the API's own query schema, so `--status activ` or
 * `--sort size` is refused (exit 2, naming the flag) before any request.
 */
export function projectListRequestOf(flags: ProjectListFlags): ProjectListRequest {
  const parsed = Filter.safeParse({
    status: flags.status,
    q: flags.q,
    sort: flags.sort,
    archived: flags.archived,
  });
  if (!parsed.success) throw flagProblem(parsed.error.issues, (field) => `--${field}`);
  return { filter: parsed.data, atMost: limitOf(flags.limit) };
}

function limitOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const limit = /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : 0;
  if (limit < 1) throw usageError("--limit: must be a whole number of at least 1");
  return limit;
}
