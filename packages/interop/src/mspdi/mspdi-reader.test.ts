import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateCorpus } from "../conformance/conformance-corpus.js";
import { readMspdi } from "./mspdi-reader.js";

const week = [1, 2, 3, 4, 5, 6, 7]
  .map((day) =>
    day === 1 || day === 7
      ? `<WeekDay><DayType>${day}</DayType><DayWorking>0</DayWorking></WeekDay>`
      : `<WeekDay><DayType>${day}</DayType><DayWorking>1</DayWorking><WorkingTimes>` +
        "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>" +
        "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>" +
        "</WorkingTimes></WeekDay>",
  )
  .join("");

const SAMPLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment MS Project never writes, but other tools do -->
<Project xmlns="http://schemas.microsoft.com/project">
  <SaveVersion>14</SaveVersion>
  <Name>Sample &amp; Co.xml</Name>
  <ScheduleFromStart>1</ScheduleFromStart>
  <StartDate>2024-01-08T08:00:00</StartDate>
  <CriticalSlackLimit>0</CriticalSlackLimit>
  <CalendarUID>1</CalendarUID>
  <DefaultStartTime>08:00:00</DefaultStartTime>
  <MinutesPerDay>480</MinutesPerDay>
  <WorkFormat>2</WorkFormat>
  <HonorConstraints>1</HonorConstraints>
  <Views><View><Name>Gantt</Name></View></Views>
  <Calendars>
    <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
      <WeekDays>${week}</WeekDays>
      <Exceptions>
        <Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2024-12-25T00:00:00</FromDate><ToDate>2030-12-25T23:59:00</ToDate></TimePeriod>
          <Occurrences>7</Occurrences><Name>Christmas</Name><Type>2</Type><Month>11</Month><MonthDay>25</MonthDay><DayWorking>0</DayWorking></Exception>
        <Exception><TimePeriod><FromDate>2024-01-13T00:00:00</FromDate><ToDate>2024-01-13T23:59:00</ToDate></TimePeriod>
          <Type>1</Type><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></Exception>
      </Exceptions>
    </Calendar>
    <Calendar><UID>2</UID><Name>Night</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID></Calendar>
  </Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Sample</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>39</DurationFormat>
      <Cost>12550</Cost><ConstraintType>4</ConstraintType><ConstraintDate>2024-01-09T08:00:00</ConstraintDate>
      <EarlyStart>2024-01-09T08:00:00</EarlyStart><TotalSlack>48000</TotalSlack>
      <Baseline><Number>3</Number><Start>2024-01-08T08:00:00</Start><Duration>PT8H0M0S</Duration><Cost>100</Cost></Baseline></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H30M0S</Duration><Manual>1</Manual><Active>0</Active>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>-25</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>0</Type><LinkLag>4800</LinkLag><LagFormat>8</LagFormat></PredecessorLink>
      <ExtendedAttribute><FieldID>188743731</FieldID><Value>Team A</Value></ExtendedAttribute></Task>
  </Tasks>
  <Resources><Resource><UID>1</UID><ID>1</ID><Name>Ana</Name><Type>1</Type><MaxUnits>0.5</MaxUnits><CalendarUID>2</CalendarUID></Resource></Resources>
  <Assignments><Assignment><UID>7</UID><TaskUID>1</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units><Work>PT16H0M0S</Work></Assignment></Assignments>
</Project>`;

/** A file MS Project 2016 saved (BaseCalendarUID 0 on its base calendar); absent without ../shared. */
const project2016File = ((corpus) => {
  const file = corpus === undefined ? "" : join(corpus, "mpxj_task-links-project2016-mspdi.xml");
  return existsSync(file) ? file : undefined;
})(locateCorpus());

function read(xml: string) {
  const result = readMspdi(xml, "sample.xml");
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe("readMspdi", () => {
  it("reads the project settings it understands and skips views and other UI state", () => {
    const { settings } = read(SAMPLE);
    expect(settings.name).toBe("Sample & Co.xml");
    expect(settings.startDate).toBe("2024-01-08T08:00:00");
    expect(settings.scheduleFrom).toBe("start");
    expect(settings.defaultCalendarUid).toBe(1);
    expect(settings.workFormat?.unit).toBe("hours");
    expect(settings.source).toEqual({ format: "mspdi", saveVersion: 14, buildNumber: undefined });
  });

  it("reads calendars with several working times, recurring and working exceptions, and bases", () => {
    const [standard, night] = read(SAMPLE).calendars;
    expect(standard?.weekDays.find((d) => d.day === 1)?.workingTimes).toEqual([
      { fromMinuteOfDay: 480, toMinuteOfDay: 720 },
      { fromMinuteOfDay: 780, toMinuteOfDay: 1020 },
    ]);
    const [christmas, saturday] = standard?.exceptions ?? [];
    expect(christmas).toMatchObject({
      name: "Christmas",
      recurrence: { kind: "yearlyByDay", month: 12, dayOfMonth: 25 },
      occurrences: 7,
      working: false,
    });
    expect(saturday?.workingTimes).toEqual([{ fromMinuteOfDay: 540, toMinuteOfDay: 1440 }]);
    expect(night?.baseCalendarUid).toBe(1);
    expect(night?.weekDays).toEqual([]);
  });

  it("reads tasks in file order with units converted: minutes, currency, slack in minutes", () => {
    const { tasks } = read(SAMPLE);
    expect(tasks.map((t) => t.uid)).toEqual([0, 1, 2]);
    const design = tasks[1];
    expect(design?.durationMinutes).toBe(960);
    expect(design?.durationFormat).toEqual({ unit: "days", elapsed: false, estimated: true });
    expect(design?.cost).toBe(125.5);
    expect(design?.constraint).toEqual({ type: "startNoEarlierThan", date: "2024-01-09T08:00:00" });
    expect(design?.stored.totalSlackMinutes).toBe(4800);
    expect(design?.baselines).toEqual([
      expect.objectContaining({
        number: 3,
        start: "2024-01-08T08:00:00",
        durationMinutes: 480,
        cost: 1,
      }),
    ]);
    expect(tasks[2]).toMatchObject({ manual: true, active: false, durationMinutes: 510 });
    expect(tasks[2]?.extendedAttributes).toEqual([
      { fieldId: "188743731", value: "Team A", durationFormat: undefined },
    ]);
  });

  it("reads links with percent lags as percentages and elapsed lags in minutes", () => {
    const { links } = read(SAMPLE);
    expect(links).toEqual([
      expect.objectContaining({
        predecessorUid: 1,
        successorUid: 2,
        type: "SS",
        lag: { kind: "percent", percent: -25, elapsed: false },
      }),
      expect.objectContaining({
        type: "FF",
        lag: {
          kind: "time",
          minutes: 480,
          format: { unit: "days", elapsed: true, estimated: false },
        },
      }),
    ]);
  });

  it("reads resources and drops MS Project's placeholder resource from assignments", () => {
    const { resources, assignments } = read(SAMPLE);
    expect(resources[0]).toMatchObject({
      uid: 1,
      name: "Ana",
      type: "work",
      maxUnits: 0.5,
      calendarUid: 2,
    });
    expect(assignments[0]).toMatchObject({
      uid: 7,
      taskUid: 1,
      resourceUid: undefined,
      workMinutes: 960,
    });
  });

  it("names the file, line, element and field of a value it cannot read", () => {
    const broken = SAMPLE.replace(
      "<Duration>PT16H0M0S</Duration>",
      "<Duration>two days</Duration>",
    );
    const result = readMspdi(broken, "plan.xml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid-value");
    expect(result.error.field).toBe("Duration");
    expect(result.error.location.element).toBe("Project/Tasks/Task[UID=1]/Duration");
    expect(result.error.message).toMatch(
      /^plan\.xml, line \d+, Project\/Tasks\/Task\[UID=1\]\/Duration: Duration "two days" is not a duration$/,
    );
  });

  it("refuses text that is not well-formed XML, with the line", () => {
    const result = readMspdi("<Project>\n<Tasks>\n</Project>", "bad.xml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("malformed");
    expect(result.error.location.line).toBe(3);
  });

  it("refuses XML that is not an MS Project file", () => {
    const result = readMspdi("<html><body/></html>", "page.html");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain("not an MS Project XML file");
  });

  it.each([
    ["Guid", "as MS Project and the schema write it"],
    ["GUID", "as other writers spell it"],
  ])("regression: reads the custom field definition's %s, %s", (element) => {
    const xml = SAMPLE.replace(
      "<Views>",
      "<ExtendedAttributes><ExtendedAttribute><FieldID>188743731</FieldID><FieldName>Text1</FieldName>" +
        `<Alias>Team</Alias><${element}>000039B7-8BBE-4CEB-82C4-FA8C0B400033</${element}>` +
        "</ExtendedAttribute></ExtendedAttributes><Views>",
    );
    expect(read(xml).extendedAttributes).toEqual([
      expect.objectContaining({
        fieldId: "188743731",
        alias: "Team",
        guid: "000039B7-8BBE-4CEB-82C4-FA8C0B400033",
      }),
    ]);
  });

  it.each([
    ["-1 (MS Project before 2016)", "-1"],
    ["0 (MS Project 2016 and later)", "0"],
  ])("regression: gives a base calendar with BaseCalendarUID %s no base calendar", (_, uid) => {
    const xml = SAMPLE.replace(
      "<BaseCalendarUID>-1</BaseCalendarUID>",
      `<BaseCalendarUID>${uid}</BaseCalendarUID>`,
    ).replace(
      "<Calendar><UID>2</UID>",
      "<Calendar><UID>0</UID><Name>Zero</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar><Calendar><UID>2</UID>",
    );
    const [standard, zero, night] = read(xml).calendars;
    expect(standard).toMatchObject({ uid: 1, isBaseCalendar: true, baseCalendarUid: undefined });
    expect(zero).toMatchObject({ uid: 0, isBaseCalendar: true, baseCalendarUid: undefined });
    expect(night).toMatchObject({ uid: 2, isBaseCalendar: false, baseCalendarUid: 1 });
  });

  it("regression: reads a derived calendar's BaseCalendarUID 0 as no base unless calendar 0 exists", () => {
    const derivedOnZero = SAMPLE.replace(
      "<IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>",
      "<IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>0</BaseCalendarUID>",
    );
    expect(read(derivedOnZero).calendars[1]).toMatchObject({ uid: 2, baseCalendarUid: undefined });
    const withZero = derivedOnZero.replace(
      "<Calendar><UID>2</UID>",
      "<Calendar><UID>0</UID><Name>Zero</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar><Calendar><UID>2</UID>",
    );
    expect(read(withZero).calendars[2]).toMatchObject({ uid: 2, baseCalendarUid: 0 });
    const noFlag = derivedOnZero.replace("<IsBaseCalendar>0</IsBaseCalendar>", "");
    expect(read(noFlag).calendars[1]).toMatchObject({
      isBaseCalendar: true,
      baseCalendarUid: undefined,
    });
  });

  it.skipIf(project2016File === undefined)(
    "regression: reads the base calendar of an MS Project 2016 file as having no base",
    () => {
      const xml = readFileSync(project2016File ?? "", "utf8");
      expect(xml).toContain("<BaseCalendarUID>0</BaseCalendarUID>");
      expect(read(xml).calendars).toEqual([
        expect.objectContaining({ uid: 1, isBaseCalendar: true, baseCalendarUid: undefined }),
      ]);
    },
  );
});
