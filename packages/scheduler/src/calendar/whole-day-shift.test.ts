import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf } from "../time/local-minute.js";
import { type CalendarSpec, DEFAULT_WEEK, type ExceptionSpec } from "./calendar-spec.js";
import { WorkingTime } from "./working-time.js";

const MONDAY_DAY = dayNumberOf(2024, 1, 8);
const WORKDAY = 480;

/** Monday–Friday 16:00–24:00: work stops at midnight, which belongs to the day before. */
const EVENINGS = DEFAULT_WEEK.map((hours) => (hours?.length ? [{ from: 960, to: 1440 }] : []));

/** The Standard calendar (or `week`) with whole-day holidays at day offsets from Monday. */
function standardWith(holidays: readonly number[], week = DEFAULT_WEEK): CalendarSpec {
  const exceptions: ExceptionSpec[] = holidays.map((offset) => ({
    fromDay: MONDAY_DAY + offset,
    toDay: MONDAY_DAY + offset,
    recurrence: { kind: "daily", everyDays: 1 },
    hours: [],
  }));
  return { name: "Standard", week, exceptions, workWeeks: [] };
}

describe("WholeDayShift", () => {
  it("moves a date as placing its shifted position on the calendar does, or leaves it unknown", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.integer({ min: -400, max: 1500 }), { maxLength: 40 }),
        fc.integer({ min: -40, max: 40 }),
        fc.array(fc.integer({ min: -200 * WORKDAY, max: 900 * WORKDAY }), {
          minLength: 1,
          maxLength: 30,
        }),
        (evenings, holidays, days, positions) => {
          const week = evenings ? EVENINGS : DEFAULT_WEEK;
          const calendar = new WorkingTime([standardWith(holidays, week)], 0, MONDAY_DAY);
          const shift = calendar.wholeDayShift(days * WORKDAY);
          expect(shift).toBeDefined();
          for (const work of positions) {
            const shifted = work + days * WORKDAY;
            for (const finishSide of [false, true]) {
              const place = (w: number) =>
                finishSide ? calendar.finishAt(w) : calendar.startAt(w);
              const moved = shift?.moved(place(work), finishSide) ?? Number.NaN;
              if (!Number.isNaN(moved)) expect(moved).toBe(place(shifted));
            }
          }
        },
      ),
    );
  });

  it.each([
    ["Standard", DEFAULT_WEEK],
    ["evening", EVENINGS],
  ])("knows every date of the %s calendar's index that stays inside it", (_, week) => {
    const calendar = new WorkingTime([standardWith([3, 17, 18], week)], 0, MONDAY_DAY);
    const shift = calendar.wholeDayShift(5 * WORKDAY);
    for (let work = 0; work < 200 * WORKDAY; work += 37) {
      expect(shift?.moved(calendar.startAt(work), false)).toBe(
        calendar.startAt(work + 5 * WORKDAY),
      );
      expect(shift?.moved(calendar.finishAt(work + 1), true)).toBe(
        calendar.finishAt(work + 1 + 5 * WORKDAY),
      );
    }
  });

  it("is not offered for part of a day, nor where working days differ", () => {
    const standard = new WorkingTime([standardWith([])], 0, MONDAY_DAY);
    expect(standard.wholeDayShift(WORKDAY + 60)).toBeUndefined();
    const shortFriday: CalendarSpec = {
      ...standardWith([]),
      week: DEFAULT_WEEK.map((hours, weekday) =>
        weekday === 5 ? (hours ?? []).slice(0, 1) : (hours ?? []),
      ),
    };
    expect(new WorkingTime([shortFriday], 0, MONDAY_DAY).wholeDayShift(WORKDAY)).toBeUndefined();
  });
});
