import { describe, expect, it } from "vitest";
import { readMspdi } from "./mspdi/mspdi-reader.js";
import { scheduleDocument } from "./schedule-report.js";

/**
 * A plan on the Standard calendar from Monday 2024-01-08: "Research" (2 days, two resources),
 * then "Report" (1 day). `assignments` are the Research assignments' start and finish.
 */
function plan(assignments: readonly (readonly [string, string])[]): string {
  return `<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2024-01-08T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar></Calendars>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Research</Name><OutlineLevel>1</OutlineLevel>
      <Start>2024-01-08T08:00:00</Start><Finish>2024-01-09T17:00:00</Finish><Duration>PT16H0M0S</Duration></Task>
    <Task><UID>2</UID><ID>2</ID><Name>Report</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
  </Tasks>
  <Resources><Resource><UID>1</UID><Name>Ana</Name><Type>1</Type></Resource>
    <Resource><UID>2</UID><Name>Ben</Name><Type>1</Type></Resource></Resources>
  <Assignments>${assignments
    .map(
      ([start, finish], index) =>
        `<Assignment><UID>${index + 1}</UID><TaskUID>1</TaskUID><ResourceUID>${index + 1}</ResourceUID>
          <Start>${start}</Start><Finish>${finish}</Finish><Units>1</Units><Work>PT8H0M0S</Work></Assignment>`,
    )
    .join("")}</Assignments></Project>`;
}

function schedule(assignments: readonly (readonly [string, string])[]) {
  const read = readMspdi(plan(assignments), "plan.xml");
  if (!read.ok) throw new Error(read.error.message);
  const result = scheduleDocument(read.document);
  if (!result.ok) throw new Error(result.message);
  return result.report.tasks;
}

describe("a task whose assignment leveling delayed", () => {
  it("runs to its last assignment's finish, and its successors wait for it", () => {
    // Ben's day was delayed from Monday to Thursday: MS Project shows Research until Thursday.
    const [research, report] = schedule([
      ["2024-01-08T08:00:00", "2024-01-08T17:00:00"],
      ["2024-01-11T08:00:00", "2024-01-11T17:00:00"],
    ]);
    expect(research).toMatchObject({ start: "2024-01-08T08:00:00", finish: "2024-01-11T17:00:00" });
    expect(report).toMatchObject({ start: "2024-01-12T08:00:00", critical: true });
  });

  it("keeps its duration when its assignments lie within it", () => {
    const [research, report] = schedule([
      ["2024-01-08T08:00:00", "2024-01-08T17:00:00"],
      ["2024-01-09T08:00:00", "2024-01-09T17:00:00"],
    ]);
    expect(research?.finish).toBe("2024-01-09T17:00:00");
    expect(report?.start).toBe("2024-01-10T08:00:00");
  });
});
