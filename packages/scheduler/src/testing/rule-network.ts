// Seeded random projects that use every rule the engine knows, and random edits to them: for
// property tests that hold the fast paths (plain tasks and links, incremental edits, late dates
// shifted with the project finish) to the general rules. Calendars with holidays, short days and
// round-the-clock work; elapsed durations and lags; percent lags; manual, inactive, constrained,
// delayed and started tasks; deadlines; summaries with links and constraints; and the project
// options (from the finish, links over constraints, late-date styles, lag calendars).

import type { CalendarSpec, ExceptionSpec, WeekHours } from "../calendar/calendar-spec.js";
import type { ScheduleEdit } from "../network/plan-edit.js";
import type {
  ConstraintType,
  LagCalendar,
  LateDateStyle,
  LinkInput,
  LinkType,
  ScheduleInput,
  TaskInput,
} from "../network/schedule-input.js";
import type { SchedulePlan } from "../network/schedule-plan.js";
import { type LocalMinute, toLocalMinute, toWorkingMinutes } from "../time/local-minute.js";
import { DAY, seededRandom, standardCalendar } from "./project-builder.js";

const CONSTRAINTS: readonly ConstraintType[] = [
  "ASAP",
  "ALAP",
  "MSO",
  "MFO",
  "SNET",
  "SNLT",
  "FNET",
  "FNLT",
];
const STYLES: readonly LateDateStyle[] = [
  "previousFinish",
  "nextStart",
  "byTaskMode",
  "byTaskModeLegacy",
];
const LINK_TYPES: readonly LinkType[] = ["FS", "FS", "FS", "SS", "FF", "SF"];
const EDIT_LINK_TYPES: readonly LinkType[] = ["FS", "SS", "FF", "SF"];
const LAG_CALENDARS: readonly LagCalendar[] = ["successor", "predecessor", "project"];
/** 2024-01-01, a Monday. */
const FIRST_DAY = 19723;

/** A random source with the helpers the builders use. */
interface Dice {
  readonly below: (n: number) => number;
  readonly chance: (p: number) => boolean;
}

function diceOf(random: () => number): Dice {
  return { below: (n) => Math.floor(random() * n), chance: (p) => random() < p };
}

function calendars(dice: Dice): CalendarSpec[] {
  const exceptions: ExceptionSpec[] = [];
  for (let i = dice.below(4); i > 0; i--) {
    const day = FIRST_DAY + dice.below(60);
    exceptions.push({
      fromDay: day,
      toDay: day + dice.below(3),
      recurrence: { kind: "daily", everyDays: 1 },
      hours: dice.chance(0.7) ? [] : [{ from: 540, to: 600 + dice.below(300) }],
    });
  }
  const standard = { ...standardCalendar(), exceptions };
  const roundTheClock: CalendarSpec = {
    name: "24 Hours",
    week: Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]),
    exceptions: [],
    workWeeks: [],
  };
  const shortDays: WeekHours = [
    undefined,
    [
      { from: 420, to: 660 },
      { from: 720, to: 960 },
    ],
    undefined,
    undefined,
    [{ from: 360, to: 840 }],
    undefined,
    [{ from: 600, to: 780 }],
  ];
  const derived: CalendarSpec = {
    name: "Derived",
    base: 0,
    week: shortDays,
    exceptions: [],
    workWeeks: [],
  };
  return [standard, roundTheClock, derived];
}

/** A random project of `tasks` tasks using every rule (see the file comment). */
export function randomRuleNetwork(seed: number, tasks: number): ScheduleInput {
  const dice = diceOf(seededRandom(seed));
  const { below, chance } = dice;
  const projectStart = (FIRST_DAY + 7 + below(3)) * 1440 + (chance(0.8) ? 480 : below(1440));
  const near = (): LocalMinute =>
    toLocalMinute(
      projectStart + (below(40) - 5) * 1440 + (chance(0.7) ? 480 + 60 * below(10) : below(1440)),
    );
  const list: TaskInput[] = [];
  let summary = -1;
  let inSummary = 0;
  for (let t = 0; t < tasks; t++) {
    if ((summary < 0 || inSummary >= 1 + below(6)) && chance(0.3)) {
      const manual = chance(0.15);
      const manualStart = near();
      list.push({
        key: t + 1,
        parent: chance(0.3) && summary >= 0 ? summary : undefined,
        duration: toWorkingMinutes(0),
        manual,
        manualStart: manual ? manualStart : undefined,
        manualFinish: manual ? toLocalMinute(manualStart + 1440 * (1 + below(10))) : undefined,
        constraint: chance(0.1) ? { type: "SNET", date: near() } : undefined,
        active: !chance(0.05),
      });
      summary = t;
      inSummary = 0;
      continue;
    }
    inSummary++;
    const duration = chance(0.08) ? 0 : 60 * below(40) + (chance(0.1) ? below(10) / 10 : 0);
    const type = CONSTRAINTS[below(CONSTRAINTS.length)] ?? "ASAP";
    const started = chance(0.12);
    const actualStart = toLocalMinute(near() - 10 * 1440);
    const finished = started && chance(0.4);
    const manual = chance(0.06);
    const manualStart = near();
    list.push({
      key: t + 1,
      parent: summary >= 0 && chance(0.9) ? summary : undefined,
      calendar: chance(0.2) ? below(3) : undefined,
      duration: toWorkingMinutes(duration),
      elapsed: chance(0.05),
      milestone: duration === 0,
      manual,
      manualStart: manual && chance(0.8) ? manualStart : undefined,
      manualFinish: manual
        ? toLocalMinute(manualStart + 1440 * below(5) + 60 * below(8))
        : undefined,
      active: !chance(0.05),
      constraint: chance(0.25)
        ? { type, date: type === "ASAP" || type === "ALAP" ? undefined : near() }
        : undefined,
      deadline: chance(0.08) ? near() : undefined,
      levelingDelay: chance(0.05) ? 60 * below(30) : undefined,
      levelingDelayElapsed: chance(0.5),
      actualStart: started ? actualStart : undefined,
      actualFinish: finished ? toLocalMinute(actualStart + 1440 * below(5) + 60) : undefined,
      actualDuration:
        started && !finished && chance(0.7)
          ? toWorkingMinutes(Math.min(duration, 60 * below(20)))
          : undefined,
    });
  }
  const links: LinkInput[] = [];
  for (let i = below(2 * tasks); i > 0; i--) {
    const a = below(tasks);
    const b = below(tasks);
    if (a === b) continue;
    links.push({
      from: Math.min(a, b),
      to: Math.max(a, b),
      type: LINK_TYPES[below(LINK_TYPES.length)] ?? "FS",
      lag: chance(0.3)
        ? toWorkingMinutes(60 * (below(30) - 8) + (chance(0.1) ? 0.3 : 0))
        : undefined,
      lagElapsed: chance(0.05),
      lagPercent: chance(0.05) ? below(150) - 25 : undefined,
    });
  }
  const fromFinish = chance(0.15);
  return {
    calendars: calendars(dice),
    projectCalendar: chance(0.15) ? below(3) : 0,
    projectStart: toLocalMinute(projectStart),
    scheduleFrom: fromFinish ? "finish" : undefined,
    projectFinish: fromFinish
      ? toLocalMinute(projectStart + 1440 * (20 + below(60)) + 1020)
      : undefined,
    honorConstraints: chance(0.3) ? chance(0.5) : undefined,
    lateDateStyle: chance(0.4) ? STYLES[below(STYLES.length)] : undefined,
    lagCalendar: chance(0.3) ? LAG_CALENDARS[below(LAG_CALENDARS.length)] : undefined,
    criticalFloatLimit: chance(0.2) ? toWorkingMinutes(DAY * below(3)) : undefined,
    tasks: list,
    links,
    ...statusDateOptions(dice, projectStart),
  };
}

/** Sometimes a status date, and sometimes uncompleted work rescheduled after it. */
function statusDateOptions(
  dice: Dice,
  projectStart: number,
): Pick<ScheduleInput, "statusDate" | "scheduleRemainingFromStatusDate"> {
  if (!dice.chance(0.3)) return {};
  return {
    statusDate: toLocalMinute(projectStart + 1440 * dice.below(30) + 60 * dice.below(24)),
    scheduleRemainingFromStatusDate: dice.chance(0.7),
  };
}

/** A random edit of any kind to `plan`. */
export function randomEdit(random: () => number, plan: SchedulePlan): ScheduleEdit {
  const { below, chance } = diceOf(random);
  const tasks = plan.input.tasks.length;
  const task = below(tasks);
  const start = plan.input.projectStart;
  const at = (days: number, minute: number) => toLocalMinute(start + days * 1440 + minute);
  switch (below(6)) {
    case 0:
    case 1:
      return {
        kind: "duration",
        task,
        duration: toWorkingMinutes(60 * below(50) + (chance(0.1) ? 0.5 : 0)),
      };
    case 2: {
      const type = CONSTRAINTS[below(CONSTRAINTS.length)] ?? "ASAP";
      const date = type === "ASAP" || type === "ALAP" ? undefined : at(below(40), 480);
      return { kind: "constraint", task, constraint: { type, date } };
    }
    case 3:
      return { kind: "deadline", task, deadline: chance(0.3) ? undefined : at(below(40), 1020) };
    case 4:
      return {
        kind: "progress",
        task,
        actualStart: chance(0.2) ? undefined : at(below(5), 0),
        actualFinish: chance(0.7) ? undefined : at(5 + below(5), 0),
        actualDuration: chance(0.5) ? undefined : toWorkingMinutes(60 * below(10)),
        percentComplete: below(100),
      };
    default: {
      if (chance(0.5) && plan.input.links.length > 0)
        return { kind: "removeLink", link: below(plan.input.links.length) };
      const other = below(tasks);
      return {
        kind: "addLink",
        link: {
          from: Math.min(task, other),
          to:
            Math.max(task, other) === Math.min(task, other)
              ? (task + 1) % tasks
              : Math.max(task, other),
          type: EDIT_LINK_TYPES[below(EDIT_LINK_TYPES.length)] ?? "FS",
          lag: chance(0.3) ? toWorkingMinutes(DAY) : undefined,
        },
      };
    }
  }
}
