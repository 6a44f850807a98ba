// The MSPDI schema's element sequences, listed independently of the writer so a test can check
// the writer's output against them. Taken from Microsoft's mspdi_pj12.xsd (Project 2007 SDK,
// "XML Schema for the … Element" pages) and, where MS Project 2010–2019 write an element at
// another place (IsCostResource/IsBudget before a resource's Baseline), from the files those
// versions saved (the corpus). Only the sequences, not types: types are covered by the round trip.

import type { XmlElementTable } from "./xml-element-table.js";
import { scanXml } from "./xml-record-scanner.js";

function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

const PROJECT = words(`
  SaveVersion BuildNumber UID Name GUID Title Subject Category Company Manager Author
  CreationDate Revision LastSaved ScheduleFromStart StartDate FinishDate FYStartDate
  CriticalSlackLimit CurrencyDigits CurrencySymbol CurrencyCode CurrencySymbolPosition
  CalendarUID BaselineCalendar DefaultStartTime DefaultFinishTime MinutesPerDay MinutesPerWeek
  DaysPerMonth DefaultTaskType DefaultFixedCostAccrual DefaultStandardRate DefaultOvertimeRate
  DurationFormat WorkFormat EditableActualCosts HonorConstraints EarnedValueMethod
  InsertedProjectsLikeSummary MultipleCriticalPaths NewTasksEffortDriven NewTasksEstimated
  SplitsInProgressTasks SpreadActualCost SpreadPercentComplete TaskUpdatesResource
  FiscalYearStart WeekStartDay MoveCompletedEndsBack MoveRemainingStartsBack
  MoveRemainingStartsForward MoveCompletedEndsForward BaselineForEarnedValue
  AutoAddNewResourcesAndTasks StatusDate CurrentDate MicrosoftProjectServerURL Autolink
  NewTaskStartDate NewTasksAreManual DefaultTaskEVMethod ProjectExternallyEdited
  ExtendedCreationDate ActualsInSync RemoveFileProperties AdminProject OutlineCodes WBSMasks
  ExtendedAttributes Calendars Tasks Resources Assignments
`);

const TASK = words(`
  UID GUID ID Name Active Manual Type IsNull CreateDate Contact WBS WBSLevel OutlineNumber
  OutlineLevel Priority Start Finish Duration ManualStart ManualFinish ManualDuration
  DurationFormat Work Stop Resume ResumeValid EffortDriven Recurring OverAllocated Estimated
  Milestone Summary Critical IsSubproject IsSubprojectReadOnly SubprojectName ExternalTask
  ExternalTaskProject EarlyStart EarlyFinish LateStart LateFinish StartVariance FinishVariance
  WorkVariance FreeSlack TotalSlack StartSlack FinishSlack FixedCost FixedCostAccrual
  PercentComplete PercentWorkComplete Cost OvertimeCost OvertimeWork ActualStart ActualFinish
  ActualDuration ActualCost ActualOvertimeCost ActualWork ActualOvertimeWork RegularWork
  RemainingDuration RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork ACWP
  CV ConstraintType CalendarUID ConstraintDate Deadline LevelAssignments LevelingCanSplit
  LevelingDelay LevelingDelayFormat PreLeveledStart PreLeveledFinish Hyperlink HyperlinkAddress
  HyperlinkSubAddress IgnoreResourceCalendar Notes HideBar Rollup BCWS BCWP
  PhysicalPercentComplete EarnedValueMethod PredecessorLink ActualWorkProtected
  ActualOvertimeWorkProtected ExtendedAttribute Baseline OutlineCode TimephasedData
`);

const RESOURCE = words(`
  UID GUID ID Name Type IsNull Initials Phonetics NTAccount MaterialLabel Code Group WorkGroup
  EmailAddress Hyperlink HyperlinkAddress HyperlinkSubAddress MaxUnits PeakUnits OverAllocated
  AvailableFrom AvailableTo Start Finish CanLevel AccrueAt Work RegularWork OvertimeWork
  ActualWork RemainingWork ActualOvertimeWork RemainingOvertimeWork PercentWorkComplete
  StandardRate StandardRateFormat Cost OvertimeRate OvertimeRateFormat OvertimeCost CostPerUse
  ActualCost ActualOvertimeCost RemainingCost RemainingOvertimeCost WorkVariance CostVariance SV
  CV ACWP CalendarUID Notes BCWS BCWP IsGeneric IsInactive IsEnterprise BookingType
  ActualWorkProtected ActualOvertimeWorkProtected ActiveDirectoryGUID CreationDate
  IsCostResource IsBudget ExtendedAttribute Baseline OutlineCode AssnOwner AssnOwnerGuid
  AvailabilityPeriods Rates TimephasedData
`);

const ASSIGNMENT = words(`
  UID GUID TaskUID ResourceUID PercentWorkComplete ActualCost ActualFinish ActualOvertimeCost
  ActualOvertimeWork ActualStart ActualWork ACWP Confirmed Cost CostRateTable RateScale
  CostVariance CV Delay Finish FinishVariance Hyperlink HyperlinkAddress HyperlinkSubAddress
  WorkVariance HasFixedRateUnits FixedMaterial LevelingDelay LevelingDelayFormat LinkedFields
  Milestone Notes Overallocated OvertimeCost OvertimeWork PeakUnits RegularWork RemainingCost
  RemainingOvertimeCost RemainingOvertimeWork RemainingWork ResponsePending Start Stop Resume
  StartVariance Summary Units UpdateNeeded VAC Work WorkContour BCWS BCWP BookingType
  ActualWorkProtected ActualOvertimeWorkProtected CreationDate AssnOwner AssnOwnerGuid
  BudgetCost BudgetWork ExtendedAttribute Baseline TimephasedData
`);

const CALENDAR = words(`
  UID GUID Name IsBaseCalendar IsBaselineCalendar BaseCalendarUID WeekDays Exceptions WorkWeeks
`);
const WEEK_DAY = ["DayType", "DayWorking", "TimePeriod", "WorkingTimes"];
const EXCEPTION = words(`
  EnteredByOccurrences TimePeriod Occurrences Name Type Period DaysOfWeek MonthItem
  MonthPosition Month MonthDay DayWorking WorkingTimes
`);
const EXTENDED_ATTRIBUTE_DEFINITION = words(`
  FieldID FieldName CFType Guid ElemType MaxMultiValues UserDef Alias SecondaryPID AutoRollDown
  DefaultGuid Ltuid PhoneticAlias RollupType CalculationType Formula RestrictValues
  ValuelistSortOrder AppendNewValues Default ValueList
`);
const EXTENDED_ATTRIBUTE_VALUE = ["FieldID", "Value", "ValueGUID", "DurationFormat"];

/** Sequences by element path (namespace prefixes dropped). */
export const MSPDI_SEQUENCES: ReadonlyMap<string, readonly string[]> = new Map([
  ["Project", PROJECT],
  ["Project/ExtendedAttributes/ExtendedAttribute", EXTENDED_ATTRIBUTE_DEFINITION],
  ["Project/Calendars/Calendar", CALENDAR],
  ["Project/Calendars/Calendar/WeekDays/WeekDay", WEEK_DAY],
  ["Project/Calendars/Calendar/Exceptions/Exception", EXCEPTION],
  ["Project/Calendars/Calendar/WorkWeeks/WorkWeek", ["TimePeriod", "Name", "WeekDays"]],
  ["Project/Calendars/Calendar/WorkWeeks/WorkWeek/WeekDays/WeekDay", WEEK_DAY],
  ["Project/Tasks/Task", TASK],
  [
    "Project/Tasks/Task/PredecessorLink",
    ["PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat"],
  ],
  ["Project/Tasks/Task/ExtendedAttribute", EXTENDED_ATTRIBUTE_VALUE],
  [
    "Project/Tasks/Task/Baseline",
    [
      "Number",
      "Interim",
      "Start",
      "Finish",
      "Duration",
      "DurationFormat",
      "EstimatedDuration",
      "Work",
      "Cost",
    ],
  ],
  ["Project/Resources/Resource", RESOURCE],
  ["Project/Resources/Resource/ExtendedAttribute", EXTENDED_ATTRIBUTE_VALUE],
  ["Project/Resources/Resource/Baseline", ["Number", "Start", "Finish", "Work", "Cost"]],
  ["Project/Assignments/Assignment", ASSIGNMENT],
  ["Project/Assignments/Assignment/ExtendedAttribute", EXTENDED_ATTRIBUTE_VALUE],
  ["Project/Assignments/Assignment/Baseline", ["Number", "Start", "Finish", "Work", "Cost"]],
]);

/**
 * Every place in `xml` where a child is not in its parent's sequence or comes before a sibling
 * the sequence puts first, e.g. `Project/Tasks/Task: Start after Finish`. Empty when in order.
 */
export function outOfSchemaOrder(
  xml: string,
  sequences: ReadonlyMap<string, readonly string[]>,
): string[] {
  const problems: string[] = [];
  scanXml(xml, {
    roleOf: () => "record",
    onRecord: (table, root) => check(table, root, table.name(root), sequences, problems),
  });
  return problems;
}

function check(
  table: XmlElementTable,
  element: number,
  path: string,
  sequences: ReadonlyMap<string, readonly string[]>,
  problems: string[],
): void {
  const sequence = sequences.get(path);
  let previous = -1;
  let previousName = "";
  for (const child of table.children(element)) {
    const name = table.name(child);
    if (sequence !== undefined) {
      const index = sequence.indexOf(name);
      if (index < 0) problems.push(`${path}: ${name} is not in the schema sequence`);
      else if (index < previous) problems.push(`${path}: ${name} after ${previousName}`);
      else {
        previous = index;
        previousName = name;
      }
    }
    check(table, child, `${path}/${name}`, sequences, problems);
  }
}
