// Builders for scheduler tests and benchmarks: short, explicit project setups and seeded random
// networks shaped like real plans (mostly FS links between nearby tasks, some SS/FF/SF, lags,
// summaries). No test framework here, so benchmarks can use it too.

import { type CalendarSpec, DEFAULT_WEEK } from "../calendar/calendar-spec.js";
import type {
  ConstraintType,
  LinkInput,
  LinkType,
  ScheduleInput,
  TaskInput,
} from "../network/schedule-input.js";
import { type LocalMinute, parseLocalMinute, toWorkingMinutes } from "../time/local-minute.js";

/** Minutes in a standard working day. */
export const DAY = 480;

/** MS Project's Standard calendar: Monday–Friday 08:00–12:00, 13:00–17:00. */
export function standardCalendar(): CalendarSpec {
  return { name: "Standard", week: DEFAULT_WEEK, exceptions: [], workWeeks: [] };
}

/** A calendar that works every minute of every day. */
export function roundTheClockCalendar(): CalendarSpec {
  return {
    name: "24 Hours",
    week: Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]),
    exceptions: [],
    workWeeks: [],
  };
}

/** A date for tests; throws on a typo. */
export function at(text: string): LocalMinute {
  const moment = parseLocalMinute(text);
  if (moment === undefined) throw new RangeError(`not a date: ${text}`);
  return moment;
}

/** A task described briefly: duration in working days unless `minutes` is given. */
export interface TaskSketch {
  readonly days?: number;
  readonly minutes?: number;
  readonly parent?: number;
  readonly constraint?: ConstraintType;
  readonly date?: string;
  readonly deadline?: string;
  readonly manual?: { start: string; finish: string };
  readonly active?: boolean;
  readonly actualStart?: string;
  readonly actualFinish?: string;
  readonly actualMinutes?: number;
}

/** A link described briefly: `[from, to]`, with an optional type and lag in working days. */
export type LinkSketch = readonly [number, number, LinkType?, number?];

/** Builds a project on the Standard calendar starting Monday 2024-01-08 08:00. */
export function buildProject(options: {
  readonly tasks: readonly TaskSketch[];
  readonly links?: readonly LinkSketch[];
  readonly start?: string;
  readonly calendar?: CalendarSpec;
  readonly honorConstraints?: boolean;
}): ScheduleInput {
  const tasks: TaskInput[] = options.tasks.map((sketch, index) => ({
    key: index + 1,
    parent: sketch.parent,
    duration: toWorkingMinutes(sketch.minutes ?? (sketch.days ?? 1) * DAY),
    milestone: (sketch.minutes ?? sketch.days ?? 1) === 0,
    manual: sketch.manual !== undefined,
    manualStart: sketch.manual === undefined ? undefined : at(sketch.manual.start),
    manualFinish: sketch.manual === undefined ? undefined : at(sketch.manual.finish),
    active: sketch.active ?? true,
    constraint:
      sketch.constraint === undefined
        ? undefined
        : {
            type: sketch.constraint,
            date: sketch.date === undefined ? undefined : at(sketch.date),
          },
    deadline: sketch.deadline === undefined ? undefined : at(sketch.deadline),
    actualStart: sketch.actualStart === undefined ? undefined : at(sketch.actualStart),
    actualFinish: sketch.actualFinish === undefined ? undefined : at(sketch.actualFinish),
    actualDuration:
      sketch.actualMinutes === undefined ? undefined : toWorkingMinutes(sketch.actualMinutes),
  }));
  const links: LinkInput[] = (options.links ?? []).map(([from, to, type, lagDays]) => ({
    from,
    to,
    type: type ?? "FS",
    lag: toWorkingMinutes((lagDays ?? 0) * DAY),
  }));
  return {
    calendars: [options.calendar ?? standardCalendar()],
    projectCalendar: 0,
    projectStart: at(options.start ?? "2024-01-08T08:00"),
    honorConstraints: options.honorConstraints,
    tasks,
    links,
  };
}

/** A small deterministic PRNG (mulberry32), so a failing seed reproduces. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for a random network. */
export interface RandomNetworkOptions {
  readonly tasks: number;
  /** Put tasks under summaries (groups of up to 8). */
  readonly summaries?: boolean;
  /** Include SS, FF and SF links and lags, not only FS. */
  readonly mixedLinks?: boolean;
  readonly calendar?: CalendarSpec;
}

/**
 * A random acyclic network: each task links from 0–3 earlier tasks, mostly nearby ones, with
 * durations of 0–10 working days (some milestones).
 */
export function randomNetwork(seed: number, options: RandomNetworkOptions): ScheduleInput {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const tasks: TaskInput[] = [];
  const links: LinkInput[] = [];
  let summary = -1;
  let inSummary = 0;
  while (tasks.length < options.tasks) {
    if (options.summaries === true && (summary < 0 || inSummary >= 1 + pick(8))) {
      summary = tasks.length;
      tasks.push({ key: tasks.length + 1, duration: toWorkingMinutes(0) });
      inSummary = 0;
      continue;
    }
    const index = tasks.length;
    const days = random() < 0.05 ? 0 : 1 + pick(10);
    tasks.push({
      key: index + 1,
      parent: summary >= 0 ? summary : undefined,
      duration: toWorkingMinutes(days * DAY),
      milestone: days === 0,
    });
    inSummary++;
    const predecessors = index === 0 ? 0 : pick(4);
    const taken = new Set<number>();
    for (let k = 0; k < predecessors; k++) {
      const from = Math.max(0, index - 1 - pick(Math.min(index, 12)));
      const isSummary = options.summaries === true && tasks[from]?.parent === undefined;
      if (taken.has(from) || isSummary) {
        continue;
      }
      taken.add(from);
      const roll = random();
      const type: LinkType =
        options.mixedLinks !== true
          ? "FS"
          : roll < 0.85
            ? "FS"
            : roll < 0.92
              ? "SS"
              : roll < 0.98
                ? "FF"
                : "SF";
      const lagDays = options.mixedLinks === true && random() < 0.2 ? pick(8) - 2 : 0;
      links.push({ from, to: index, type, lag: toWorkingMinutes(lagDays * DAY) });
    }
  }
  return {
    calendars: [options.calendar ?? standardCalendar()],
    projectCalendar: 0,
    projectStart: at("2027-01-04T08:00"),
    tasks,
    links,
  };
}
