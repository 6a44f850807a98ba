import type { Calendar } from "@orrery/contracts/calendars";
import type { Task } from "@orrery/contracts/plans";

// What uses a calendar: the server refuses to delete one in use (409), so the page says why
// before the person tries.

/** Why `calendar` cannot be deleted (`the project calendar`, `3 tasks`), or null when free. */
export function calendarUse(
  calendar: Calendar,
  calendars: readonly Calendar[],
  tasks: readonly Pick<Task, "calendarUid">[],
): string | null {
  if (calendar.isProjectCalendar) return "it is the project calendar";
  const taskCount = tasks.filter((task) => task.calendarUid === calendar.uid).length;
  if (taskCount > 0) return `${taskCount} ${taskCount === 1 ? "task uses" : "tasks use"} it`;
  const derived = calendars.filter((c) => c.baseCalendarUid === calendar.uid);
  if (derived.length > 0)
    return `${derived.map((c) => c.name).join(", ")} ${derived.length === 1 ? "is" : "are"} derived from it`;
  return null;
}

/** A task's calendar as typed in the grid: a calendar's name, or empty for the project's. */
export function taskCalendarOf(
  text: string,
  names: ReadonlyMap<number, string>,
): { ok: true; value: { calendarUid: number | null } } | { ok: false; message: string } {
  const typed = text.trim().toLowerCase();
  if (typed === "" || typed === "project calendar")
    return { ok: true, value: { calendarUid: null } };
  for (const [uid, name] of names)
    if (name.trim().toLowerCase() === typed) return { ok: true, value: { calendarUid: uid } };
  return {
    ok: false,
    message: `No calendar "${text.trim()}"; type one of: ${[...names.values()].join(", ")}, or leave empty for the project calendar`,
  };
}
