// Reads a Primavera P6 XER export into a ProjectDocument: one project of the file (chosen by
// name or id, the first by default), its WBS as summary tasks, its activities, relationships,
// calendars, activity codes (as custom text fields), resources and assignments. A file is read
// whole or not at all: the first problem found is returned and nothing else.

import type {
  ExtendedAttributeDefinition,
  ProjectDocument,
  TaskRecord,
} from "../document/project-document.js";
import { ProjectFileError } from "../document/project-file-error.js";
import { toCalendarUid, toTaskUid } from "../document/record-uids.js";
import { defaultProjectSettings, earliestDateTime } from "../inferred-project-settings.js";
import { type ActivityCaveat, readXerActivity } from "./xer-activity.js";
import { readXerCalendar } from "./xer-calendar.js";
import { readXerActivityCodes, readXerResources } from "./xer-codes-and-resources.js";
import { recordsOf, type XerFields } from "./xer-fields.js";
import { readXerRelationships } from "./xer-relationships.js";
import { parseXerTables, type XerFile } from "./xer-tables.js";

/** Which project of a multi-project file to read. */
export interface XerReadOptions {
  /** A project's short name (P6 "Project ID", e.g. `EventsExample`) or its numeric proj_id. */
  readonly project?: string;
}

/** The document and what the reader wants the user to know, or the problem that stopped it. */
export type XerReadResult =
  | { readonly ok: true; readonly document: ProjectDocument; readonly notices: readonly string[] }
  | { readonly ok: false; readonly error: ProjectFileError };

const CAVEAT_NOTICES: Record<ActivityCaveat, string> = {
  levelOfEffort:
    "level-of-effort activities are scheduled as ordinary tasks with their planned duration",
  wbsSummary: "WBS summary activities are scheduled as ordinary tasks with their planned duration",
  secondaryConstraint:
    "secondary constraints (cstr_type2) are not carried over; only the primary constraint is",
};

/** Reads XER text. Never throws for bad input. */
export function readXer(text: string, file: string, options: XerReadOptions = {}): XerReadResult {
  const parsed = parseXerTables(text, file);
  if (!parsed.ok) return parsed;
  try {
    return readProject(parsed.xer, file, options);
  } catch (error) {
    if (error instanceof ProjectFileError) return { ok: false, error };
    throw error;
  }
}

function readProject(xer: XerFile, file: string, options: XerReadOptions): XerReadResult {
  const notices: string[] = [];
  const tableFields = (name: string) => recordsOf(file, xer.tables.get(name));
  const projects = tableFields("PROJECT").filter((project) => project.text("project_flag") !== "N");
  const project = chooseProject(projects, file, options, notices);
  const projectId = project.text("proj_id") ?? "";
  const inProject = (fields: XerFields) =>
    !fields.table.hasField("proj_id") || (fields.text("proj_id") ?? "") === projectId;

  const calendarRecords = tableFields("CALENDAR").filter((calendar) => {
    const owner = calendar.text("proj_id");
    return owner === undefined || owner === projectId;
  });
  const calendars = calendarRecords.map(readXerCalendar);
  const calendarUids = new Set<number>(calendars.map((calendar) => calendar.uid));
  const defaultCalendar = chooseDefaultCalendar(project, calendarRecords);
  const hoursPerDay = defaultCalendar?.number("day_hr_cnt") ?? 8;
  const minutesPerDay = hoursPerDay * 60;
  const minutesPerWeek = (defaultCalendar?.number("week_hr_cnt") ?? hoursPerDay * 5) * 60;
  const monthHours = defaultCalendar?.number("month_hr_cnt");
  const daysPerMonth =
    monthHours === undefined ? 20 : Math.max(1, Math.round(monthHours / hoursPerDay));

  const codes = readXerActivityCodes(file, xer, projectId, notices);
  const wbsRecords = tableFields("PROJWBS").filter(inProject);
  const activities = tableFields("TASK").filter(inProject);
  const caveatsSeen = new Set<ActivityCaveat>();
  const separator = project.text("name_sep_char") ?? ".";

  // The outline: the project summary (UID 0), then depth first through the WBS, each node's
  // child nodes (by seq_num) before its own activities (in file order), as P6 lays them out.
  const root = wbsRecords.find((wbs) => wbs.flag("proj_node_flag") === true);
  const rootId = root?.id("wbs_id");
  const childWbs = new Map<number | undefined, XerFields[]>();
  const wbsIds = new Set<number>();
  for (const wbs of wbsRecords) {
    if (wbs === root) continue;
    const id = wbs.requiredId("wbs_id");
    wbsIds.add(id);
    const parent = wbs.id("parent_wbs_id");
    const key = parent === rootId ? undefined : parent;
    appendTo(childWbs, key, wbs);
  }
  for (const [parent, children] of childWbs) {
    if (parent !== undefined && !wbsIds.has(parent)) {
      const orphan = children[0];
      if (orphan !== undefined)
        throw orphan.error(
          "unknown-reference",
          "parent_wbs_id",
          `${parent} is not a WBS node of the project`,
        );
    }
  }
  const activitiesOfWbs = new Map<number | undefined, XerFields[]>();
  for (const activity of activities) {
    const wbs = activity.id("wbs_id");
    if (wbs !== undefined && wbs !== rootId && !wbsIds.has(wbs)) {
      throw activity.error(
        "unknown-reference",
        "wbs_id",
        `${wbs} is not a WBS node of the project`,
      );
    }
    const key = wbs === rootId ? undefined : wbs;
    appendTo(activitiesOfWbs, key, activity);
  }

  const projectName = root?.text("wbs_name") ?? project.text("proj_short_name") ?? file;
  const tasks: TaskRecord[] = [summaryTask(0, projectName, 0, "0", undefined)];
  const uidOfActivity = new Map<number, number>();
  const visit = (
    wbsId: number | undefined,
    level: number,
    numberPrefix: string,
    wbsPrefix: string | undefined,
  ) => {
    let position = 0;
    const children = [...(childWbs.get(wbsId) ?? [])].sort(
      (a, b) => (a.number("seq_num") ?? 0) - (b.number("seq_num") ?? 0),
    );
    for (const child of children) {
      position++;
      const code = child.text("wbs_short_name") ?? String(child.requiredId("wbs_id"));
      const wbsCode = wbsPrefix === undefined ? code : `${wbsPrefix}${separator}${code}`;
      tasks.push(
        summaryTask(
          tasks.length,
          child.text("wbs_name") ?? code,
          level,
          `${numberPrefix}${position}`,
          wbsCode,
        ),
      );
      visit(child.requiredId("wbs_id"), level + 1, `${numberPrefix}${position}.`, wbsCode);
    }
    for (const activity of activitiesOfWbs.get(wbsId) ?? []) {
      position++;
      const uid = tasks.length;
      const activityId = activity.requiredId("task_id");
      if (uidOfActivity.has(activityId))
        throw activity.error(
          "invalid-value",
          "task_id",
          `${activityId} is used by an earlier activity too`,
        );
      uidOfActivity.set(activityId, uid);
      const calendarId = activity.id("clndr_id");
      if (calendarId !== undefined && !calendarUids.has(calendarId)) {
        throw activity.error(
          "unknown-reference",
          "clndr_id",
          `${calendarId} is not a calendar of the file`,
        );
      }
      tasks.push(
        readXerActivity(
          activity,
          {
            uid: toTaskUid(uid),
            outlineLevel: level,
            outlineNumber: `${numberPrefix}${position}`,
            wbs: wbsPrefix,
            calendarUid: calendarId === undefined ? undefined : toCalendarUid(calendarId),
            extendedAttributes: codes.valuesOf(activity),
          },
          minutesPerDay,
          (caveat) => caveatsSeen.add(caveat),
        ),
      );
    }
  };
  visit(undefined, 1, "", undefined);
  // WBS nodes whose parents loop among themselves never hang from the project node; their
  // activities would vanish without a word, so the file is refused instead.
  const unplaced = activities.find(
    (activity) => !uidOfActivity.has(activity.requiredId("task_id")),
  );
  if (unplaced !== undefined) {
    throw unplaced.error(
      "unknown-reference",
      "wbs_id",
      `${unplaced.text("wbs_id")} is a WBS node whose parents never reach the project node (they form a loop)`,
    );
  }
  for (const caveat of caveatsSeen) notices.push(CAVEAT_NOTICES[caveat]);

  const links = readXerRelationships(file, xer, projectId, uidOfActivity, minutesPerDay, notices);
  const resources = readXerResources(file, xer, projectId, uidOfActivity, calendarUids);
  const startDate =
    project.dateTime("plan_start_date") ?? earliestDateTime(tasks.map((task) => task.start));
  if (startDate === undefined)
    throw project.error(
      "missing-field",
      "plan_start_date",
      "is empty and no activity has a start date",
    );
  const criticalHours = project.number("critical_drtn_hr_cnt");
  const defaultCalendarUid =
    defaultCalendar === undefined
      ? undefined
      : toCalendarUid(defaultCalendar.requiredId("clndr_id"));
  const document: ProjectDocument = {
    settings: {
      ...defaultProjectSettings({ format: "xer" }, startDate, defaultCalendarUid),
      name: project.text("proj_short_name"),
      title: projectName,
      guid: project.text("guid"),
      finishDate: project.dateTime("scd_end_date"),
      statusDate: project.dateTime("last_recalc_date"),
      minutesPerDay,
      minutesPerWeek,
      daysPerMonth,
      criticalSlackLimitDays: criticalHours === undefined ? 0 : criticalHours / hoursPerDay,
      fiscalYearStartMonth: project.id("fy_start_month_num"),
    },
    calendars,
    tasks: markSummaries(tasks),
    links,
    resources: resources.resources,
    assignments: resources.assignments,
    extendedAttributes: codes.definitions satisfies readonly ExtendedAttributeDefinition[],
  };
  return { ok: true, document, notices };
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function chooseProject(
  projects: readonly XerFields[],
  file: string,
  options: XerReadOptions,
  notices: string[],
): XerFields {
  const describe = (project: XerFields) =>
    project.text("proj_short_name") ?? project.text("proj_id") ?? "(unnamed)";
  if (projects.length === 0) {
    throw new ProjectFileError(
      "missing-field",
      "the file has no project (no PROJECT table or no rows in it)",
      { file, table: "PROJECT" },
    );
  }
  const wanted = options.project?.trim();
  if (wanted !== undefined && wanted.length > 0) {
    const match = projects.find(
      (project) =>
        project.text("proj_short_name")?.toLowerCase() === wanted.toLowerCase() ||
        project.text("proj_id") === wanted,
    );
    if (match === undefined) {
      throw new ProjectFileError(
        "invalid-value",
        `there is no project "${wanted}"; the file holds ${projects.map(describe).join(", ")}`,
        {
          file,
          table: "PROJECT",
        },
      );
    }
    return match;
  }
  const [first] = projects;
  if (first === undefined)
    throw new ProjectFileError("missing-field", "the file has no project", { file });
  if (projects.length > 1) {
    notices.push(
      `the file holds ${projects.length} projects (${projects.map(describe).join(", ")}); read the first, ${describe(first)} (choose another with the project option)`,
    );
  }
  return first;
}

function chooseDefaultCalendar(
  project: XerFields,
  calendars: readonly XerFields[],
): XerFields | undefined {
  const projectCalendar = project.id("clndr_id");
  return (
    calendars.find((calendar) => calendar.id("clndr_id") === projectCalendar) ??
    calendars.find((calendar) => calendar.flag("default_flag") === true) ??
    calendars[0]
  );
}

function summaryTask(
  uid: number,
  name: string,
  level: number,
  outlineNumber: string,
  wbs: string | undefined,
): TaskRecord {
  return {
    uid: toTaskUid(uid),
    id: uid,
    name,
    outlineLevel: level,
    outlineNumber: level === 0 ? undefined : outlineNumber,
    wbs,
    isNull: false,
    summary: true,
    milestone: false,
    manual: false,
    active: true,
    durationMinutes: 0,
    estimated: false,
    constraint: { type: "asSoonAsPossible" },
    priority: 500,
    percentComplete: 0,
    baselines: [],
    extendedAttributes: [],
    stored: {},
  };
}

/** A WBS node without activities or children is not a summary after all. */
function markSummaries(tasks: readonly TaskRecord[]): TaskRecord[] {
  return tasks.map((task, index) => {
    const next = tasks[index + 1];
    const summary = next !== undefined && next.outlineLevel > task.outlineLevel;
    return task.summary === summary ? task : { ...task, summary };
  });
}
