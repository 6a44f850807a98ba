// Builders for small ProjectDocuments in tests: every required field has a plain default, so a
// test states only what it is about (`buildTask({ uid: 2, durationMinutes: 960 })`).

import {
  isLocalDate,
  type LocalDate,
  type LocalDateTime,
  parseLocalDateTime,
} from "./document/local-date-time.js";
import type {
  CalendarDefinition,
  ProjectDocument,
  ProjectSettings,
  TaskLink,
  TaskRecord,
  WeekDayDefinition,
} from "./document/project-document.js";
import { type TaskUid, toCalendarUid, toTaskUid } from "./document/record-uids.js";
import { defaultProjectSettings } from "./inferred-project-settings.js";

/** A local date-time from literal text; throws on a typo so tests fail loudly. */
export function at(text: string): LocalDateTime {
  const value = parseLocalDateTime(text);
  if (value === undefined) throw new RangeError(`not a local date-time: ${text}`);
  return value;
}

/** A local date from literal text; throws on a typo. */
export function day(text: string): LocalDate {
  if (!isLocalDate(text)) throw new RangeError(`not a local date: ${text}`);
  return text;
}

const STANDARD_DAY = [
  { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
  { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
];

/** MS Project's Standard calendar: Monday–Friday 08:00–12:00, 13:00–17:00. */
export function buildStandardCalendar(uid = 1): CalendarDefinition {
  const weekDays: WeekDayDefinition[] = ([0, 1, 2, 3, 4, 5, 6] as const).map((day) => {
    const working = day >= 1 && day <= 5;
    return { day, working, workingTimes: working ? STANDARD_DAY : [] };
  });
  return {
    uid: toCalendarUid(uid),
    name: "Standard",
    isBaseCalendar: true,
    weekDays,
    exceptions: [],
    workWeeks: [],
  };
}

/** Project settings with MS Project's defaults, starting Monday 2027-01-04 08:00. */
export function buildSettings(overrides: Partial<ProjectSettings> = {}): ProjectSettings {
  return {
    ...defaultProjectSettings({ format: "mspdi" }, at("2027-01-04T08:00:00"), toCalendarUid(1)),
    ...overrides,
  };
}

/** A task row: an automatic, active, one-day, top-level task unless told otherwise. */
export function buildTask(
  overrides: Partial<Omit<TaskRecord, "uid">> & { uid: number },
): TaskRecord {
  const { uid, ...rest } = overrides;
  return {
    id: uid,
    name: `Task ${uid}`,
    outlineLevel: 1,
    isNull: false,
    summary: false,
    milestone: false,
    manual: false,
    active: true,
    durationMinutes: 480,
    estimated: false,
    constraint: { type: "asSoonAsPossible" },
    priority: 500,
    percentComplete: 0,
    baselines: [],
    extendedAttributes: [],
    stored: {},
    ...rest,
    uid: toTaskUid(uid),
  };
}

/** A finish-to-start link without lag. */
export function buildLink(
  predecessorUid: number,
  successorUid: number,
  overrides: Partial<TaskLink> = {},
): TaskLink {
  return {
    predecessorUid: toTaskUid(predecessorUid),
    successorUid: toTaskUid(successorUid),
    type: "FS",
    lag: { kind: "time", minutes: 0, format: { unit: "days", elapsed: false, estimated: false } },
    ...overrides,
  };
}

/** Parts of a document to build; links may name UIDs as plain numbers. */
export interface DocumentParts {
  readonly settings?: Partial<ProjectSettings>;
  readonly calendars?: readonly CalendarDefinition[];
  readonly tasks?: readonly TaskRecord[];
  readonly links?: readonly (Omit<TaskLink, "predecessorUid" | "successorUid"> & {
    predecessorUid: number;
    successorUid: number;
  })[];
}

/** A document with the Standard calendar and the given tasks and links. */
export function buildDocument(parts: DocumentParts = {}): ProjectDocument {
  const uid = (value: number): TaskUid => toTaskUid(value);
  return {
    settings: buildSettings(parts.settings),
    calendars: parts.calendars ?? [buildStandardCalendar()],
    tasks: parts.tasks ?? [],
    links: (parts.links ?? []).map((link) => ({
      ...link,
      predecessorUid: uid(link.predecessorUid),
      successorUid: uid(link.successorUid),
    })),
    resources: [],
    assignments: [],
    extendedAttributes: [],
  };
}

/** Monday–Friday 08:00–12:00, 13:00–17:00 in P6's clndr_data, with the given holiday serials. */
export function xerStandardCalendarData(holidaySerials: readonly number[] = []): string {
  const day = (n: number, working: boolean) =>
    working ? `(0||${n}()((0||0(s|08:00|f|12:00)())(0||1(s|13:00|f|17:00)())))` : `(0||${n}()())`;
  const week = [1, 2, 3, 4, 5, 6, 7].map((n) => day(n, n >= 2 && n <= 6)).join("");
  const holidays = holidaySerials.map((serial, i) => `(0||${i}(d|${serial})())`).join("");
  return `(0||CalendarData()((0||DaysOfWeek()(${week}))(0||Exceptions()(${holidays}))))`;
}

/** One XER table: its name, fields and records (values in field order). */
export interface XerTableParts {
  readonly name: string;
  readonly fields: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** XER text from tables, with the ERMHDR line and the %E end marker P6 writes. */
export function buildXerText(
  tables: readonly XerTableParts[],
  options: { end?: boolean } = {},
): string {
  const lines = [
    "ERMHDR\t8.3\t2027-01-01\tProject\tadmin\tadmin\tdbxDatabaseNoName\tProject Management\tUSD",
  ];
  for (const table of tables) {
    lines.push(`%T\t${table.name}`, `%F\t${table.fields.join("\t")}`);
    for (const row of table.rows) lines.push(`%R\t${row.join("\t")}`);
  }
  if (options.end !== false) lines.push("%E");
  return `${lines.join("\r\n")}\r\n`;
}

/** A small P6 project: two WBS nodes, activities and relationships given by the caller. */
export function buildXerProject(parts: {
  readonly activities: readonly {
    id: number;
    code: string;
    name: string;
    wbs?: number;
    hours: number;
    type?: string;
    constraint?: string;
    constraintDate?: string;
  }[];
  readonly relationships?: readonly {
    successor: number;
    predecessor: number;
    type?: string;
    lagHours?: number;
  }[];
  readonly projects?: readonly { id: number; name: string }[];
  readonly calendarData?: string;
}): string {
  const projects = parts.projects ?? [{ id: 1, name: "DEMO" }];
  const projectId = projects[0]?.id ?? 1;
  return buildXerText([
    {
      name: "PROJECT",
      fields: [
        "proj_id",
        "proj_short_name",
        "clndr_id",
        "plan_start_date",
        "name_sep_char",
        "project_flag",
      ],
      rows: projects.map((project) => [project.id, project.name, 1, "2027-01-04 08:00", ".", "Y"]),
    },
    {
      name: "CALENDAR",
      fields: [
        "clndr_id",
        "default_flag",
        "clndr_name",
        "proj_id",
        "base_clndr_id",
        "clndr_type",
        "day_hr_cnt",
        "week_hr_cnt",
        "month_hr_cnt",
        "clndr_data",
      ],
      rows: [
        [
          1,
          "Y",
          "Standard",
          "",
          "",
          "CA_Base",
          8,
          40,
          172,
          parts.calendarData ?? xerStandardCalendarData(),
        ],
      ],
    },
    {
      name: "PROJWBS",
      fields: [
        "wbs_id",
        "proj_id",
        "seq_num",
        "proj_node_flag",
        "wbs_short_name",
        "wbs_name",
        "parent_wbs_id",
      ],
      rows: [
        [10, projectId, 0, "Y", "DEMO", "Demo project", ""],
        [11, projectId, 1, "N", "D", "Design", 10],
        [12, projectId, 2, "N", "B", "Build", 10],
      ],
    },
    {
      name: "TASK",
      fields: [
        "task_id",
        "proj_id",
        "wbs_id",
        "clndr_id",
        "task_type",
        "status_code",
        "task_code",
        "task_name",
        "target_drtn_hr_cnt",
        "remain_drtn_hr_cnt",
        "cstr_type",
        "cstr_date",
      ],
      rows: parts.activities.map((a) => [
        a.id,
        projectId,
        a.wbs ?? 11,
        1,
        a.type ?? "TT_Task",
        "TK_NotStart",
        a.code,
        a.name,
        a.hours,
        a.hours,
        a.constraint ?? "",
        a.constraintDate ?? "",
      ]),
    },
    {
      name: "TASKPRED",
      fields: [
        "task_pred_id",
        "task_id",
        "pred_task_id",
        "proj_id",
        "pred_proj_id",
        "pred_type",
        "lag_hr_cnt",
      ],
      rows: (parts.relationships ?? []).map((r, i) => [
        i + 1,
        r.successor,
        r.predecessor,
        projectId,
        projectId,
        r.type ?? "PR_FS",
        r.lagHours ?? 0,
      ]),
    },
  ]);
}
