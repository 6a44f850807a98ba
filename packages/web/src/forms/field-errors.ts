import type { Problem } from "@orrery/contracts/common";

/** Messages to show next to form fields, keyed by the form's own field names. */
export type FieldErrors = Record<string, string>;

export interface PlacedErrors {
  readonly fields: FieldErrors;
  /** Problems that belong to no field on the form; shown above the form instead. */
  readonly unplaced: readonly string[];
}

/** How one form names its fields for people, and which API paths land on which field. */
export interface FormFields {
  readonly labels: Readonly<Record<string, string>>;
  /** API path prefix -> form field, for fields the form splits or renames (`budget.currency`). */
  readonly aliases?: Readonly<Record<string, string>>;
}

interface Issue {
  readonly path: string;
  readonly message: string;
}

/**
 * Servers write field paths as `budget.currency`, `/budget/currency` or `body.budget.currency`;
 * reduce them all to dotted paths relative to the request body.
 */
export function normaliseFieldPath(path: string): string {
  const dotted = path.replace(/^\/+/, "").replaceAll("/", ".");
  return dotted.replace(/^body(\.|$)/, "");
}

/** Dotted path of a zod issue (`["tags", 2]` -> `tags.2`). */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join(".");
}

function fieldFor(path: string, form: FormFields): string | null {
  const aliases = Object.entries(form.aliases ?? {}).sort(([a], [b]) => b.length - a.length);
  for (const [prefix, field] of aliases) {
    if (path === prefix || path.startsWith(`${prefix}.`)) return field;
  }
  const head = path.split(".")[0] ?? "";
  return head in form.labels ? head : null;
}

/**
 * Contract messages are written to follow the field's name ("is required", "must be at most 200
 * characters"), so a lower-case message is prefixed with the label to read as a sentence.
 */
function sentence(label: string, message: string): string {
  const first = message.charAt(0);
  return first !== "" && first === first.toLowerCase() && first !== first.toUpperCase()
    ? `${label} ${message}`
    : message;
}

function place(issues: readonly Issue[], form: FormFields): PlacedErrors {
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fieldFor(issue.path, form);
    if (field === null) {
      unplaced.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
      continue;
    }
    // The first problem with a field is the one to fix first; more would crowd the input.
    fields[field] ??= sentence(form.labels[field] ?? field, issue.message);
  }
  return { fields, unplaced };
}

/** Places zod issues (client-side validation with the contract schemas) onto form fields. */
export function placeIssues(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  form: FormFields,
): PlacedErrors {
  return place(
    issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message })),
    form,
  );
}

/** Places a server 422's field errors onto form fields; the problem's own title if it has none. */
export function placeProblem(problem: Problem, form: FormFields): PlacedErrors {
  const errors = problem.errors ?? [];
  if (errors.length === 0) return { fields: {}, unplaced: [problem.detail ?? problem.title] };
  return place(
    errors.map((error) => ({ path: normaliseFieldPath(error.path), message: error.message })),
    form,
  );
}
