// A project file's document as the rows of a plan: the inverse of plan-document.ts. Tasks are
// renumbered 1..n in file order (the file's UID is kept as `sourceUid`), links follow their
// tasks, calendars keep their UIDs. What the plan cannot hold yet (resources, assignments,
// links to other projects) is left out with a warning, never silently.

import { randomUUID } from "node:crypto";
import { Calendar as CalendarSchema } from "@orrery/contracts/calendars";
import type { ImportResult } from "@orrery/contracts/plans";
import { Invalid } from "@orrery/core/errors/domain-error";
import type { ProjectDocument, TaskRecord } from "@orrery/interop/document/project-document";
import { standardCalendarRow } from "./plan-defaults.js";
import { FileSettings, type PlanState } from "./plan-document.js";
import { linkRowOf, newTaskRow } from "./plan-edits.js";
import type { BaselineRow, CalendarRow, LinkRow, PlanKey, PlanRow, TaskRow } from "./plan-store.js";

type Warning = ImportResult["warnings"][number];

/** The plan a document becomes, with its baselines and the warnings for the preview. */
export interface ImportedPlan {
  readonly state: PlanState;
  readonly baselines: readonly BaselineRow[];
  readonly warnings: readonly Warning[];
}

function durationUnitOf(unit: string | undefined): string {
  return unit === undefined || unit === "percent" ? "days" : unit;
}

function calendarRowsOf(key: PlanKey, document: ProjectDocument): CalendarRow[] {
  const uids = new Set(document.calendars.map((calendar) => calendar.uid));
  const rows = document.calendars.map((calendar) => ({
    ...key,
    uid: calendar.uid,
    name: calendar.name || `Calendar ${calendar.uid}`,
    isBase: calendar.isBaseCalendar || calendar.baseCalendarUid === undefined,
    baseUid:
      calendar.baseCalendarUid !== undefined && uids.has(calendar.baseCalendarUid)
        ? calendar.baseCalendarUid
        : null,
    weekDays: calendar.weekDays,
    exceptions: calendar.exceptions,
    workWeeks: calendar.workWeeks,
    version: 1,
  }));
  for (const row of rows) {
    const checked = CalendarSchema.safeParse({
      ...row,
      baseCalendarUid: row.baseUid,
      isBaseCalendar: row.isBase,
      isProjectCalendar: false,
    });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Invalid([
        {
          path: `file.calendars[${row.uid}].${issue?.path.join(".") ?? ""}`,
          message: issue?.message ?? "is not a calendar Orrery can keep",
        },
      ]);
    }
  }
  return rows;
}

function taskRowOf(
  key: PlanKey,
  task: TaskRecord,
  uid: number,
  level: number,
  calendars: ReadonlySet<number>,
): TaskRow {
  return newTaskRow(key, uid, {
    position: uid,
    outlineLevel: level,
    wbs: task.wbs ?? null,
    name: task.name,
    durationMinutes: task.durationMinutes,
    durationUnit: durationUnitOf(task.durationFormat?.unit),
    durationElapsed: task.durationFormat?.elapsed === true,
    durationEstimated: task.estimated,
    manual: task.manual,
    manualStart: task.manual ? (task.manualStart ?? task.start ?? null) : null,
    manualFinish: task.manual ? (task.manualFinish ?? task.finish ?? null) : null,
    constraintType: task.constraint.type,
    constraintDate: task.constraint.date ?? null,
    deadline: task.deadline ?? null,
    calendarUid:
      task.calendarUid !== undefined && calendars.has(task.calendarUid) ? task.calendarUid : null,
    milestone: task.milestone,
    active: task.active,
    percentComplete: Math.min(100, Math.max(0, task.percentComplete)),
    actualStart: task.actualStart ?? null,
    actualFinish: task.actualFinish ?? null,
    actualDurationMinutes: task.actualDurationMinutes ?? null,
    remainingDurationMinutes: task.remainingDurationMinutes ?? null,
    notes: task.notes ?? null,
    sourceUid: task.uid,
  });
}

/** The rows a document becomes in the plan `plan` (whose settings it replaces). */
export function importedPlanOf(
  key: PlanKey,
  plan: PlanRow,
  document: ProjectDocument,
  notices: readonly string[],
): ImportedPlan {
  const warnings: Warning[] = notices.map((message) => ({ row: null, message }));
  let calendars = calendarRowsOf(key, document);
  if (calendars.length === 0) calendars = [standardCalendarRow(key)];
  const calendarUids = new Set(calendars.map((calendar) => calendar.uid));
  const { settings } = document;
  const projectCalendar =
    settings.defaultCalendarUid !== undefined && calendarUids.has(settings.defaultCalendarUid)
      ? settings.defaultCalendarUid
      : (calendars.find((calendar) => calendar.isBase)?.uid ?? null);

  const uidOfSource = new Map<number, number>();
  const tasks: TaskRow[] = [];
  const baselines: BaselineRow[] = [];
  let previousLevel = 0;
  for (const task of document.tasks) {
    if (task.isNull || task.outlineLevel < 1) continue;
    const uid = tasks.length + 1;
    // A file that skips an outline level gets the nearest level that keeps the outline whole.
    const level = Math.min(task.outlineLevel, previousLevel + 1);
    if (level !== task.outlineLevel)
      warnings.push({
        row: task.id,
        message: `task ${task.uid} "${task.name}": outline level ${task.outlineLevel} follows level ${previousLevel}; imported at level ${level}`,
      });
    previousLevel = level;
    uidOfSource.set(task.uid, uid);
    tasks.push(taskRowOf(key, task, uid, level, calendarUids));
    for (const baseline of task.baselines) {
      if (baseline.number < 0 || baseline.number > 10) continue;
      baselines.push({
        ...key,
        taskUid: uid,
        number: baseline.number,
        start: baseline.start ?? null,
        finish: baseline.finish ?? null,
        durationMinutes: baseline.durationMinutes ?? null,
        workMinutes: baseline.workMinutes ?? null,
        cost: baseline.cost ?? null,
      });
    }
  }

  const links: LinkRow[] = [];
  for (const link of document.links) {
    const from = uidOfSource.get(link.predecessorUid);
    const to = uidOfSource.get(link.successorUid);
    if (link.crossProject || from === undefined || to === undefined) {
      warnings.push({
        row: to ?? null,
        message: link.crossProject
          ? `the link from ${link.crossProjectName ?? "another project"} to task ${link.successorUid} is not imported (links between projects are not supported yet)`
          : `the link from task ${link.predecessorUid} to task ${link.successorUid} names a task that is not imported (the project summary or a blank row)`,
      });
      continue;
    }
    const lag =
      link.lag.kind === "percent"
        ? link.lag
        : {
            kind: "time" as const,
            minutes: link.lag.minutes,
            unit: durationUnitOf(link.lag.format.unit),
            elapsed: link.lag.format.elapsed,
          };
    links.push(
      linkRowOf(key, randomUUID(), {
        predecessorUid: from,
        successorUid: to,
        type: link.type,
        lag,
      }),
    );
  }
  if (document.resources.length > 0 || document.assignments.length > 0) {
    warnings.push({
      row: null,
      message: `${document.resources.length} resources and ${document.assignments.length} assignments are not imported (resources come in a later version)`,
    });
  }

  const fileSettings = FileSettings.parse({
    name: settings.name,
    title: settings.title,
    author: settings.author,
    company: settings.company,
    manager: settings.manager,
    subject: settings.subject,
    currencyCode: settings.currencyCode,
    currencySymbol: settings.currencySymbol,
    currencyDigits: settings.currencyDigits,
  });
  const nextPlan: PlanRow = {
    ...plan,
    start: settings.startDate,
    finish: null,
    statusDate: settings.statusDate ?? null,
    scheduleFrom: settings.scheduleFrom,
    calendarUid: projectCalendar,
    minutesPerDay: Math.round(settings.minutesPerDay),
    minutesPerWeek: Math.round(settings.minutesPerWeek),
    daysPerMonth: Math.round(settings.daysPerMonth),
    honorConstraints: settings.honorConstraints,
    criticalSlackLimitDays: Math.round(settings.criticalSlackLimitDays),
    weekStartDay: settings.weekStartDay,
    fileSettings,
  };
  return { state: { plan: nextPlan, tasks, links, calendars }, baselines, warnings };
}
