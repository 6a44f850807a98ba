import { ActionIcon, Group, Text, VisuallyHidden } from "@mantine/core";
import type { Calendar } from "@orrery/contracts/calendars";
import { IconChevronLeft, IconChevronRight } from "@tabler/icons-react";
import { useEffect, useId, useMemo, useRef } from "react";
import {
  addDays,
  addMonths,
  calendarDays,
  dayOfWeekOf,
  type IsoDate,
  isGridKey,
  type MonthDay,
  monthOf,
  monthWeeks,
  movedFocus,
  weekdayOrder,
} from "./calendar-month.js";
import { MONTH_NAMES } from "./exception-form-values.js";
import { DAY_NAMES } from "./working-times.js";
import "./calendars.css";

/** `March 2027`. */
function monthTitle(month: IsoDate): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** The date of the day cell an event happened in. */
function dateAt(target: EventTarget): IsoDate | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>("td[data-date]")?.dataset.date ?? null;
}

/** The class (the colour) of a day's kind; the cell says the kind in words too. */
function kindOf(day: MonthDay): string {
  if (day.exception !== null)
    return day.working ? "calendar-day-exception-working" : "calendar-day-exception-off";
  return day.working ? "calendar-day-working" : "calendar-day-off";
}

export interface CalendarMonthGridProps {
  readonly calendars: readonly Calendar[];
  readonly calendar: Calendar;
  readonly weekStartDay: number;
  /** The day the keyboard is on; its month is shown. */
  readonly focused: IsoDate;
  readonly onFocusChange: (date: IsoDate) => void;
  /** Enter on a day (only when the calendar may be edited): add an exception there. */
  readonly onActivate?: ((date: IsoDate) => void) | undefined;
}

/**
 * One month of a calendar as a grid (WAI-ARIA date grid): each day coloured and labelled
 * working, non-working or exception, with its hours. Arrows move by day and week, Home/End to
 * the week's ends, Page Up/Down by month; one day is in the tab order.
 */
export function CalendarMonthGrid(props: CalendarMonthGridProps) {
  const { calendars, calendar, weekStartDay, focused, onFocusChange, onActivate } = props;
  const titleId = useId();
  const body = useRef<HTMLTableSectionElement>(null);
  // Set by a key press, so the new day takes focus once it is drawn (not on first render).
  const moveFocus = useRef(false);
  const month = monthOf(focused);
  const weeks = useMemo(() => monthWeeks(month, weekStartDay), [month, weekStartDay]);
  const days = useMemo(() => {
    const last = addDays(addMonths(month, 1), -1);
    const list = calendarDays(calendars, calendar.uid, weekStartDay, month, last);
    return new Map(list.map((day) => [day.date, day]));
  }, [calendars, calendar.uid, weekStartDay, month]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    body.current?.querySelector<HTMLElement>(`td[data-date="${focused}"]`)?.focus();
  });

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (isGridKey(event.key)) {
      event.preventDefault();
      moveFocus.current = true;
      onFocusChange(movedFocus(focused, event.key, weekStartDay));
    } else if ((event.key === "Enter" || event.key === " ") && onActivate) {
      event.preventDefault();
      onActivate(focused);
    }
  };

  const stepMonth = (months: number) => onFocusChange(addMonths(focused, months));

  return (
    <div>
      <Group justify="space-between" mb="xs">
        <ActionIcon variant="default" aria-label="Previous month" onClick={() => stepMonth(-1)}>
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <Text fw={600} id={titleId} aria-live="polite">
          {monthTitle(month)}
        </Text>
        <ActionIcon variant="default" aria-label="Next month" onClick={() => stepMonth(1)}>
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <table
        className="calendar-month"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a date grid (WAI-ARIA APG) is a table the arrow keys move in
        role="grid"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-help`}
      >
        <thead>
          <tr>
            {weekdayOrder(weekStartDay).map((day) => (
              <th key={day} scope="col" abbr={DAY_NAMES[day]}>
                {DAY_NAMES[day]?.slice(0, 3)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          ref={body}
          onKeyDown={onKeyDown}
          onClick={(event) => {
            const date = dateAt(event.target);
            if (date) onFocusChange(date);
          }}
          onDoubleClick={(event) => {
            const date = dateAt(event.target);
            if (date) onActivate?.(date);
          }}
        >
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null) ?? ""}>
              {week.map((date, column) =>
                date === null ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: an empty cell has only its column
                  <td key={column} className="calendar-day-outside" />
                ) : (
                  <DayCell key={date} date={date} day={days.get(date)} focused={date === focused} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="xs" c="dimmed" mt={4} id={`${titleId}-help`}>
        Arrow keys move by day and week, Home and End to the week's ends, Page Up and Page Down by
        month{onActivate ? "; Enter adds an exception on the day" : ""}.
      </Text>
      <CalendarLegend />
    </div>
  );
}

function DayCell({
  date,
  day,
  focused,
}: {
  readonly date: IsoDate;
  readonly day: MonthDay | undefined;
  readonly focused: boolean;
}) {
  const kind = day ? kindOf(day) : "";
  // The cell's name is its content: what is shown, with the words the eye takes from the
  // colour and the layout said to assistive technology too.
  return (
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a day of a date grid (WAI-ARIA APG)
      role="gridcell"
      data-date={date}
      data-working={day?.working}
      className={kind}
      tabIndex={focused ? 0 : -1}
      aria-selected={focused}
    >
      <div className="calendar-day-number">
        <VisuallyHidden>{DAY_NAMES[dayOfWeekOf(date)]} </VisuallyHidden>
        {Number(date.slice(8))}
        <VisuallyHidden> {monthTitle(date)}: </VisuallyHidden>
        {day?.exception ? <span aria-hidden> ✱</span> : null}
      </div>
      <div>
        {day?.exception ? <VisuallyHidden>Exception, </VisuallyHidden> : null}
        {day?.working ? (
          <>
            <VisuallyHidden>Working, </VisuallyHidden>
            {day.hours}
          </>
        ) : (
          "Non-working"
        )}
      </div>
      {day?.exception ? (
        <Text span size="xs" fs="italic" lineClamp={1}>
          <VisuallyHidden>, </VisuallyHidden>
          {day.exception}
        </Text>
      ) : day?.workWeek ? (
        <Text span size="xs" lineClamp={1}>
          <VisuallyHidden>, work week </VisuallyHidden>
          {day.workWeek}
        </Text>
      ) : null}
      {day?.inheritedFrom ? <VisuallyHidden>, from {day.inheritedFrom}</VisuallyHidden> : null}
    </td>
  );
}

const LEGEND = [
  { className: "calendar-day-working", label: "Working: the hours are shown" },
  { className: "calendar-day-off", label: "Non-working: “Non-working”" },
  { className: "calendar-day-exception-off", label: "Exception, day off: ✱ and its name, hatched" },
  {
    className: "calendar-day-exception-working",
    label: "Exception, changed hours: ✱, name and hours",
  },
];

function CalendarLegend() {
  return (
    <Group gap="md" mt="xs" aria-label="Legend" role="list">
      {LEGEND.map((item) => (
        <Group key={item.className} gap={6} role="listitem" wrap="nowrap">
          <span className={`calendar-legend-swatch ${item.className}`} aria-hidden />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
