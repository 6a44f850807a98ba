// Reads a corpus `NAME.expected.json` (written by extract_expected.py from the dates MS Project
// stored): the same shape as our ScheduleReport, where any value may be null when the file did
// not hold it.

/** One task as MS Project computed it. */
export interface ExpectedTask {
  readonly uid: number;
  readonly id: number;
  readonly name: string;
  readonly start: string | null;
  readonly finish: string | null;
  readonly earlyStart: string | null;
  readonly earlyFinish: string | null;
  readonly lateStart: string | null;
  readonly lateFinish: string | null;
  readonly totalFloatMinutes: number | null;
  readonly freeFloatMinutes: number | null;
  readonly critical: boolean | null;
  readonly summary: boolean;
  readonly milestone: boolean;
}

/** A whole expected file. */
export interface ExpectedSchedule {
  readonly project: { readonly start: string | null; readonly finish: string | null };
  readonly tasks: readonly ExpectedTask[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrNull(record: Record<string, unknown>, key: string, where: string): string | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw new TypeError(`${where}.${key} is not a string`);
  return value;
}

function numberOrNull(record: Record<string, unknown>, key: string, where: string): number | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== "number") throw new TypeError(`${where}.${key} is not a number`);
  return value;
}

function booleanOrNull(
  record: Record<string, unknown>,
  key: string,
  where: string,
): boolean | null {
  const value = record[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== "boolean") throw new TypeError(`${where}.${key} is not a boolean`);
  return value;
}

/** Validates parsed JSON as an expected schedule; throws TypeError naming the bad field. */
export function parseExpectedSchedule(json: unknown, file: string): ExpectedSchedule {
  if (!isRecord(json) || !isRecord(json.project) || !Array.isArray(json.tasks)) {
    throw new TypeError(`${file}: not an expected-schedule file`);
  }
  const project = json.project;
  const tasks = json.tasks.map((task: unknown, index: number): ExpectedTask => {
    const where = `${file}: tasks[${index}]`;
    if (!isRecord(task)) throw new TypeError(`${where} is not an object`);
    const uid = numberOrNull(task, "uid", where);
    if (uid === null) throw new TypeError(`${where}.uid is missing`);
    return {
      uid,
      id: numberOrNull(task, "id", where) ?? uid,
      name: stringOrNull(task, "name", where) ?? "",
      start: stringOrNull(task, "start", where),
      finish: stringOrNull(task, "finish", where),
      earlyStart: stringOrNull(task, "earlyStart", where),
      earlyFinish: stringOrNull(task, "earlyFinish", where),
      lateStart: stringOrNull(task, "lateStart", where),
      lateFinish: stringOrNull(task, "lateFinish", where),
      totalFloatMinutes: numberOrNull(task, "totalFloatMinutes", where),
      freeFloatMinutes: numberOrNull(task, "freeFloatMinutes", where),
      critical: booleanOrNull(task, "critical", where),
      summary: booleanOrNull(task, "summary", where) ?? false,
      milestone: booleanOrNull(task, "milestone", where) ?? false,
    };
  });
  return {
    project: {
      start: stringOrNull(project, "start", file),
      finish: stringOrNull(project, "finish", file),
    },
    tasks,
  };
}
