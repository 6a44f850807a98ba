// Puts Orrery's computed schedule into a document, so that an exported plan (MSPDI, CSV, XLSX)
// shows the dates Orrery computed rather than the ones the file was read with. Only computed
// values change: durations, links, constraints and actuals stay as the user entered them.

import { type LocalDateTime, parseLocalDateTime } from "./document/local-date-time.js";
import type { ProjectDocument, TaskRecord } from "./document/project-document.js";
import type { ScheduleReport, TaskScheduleReport } from "./schedule-report.js";

/**
 * The document with each reported task's start, finish, early and late dates, slack and critical
 * flag replaced by the report's, and the project start and finish (and the project summary, UID
 * 0) set from the report. Start and finish slack, which the engine does not report, are cleared
 * rather than left stale. Tasks the report leaves out (null rows) are unchanged.
 */
export function withComputedSchedule(
  document: ProjectDocument,
  report: ScheduleReport,
): ProjectDocument {
  const byUid = new Map<number, TaskScheduleReport>();
  for (const task of report.tasks) byUid.set(task.uid, task);
  const projectStart = parseLocalDateTime(report.project.start);
  const projectFinish = parseLocalDateTime(report.project.finish);
  const tasks = document.tasks.map((task): TaskRecord => {
    if (task.uid === 0 && !task.isNull) {
      return { ...task, start: projectStart ?? task.start, finish: projectFinish ?? task.finish };
    }
    const computed = byUid.get(task.uid);
    return computed === undefined ? task : withTaskSchedule(task, computed);
  });
  return {
    ...document,
    settings: {
      ...document.settings,
      startDate: projectStart ?? document.settings.startDate,
      finishDate: projectFinish ?? document.settings.finishDate,
    },
    tasks,
  };
}

function withTaskSchedule(task: TaskRecord, computed: TaskScheduleReport): TaskRecord {
  return {
    ...task,
    start: dateOrKept(computed.start, task.start),
    finish: dateOrKept(computed.finish, task.finish),
    stored: {
      ...task.stored,
      earlyStart: parseLocalDateTime(computed.earlyStart),
      earlyFinish: parseLocalDateTime(computed.earlyFinish),
      lateStart: parseLocalDateTime(computed.lateStart),
      lateFinish: parseLocalDateTime(computed.lateFinish),
      totalSlackMinutes: computed.totalFloatMinutes,
      freeSlackMinutes: computed.freeFloatMinutes,
      startSlackMinutes: undefined,
      finishSlackMinutes: undefined,
      critical: computed.critical,
    },
  };
}

/** An inactive task's report dates are empty; it keeps the dates it had. */
function dateOrKept(text: string, kept: LocalDateTime | undefined): LocalDateTime | undefined {
  return parseLocalDateTime(text) ?? kept;
}
