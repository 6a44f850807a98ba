import { describe, expect, it } from "vitest";
import { readMspdi } from "./mspdi/mspdi-reader.js";
import { scheduleDocument } from "./schedule-report.js";

const WORKDAY = `<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
  <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes>`;
const SIX_DAYS = [1, 2, 3, 4, 5, 6, 7]
  .map((day) =>
    day === 1
      ? `<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>`
      : `<WeekDay><DayType>${day}</DayType><DayWorking>1</DayWorking>${WORKDAY}</WeekDay>`,
  )
  .join("");

/**
 * From Friday 2024-01-12: "Install" (2 days) on a six-day calendar, done by a resource whose own
 * calendar adds nothing to the five-day Standard one, and "Survey" (8 days) beside it.
 */
function plan(taskExtra: string): string {
  return `<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2024-01-12T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars>
    <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar>
    <Calendar><UID>2</UID><Name>Six days</Name><IsBaseCalendar>1</IsBaseCalendar><WeekDays>${SIX_DAYS}</WeekDays></Calendar>
    <Calendar><UID>3</UID><Name>Ana</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar>
  </Calendars>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Install</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration>
      <CalendarUID>2</CalendarUID>${taskExtra}</Task>
    <Task><UID>2</UID><ID>2</ID><Name>Survey</Name><OutlineLevel>1</OutlineLevel><Duration>PT64H0M0S</Duration></Task>
  </Tasks>
  <Resources><Resource><UID>1</UID><Name>Ana</Name><Type>1</Type><CalendarUID>3</CalendarUID></Resource></Resources>
  <Assignments><Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID><Units>1</Units>
    <Work>PT16H0M0S</Work></Assignment></Assignments></Project>`;
}

function install(taskExtra = "") {
  const read = readMspdi(plan(taskExtra), "plan.xml");
  if (!read.ok) throw new Error(read.error.message);
  const result = scheduleDocument(read.document);
  if (!result.ok) throw new Error(result.message);
  return result.report.tasks[0];
}

describe("the calendar a task with its own calendar and resources is scheduled on", () => {
  it("is the time both calendars work, with float counted on the task's own calendar", () => {
    // Friday and Monday (the resource does not work Saturday); late finish the Tuesday after,
    // so 7 days of finish float on the six-day calendar (Saturday counts) where the common
    // time has 6.
    expect(install()).toMatchObject({
      start: "2024-01-12T08:00:00",
      finish: "2024-01-15T17:00:00",
      lateStart: "2024-01-22T08:00:00",
      lateFinish: "2024-01-23T17:00:00",
      totalFloatMinutes: 7 * 480,
    });
  });

  it("is the task's own calendar when the task ignores resource calendars", () => {
    expect(install("<IgnoreResourceCalendar>1</IgnoreResourceCalendar>")).toMatchObject({
      start: "2024-01-12T08:00:00",
      finish: "2024-01-13T17:00:00",
    });
  });
});
