// A project file's document as the rows of a plan: the inverse of plan-document.ts. Tasks are
// renumbered 1..n in file order (the file's UID is kept as `sourceUid`), links and assignments
// follow their tasks, calendars and resources keep their UIDs, and each resource whose e-mail
// address is an organisation member's is mapped to that member. What the plan cannot hold yet
// (links to other projects, an assignment's cost and work contour) is left out with a warning,
// never silently.

import { randomUUID } from "node:crypto";
import { Calendar as CalendarSchema } from "@orrery/contracts/calendars";
import type { ImportResult } from "@orrery/contracts/plans";
import { Invalid } from "@orrery/core/errors/domain-error";
import type {
  AssignmentRecord,
  ProjectDocument,
  ResourceRecord,
  TaskRecord,
} from "@orrery/interop/document/project-document";
import { standardCalendarRow } from "./plan-defaults.js";
import { FileSettings, type PlanState } from "./plan-document.js";
import { linkRowOf, newTaskRow } from "./plan-edits.js";
import type { BaselineRow, CalendarRow, LinkRow, PlanKey, PlanRow, TaskRow } from "./plan-store.js";
import type { AssignmentRow, ResourceRow } from "./resource-store.js";

type Warning = ImportResult["warnings"][number];

/** The plan a document becomes, with its baselines and the warnings for the preview. */
export interface ImportedPlan {
  readonly state: PlanState;
  readonly baselines: readonly BaselineRow[];
  readonly resources: readonly ResourceRow[];
  readonly assignments: readonly AssignmentRow[];
  readonly warnings: readonly Warning[];
}

/** Organisation members by lower-cased e-mail address, to map resources to people. */
export type MembersByEmail = ReadonlyMap<string, string>;

function resourceRowOf(
  key: PlanKey,
  resource: ResourceRecord,
  members: MembersByEmail,
): ResourceRow {
  const email = resource.emailAddress?.trim() || null;
  return {
    ...key,
    uid: resource.uid,
    name: resource.name.trim() || `Resource ${resource.uid}`,
    initials: resource.initials ?? null,
    type: resource.type,
    email,
    maxUnits: resource.maxUnits ?? null,
    calendarUid: resource.calendarUid ?? null,
    userId: email === null ? null : (members.get(email.toLowerCase()) ?? null),
    version: 1,
  };
}

/** Resources with a UID of 1 or more: MS Project's UID 0 and blank rows are not resources. */
function resourceRowsOf(
  key: PlanKey,
  resources: readonly ResourceRecord[],
  members: MembersByEmail,
): ResourceRow[] {
  return resources
    .filter((resource) => !resource.isNull && resource.uid >= 1)
    .map((resource) => resourceRowOf(key, resource, members));
}

const positive = (value: number | undefined) => value !== undefined && value > 0;

/** True when the file's resources or assignments carry costs or baselines the plan cannot hold. */
function carriesMoney(document: ProjectDocument): boolean {
  return (
    document.resources.some(
      (resource) =>
        positive(resource.standardRatePerHour) ||
        positive(resource.overtimeRatePerHour) ||
        positive(resource.costPerUse) ||
        resource.baselines.length > 0,
    ) ||
    document.assignments.some(
      (assignment) => positive(assignment.cost) || assignment.baselines.length > 0,
    )
  );
}

/** Assignments of imported tasks to imported resources; anything else is a warning. */
function assignmentRowsOf(
  key: PlanKey,
  assignments: readonly AssignmentRecord[],
  uidOfSource: ReadonlyMap<number, number>,
  resourceUids: ReadonlySet<number>,
  warnings: Warning[],
): AssignmentRow[] {
  const rows = new Map<string, AssignmentRow>();
  for (const assignment of assignments) {
    // MS Project writes a placeholder assignment (no resource) for every unassigned task.
    if (assignment.resourceUid === undefined) continue;
    const taskUid = uidOfSource.get(assignment.taskUid);
    const pair = `${taskUid}/${assignment.resourceUid}`;
    if (taskUid === undefined || !resourceUids.has(assignment.resourceUid) || rows.has(pair)) {
      warnings.push({
        row: taskUid ?? null,
        message:
          taskUid === undefined
            ? `the assignment of resource ${assignment.resourceUid} to task ${assignment.taskUid} names a task that is not imported`
            : rows.has(pair)
              ? `resource ${assignment.resourceUid} is assigned to task ${assignment.taskUid} twice; the first assignment is kept`
              : `the assignment to task ${assignment.taskUid} names resource ${assignment.resourceUid}, which is not imported`,
      });
      continue;
    }
    rows.set(pair, {
      ...key,
      taskUid,
      resourceUid: assignment.resourceUid,
      units: Math.max(0, assignment.units),
      workMinutes: assignment.workMinutes,
    });
  }
  return [...rows.values()];
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
  members: MembersByEmail = new Map(),
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
  const resources = resourceRowsOf(key, document.resources, members);
  const assignments = assignmentRowsOf(
    key,
    document.assignments,
    uidOfSource,
    new Set(resources.map((resource) => resource.uid)),
    warnings,
  );
  if (carriesMoney(document))
    warnings.push({
      row: null,
      message:
        "resource rates and costs, and the baselines of resources and assignments, are not imported (Orrery keeps each resource and each assignment's units and work)",
    });

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
  return {
    state: { plan: nextPlan, tasks, links, calendars },
    baselines,
    resources,
    assignments,
    warnings,
  };
}
