// Writes a ProjectDocument as MS Project XML (MSPDI) that MS Project opens: namespace
// `http://schemas.microsoft.com/project`, the Project element's children in the schema's sequence
// (settings, then ExtendedAttributes, Calendars, Tasks, Resources, Assignments), dates as
// `YYYY-MM-DDTHH:MM:SS`, durations as `PT8H0M0S`, link lags in tenths of a minute with their
// LagFormat. What the document leaves out is left out of the file, so reading the written file
// gives the document back. The codecs are the reader's own (mspdi-duration.ts, mspdi-dates.ts).

import type { ProjectDocument, ProjectSettings } from "../document/project-document.js";
import { formatMspdiTimeOfDay } from "./mspdi-dates.js";
import { formatMspdiWorkFormat } from "./mspdi-duration.js";
import { writeMspdiCalendars } from "./mspdi-writer-calendar.js";
import {
  writeMspdiAssignments,
  writeMspdiExtendedAttributeDefinitions,
  writeMspdiResources,
} from "./mspdi-writer-resource.js";
import { TASK_TYPE_CODES, writeMspdiTasks } from "./mspdi-writer-task.js";
import { MspdiXmlWriter } from "./mspdi-writer-xml.js";

/** The namespace of every MSPDI file. */
export const MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

/** The SaveVersion written when the document did not come from MSPDI (14 = Project 2010+). */
const DEFAULT_SAVE_VERSION = 14;

const SYMBOL_POSITION_CODES = { before: 0, after: 1, beforeWithSpace: 2, afterWithSpace: 3 };
const NEW_TASK_START_CODES = { projectStart: 0, currentDate: 1 };

/**
 * Writes the document as MSPDI text. To export Orrery's computed dates rather than the ones the
 * file was read with, apply the schedule to the document first (scheduled-document.ts).
 */
export function writeMspdi(document: ProjectDocument): string {
  const xml = new MspdiXmlWriter();
  xml.root("Project", MSPDI_NAMESPACE, () => {
    writeSettings(xml, document.settings);
    writeMspdiExtendedAttributeDefinitions(xml, document.extendedAttributes);
    writeMspdiCalendars(xml, document.calendars, document.settings.weekStartDay);
    writeMspdiTasks(xml, document.tasks, document.links);
    writeMspdiResources(xml, document.resources);
    writeMspdiAssignments(xml, document.assignments);
  });
  return xml.toString();
}

function writeSettings(xml: MspdiXmlWriter, settings: ProjectSettings): void {
  const source = settings.source;
  const moves = settings.statusDateMoves;
  const fromMspdi = source.format === "mspdi";
  xml.number("SaveVersion", (fromMspdi ? source.saveVersion : undefined) ?? DEFAULT_SAVE_VERSION);
  xml.text("BuildNumber", fromMspdi ? source.buildNumber : undefined);
  xml.text("Name", settings.name);
  xml.text("GUID", settings.guid);
  xml.text("Title", settings.title);
  xml.text("Subject", settings.subject);
  xml.text("Company", settings.company);
  xml.text("Manager", settings.manager);
  xml.text("Author", settings.author);
  xml.text("CreationDate", settings.creationDate);
  xml.text("LastSaved", settings.lastSaved);
  xml.flag("ScheduleFromStart", settings.scheduleFrom === "start");
  xml.text("StartDate", settings.startDate);
  xml.text("FinishDate", settings.finishDate);
  xml.number("FYStartDate", settings.fiscalYearStartMonth);
  xml.number("CriticalSlackLimit", settings.criticalSlackLimitDays);
  xml.number("CurrencyDigits", settings.currencyDigits);
  xml.text("CurrencySymbol", settings.currencySymbol);
  xml.text("CurrencyCode", settings.currencyCode);
  xml.number(
    "CurrencySymbolPosition",
    settings.currencySymbolPosition === undefined
      ? undefined
      : SYMBOL_POSITION_CODES[settings.currencySymbolPosition],
  );
  xml.number("CalendarUID", settings.defaultCalendarUid);
  xml.text("DefaultStartTime", formatMspdiTimeOfDay(settings.defaultStartMinuteOfDay));
  xml.text("DefaultFinishTime", formatMspdiTimeOfDay(settings.defaultFinishMinuteOfDay));
  xml.number("MinutesPerDay", settings.minutesPerDay);
  xml.number("MinutesPerWeek", settings.minutesPerWeek);
  xml.number("DaysPerMonth", settings.daysPerMonth);
  xml.number(
    "DefaultTaskType",
    settings.defaultTaskType === undefined ? undefined : TASK_TYPE_CODES[settings.defaultTaskType],
  );
  xml.number("DefaultStandardRate", settings.defaultStandardRatePerHour);
  xml.number("DefaultOvertimeRate", settings.defaultOvertimeRatePerHour);
  xml.durationFormat("DurationFormat", settings.durationFormat);
  xml.number(
    "WorkFormat",
    settings.workFormat === undefined ? undefined : formatMspdiWorkFormat(settings.workFormat),
  );
  xml.flag("HonorConstraints", settings.honorConstraints);
  xml.flag("MultipleCriticalPaths", settings.multipleCriticalPaths);
  xml.flag("NewTasksEffortDriven", settings.newTasksEffortDriven);
  xml.flag("NewTasksEstimated", settings.newTasksEstimated);
  xml.flag("SplitsInProgressTasks", settings.splitsInProgressTasks);
  xml.number("WeekStartDay", settings.weekStartDay);
  xml.flag("MoveCompletedEndsBack", moves?.moveCompletedEndsBack);
  xml.flag("MoveRemainingStartsBack", moves?.moveRemainingStartsBack);
  xml.flag("MoveRemainingStartsForward", moves?.moveRemainingStartsForward);
  xml.flag("MoveCompletedEndsForward", moves?.moveCompletedEndsForward);
  xml.text("StatusDate", settings.statusDate);
  xml.text("CurrentDate", settings.currentDate);
  xml.number(
    "NewTaskStartDate",
    settings.newTaskStart === undefined ? undefined : NEW_TASK_START_CODES[settings.newTaskStart],
  );
  xml.flag("NewTasksAreManual", settings.newTasksManual);
}
