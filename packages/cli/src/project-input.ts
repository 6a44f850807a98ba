import { type Project, ProjectCreate, ProjectUpdate } from "@orrery/contracts/projects";
import { z } from "zod";
import { usageError } from "./cli-error.js";
import { flagProblem } from "./flag-problem.js";
import { AMOUNT_FORM, parseMoney, readDecimalAmount } from "./money-amount.js";

/** `none` clears an optional field in `projects update` (and names no manager in `create`). */
export const CLEAR = "none";

/** The flags of `projects create` and `projects update`, as commander hands them over. */
export const ProjectFlags = z.object({
  key: z.string().optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  status: z.string().optional(),
  methodology: z.string().optional(),
  manager: z.string().optional(),
  sponsor: z.string().optional(),
  start: z.string().optional(),
  finish: z.string().optional(),
  budget: z.string().optional(),
  currency: z.string().optional(),
  tag: z.array(z.string()).optional(),
  clearTags: z.boolean().optional(),
  archive: z.boolean().optional(),
  restore: z.boolean().optional(),
});
export type ProjectFlags = z.infer<typeof ProjectFlags>;

const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  key: "--key",
  name: "--name",
  description: "--description",
  status: "--status",
  methodology: "--methodology",
  managerId: "--manager",
  sponsorId: "--sponsor",
  plannedStart: "--start",
  plannedFinish: "--finish",
  budget: "--budget",
  tags: "--tag",
  archived: "--archive",
};

function flagOf(field: string): string {
  return FLAG_OF_FIELD[field] ?? field;
}

/**
 * The body of `POST /projects` from the flags, validated with the contracts' schema so a bad
 * value is refused (exit 2, naming the flag) before any request. `--manager`/`--sponsor` keep
 * their text: an e-mail is resolved to a member's id by the caller.
 */
export function projectCreateFromFlags(flags: ProjectFlags): ProjectCreate {
  if (flags.archive || flags.restore || flags.clearTags) {
    throw usageError("--archive, --restore and --clear-tags apply to `projects update` only");
  }
  if (flags.key === undefined) throw usageError("--key: is required (2–10 letters or digits)");
  if (flags.name === undefined) throw usageError("--name: is required");
  const draft = {
    ...sharedFieldsOf(flags),
    budget: budgetOf(flags.budget, flags.currency, null),
    tags: flags.tag,
  };
  const parsed = ProjectCreate.safeParse(draft);
  if (!parsed.success) throw flagProblem(parsed.error.issues, flagOf);
  return parsed.data;
}

/** What `projects update` will send, before the current project is known. */
export interface ProjectChangeDraft {
  readonly body: ProjectUpdate;
  /** `--budget` given without `--currency`: the amount waits for the project's own currency. */
  readonly budgetAmount: string | null;
}

/**
 * The partial body of `PATCH /projects/{id}` from the flags, validated before any request.
 * Only the flags given are sent, so fields nobody mentioned keep their current value.
 */
export function projectChangeFromFlags(flags: ProjectFlags): ProjectChangeDraft {
  if (flags.archive && flags.restore)
    throw usageError("--archive and --restore exclude each other");
  if (flags.clearTags && flags.tag !== undefined) {
    throw usageError("--clear-tags and --tag exclude each other");
  }
  const budgetAmount =
    flags.budget !== undefined && flags.budget !== CLEAR && flags.currency === undefined
      ? checkedAmount(flags.budget)
      : null;
  const draft = {
    ...sharedFieldsOf(flags),
    budget: budgetAmount === null ? budgetOf(flags.budget, flags.currency, CLEAR) : undefined,
    tags: flags.clearTags ? [] : flags.tag,
    archived: flags.archive ? true : flags.restore ? false : undefined,
  };
  const parsed = ProjectUpdate.safeParse(draft);
  if (!parsed.success) throw flagProblem(parsed.error.issues, flagOf);
  const body = parsed.data;
  if (body.plannedStart && body.plannedFinish && body.plannedFinish < body.plannedStart) {
    throw usageError("--finish: must not be before the planned start");
  }
  if (Object.values(body).every((value) => value === undefined) && budgetAmount === null) {
    throw usageError(
      "nothing to change: give at least one flag such as --name, --status or --archive",
    );
  }
  return { body, budgetAmount };
}

/** The final update body: a bare `--budget` amount is read in the project's current currency. */
export function completeProjectChange(draft: ProjectChangeDraft, current: Project): ProjectUpdate {
  if (draft.budgetAmount === null) return draft.body;
  if (current.budget === null) {
    throw usageError("--currency: is required, as the project has no budget currency yet");
  }
  const budget = budgetOf(draft.budgetAmount, current.budget.currency, null);
  return { ...draft.body, budget };
}

/** The fields `create` and `update` read alike, still unvalidated. */
function sharedFieldsOf(flags: ProjectFlags) {
  return {
    key: flags.key,
    name: flags.name,
    description: flags.description,
    status: flags.status,
    methodology: flags.methodology,
    managerId: clearableOf(flags.manager),
    sponsorId: clearableOf(flags.sponsor),
    plannedStart: clearableOf(flags.start),
    plannedFinish: clearableOf(flags.finish),
  };
}

/** An optional field's flag: absent stays absent, `none` becomes null (clear it). */
function clearableOf(text: string | undefined): string | null | undefined {
  if (text === undefined) return undefined;
  return text.trim() === CLEAR ? null : text.trim();
}

/** `--budget` with `--currency`; `clear` is the word that removes the budget, when allowed. */
function budgetOf(
  amount: string | undefined,
  currency: string | undefined,
  clear: string | null,
): { amountMinor: number; currency: string } | null | undefined {
  if (amount === undefined && currency === undefined) return undefined;
  if (clear !== null && amount?.trim() === clear) {
    if (currency !== undefined)
      throw usageError("--currency: must not be given with --budget none");
    return null;
  }
  if (amount === undefined) throw usageError("--budget: is required with --currency");
  if (currency === undefined) throw usageError("--currency: is required with --budget");
  const money = parseMoney(amount, currency);
  if (!money.ok) throw usageError(`${money.flag}: ${money.message}`);
  return money.money;
}

/** Checks the amount's form now; its decimals are checked once the currency is known. */
function checkedAmount(amount: string): string {
  if (readDecimalAmount(amount) === null) throw usageError(`--budget: ${AMOUNT_FORM}`);
  return amount;
}
