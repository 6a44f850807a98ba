import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMspdi } from "./mspdi/mspdi-reader.js";
import {
  buildScheduleReport,
  computeSchedule,
  scheduleDocument,
  scheduleReportJson,
} from "./schedule-report.js";

const plan = (tasks: string) => `<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2024-01-08T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar></Calendar></Calendars>
  <Tasks>${tasks}</Tasks></Project>`;

function report(tasks: string) {
  const read = readMspdi(plan(tasks), "plan.xml");
  if (!read.ok) throw new Error(read.error.message);
  return scheduleDocument(read.document);
}

describe("scheduleDocument", () => {
  it("reports every real task in file order, without the project summary and blank rows", () => {
    const result = report(`
      <Task><UID>0</UID><ID>0</ID><OutlineLevel>0</OutlineLevel></Task>
      <Task><UID>7</UID><ID>1</ID><Name>Phase</Name><OutlineLevel>1</OutlineLevel></Task>
      <Task><UID>3</UID><ID>2</ID><Name>Dig</Name><OutlineLevel>2</OutlineLevel><Duration>PT16H0M0S</Duration></Task>
      <Task><UID>9</UID><ID>3</ID><IsNull>1</IsNull></Task>
      <Task><UID>4</UID><ID>4</ID><Name>Pour</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration>
        <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink></Task>`);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.tasks.map((t) => [t.uid, t.id, t.name])).toEqual([
      [7, 1, "Phase"],
      [3, 2, "Dig"],
      [4, 4, "Pour"],
    ]);
    expect(result.report.tasks[0]).toMatchObject({
      start: "2024-01-08T08:00:00",
      finish: "2024-01-10T17:00:00",
    });
    expect(result.report.tasks[2]).toMatchObject({
      start: "2024-01-10T08:00:00",
      earlyFinish: "2024-01-10T17:00:00",
      totalFloatMinutes: 0,
      freeFloatMinutes: 0,
      critical: true,
    });
    expect(result.report.project).toEqual({
      start: "2024-01-08T08:00:00",
      finish: "2024-01-10T17:00:00",
    });
  });

  it("returns the tasks of a loop instead of a schedule", () => {
    const result = report(`
      <Task><UID>1</UID><ID>1</ID><OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>
      <Task><UID>2</UID><ID>2</ID><OutlineLevel>1</OutlineLevel><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task>`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("cycle");
    expect([...result.tasks].sort()).toEqual([1, 2]);
  });

  it("writes as JSON exactly what stringifying the report gives, across chunks of rows", () => {
    const escapeText = (text: string) =>
      text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 2500 }),
        (names, count) => {
          const tasks = Array.from({ length: count }, (_, i) => {
            const name = escapeText(names[i % names.length] ?? "");
            const link =
              i > 0 && i % 3 === 0
                ? `<PredecessorLink><PredecessorUID>${i}</PredecessorUID><LinkLag>${i * 10}</LinkLag></PredecessorLink>`
                : "";
            return `<Task><UID>${i + 1}</UID><ID>${i + 1}</ID><Name>${name}</Name><OutlineLevel>1</OutlineLevel><Duration>PT${(i % 7) * 4}H30M0S</Duration>${link}</Task>`;
          });
          const read = readMspdi(plan(tasks.join("")), "plan.xml");
          if (!read.ok) throw new Error(read.error.message);
          const computed = computeSchedule(read.document);
          if (!computed.ok) throw new Error(computed.message);
          expect(scheduleReportJson(computed)).toBe(
            JSON.stringify(buildScheduleReport(read.document, computed.mapped, computed.result)),
          );
        },
      ),
      { numRuns: 12, examples: [[['say "hi" \\ \u0007 ü 😀'], 2345]] },
    );
  });
});
