// Reads the bench-ref `.net` network format (see /work/shared/bench-ref/gen.py) into the engine's
// ScheduleInput. A bench input, not a product format: groups become summary tasks, lags are in
// working days on the one calendar (the C reference's convention).
import { parseLocalMinute } from "../../packages/scheduler/dist/time/local-minute.js";

export function parseNet(text) {
  const lines = text.split("\n");
  let start;
  let week;
  let hours;
  let holidays = [];
  const groupParent = new Map();
  const tasks = [];
  for (const line of lines) {
    if (line.length === 0) continue;
    const p = line.split(/\s+/);
    switch (p[0]) {
      case "START":
        start = p[1];
        break;
      case "WEEK":
        week = p.slice(1, 8).map(Number);
        break;
      case "HOURS":
        hours = p.slice(1).map(Number);
        break;
      case "HOLIDAYS":
        holidays = p.slice(2);
        break;
      case "G":
        groupParent.set(Number(p[1]), Number(p[2]));
        break;
      case "T": {
        const n = Number(p[4]);
        const preds = [];
        for (let i = 0; i < n; i++)
          preds.push([Number(p[5 + 3 * i]), p[6 + 3 * i], Number(p[7 + 3 * i])]);
        tasks.push({ id: Number(p[1]), group: Number(p[2]), days: Number(p[3]), preds });
        break;
      }
    }
  }
  return { start, week, hours, holidays, groupParent, tasks };
}

/** Maps a parsed network to a ScheduleInput; `withSummaries` adds the groups as summary tasks. */
export function toInput(net, { withSummaries }) {
  const intervals = [];
  for (let i = 0; i < net.hours.length; i += 2)
    intervals.push({ from: net.hours[i], to: net.hours[i + 1] });
  const minutesPerDay = intervals.reduce((sum, h) => sum + h.to - h.from, 0);
  // WEEK is Monday..Sunday; the engine's week is Sunday..Saturday.
  const week = [0, 1, 2, 3, 4, 5, 6].map((d) => (net.week[(d + 6) % 7] === 1 ? intervals : []));
  const exceptions = net.holidays.map((h) => {
    const dayNumber = Math.floor(parseLocalMinute(h) / 1440);
    return {
      fromDay: dayNumber,
      toDay: dayNumber,
      recurrence: { kind: "daily", everyDays: 1 },
      hours: [],
    };
  });
  const calendar = { name: "bench", week, exceptions, workWeeks: [] };
  const tasks = [];
  const links = [];
  const taskIndex = new Array(net.tasks.length);
  const groupIndex = new Map();
  const groupOf = (g) => {
    if (!withSummaries) return undefined;
    const known = groupIndex.get(g);
    if (known !== undefined) return known;
    const parent = net.groupParent.get(g);
    const parentIndex = parent === undefined || parent < 0 ? undefined : groupOf(parent);
    const index = tasks.length;
    tasks.push({ key: -1 - g, parent: parentIndex, duration: 0 });
    groupIndex.set(g, index);
    return index;
  };
  for (const task of net.tasks) {
    const parent = groupOf(task.group);
    taskIndex[task.id] = tasks.length;
    tasks.push({
      key: task.id,
      parent,
      duration: task.days * minutesPerDay,
      milestone: task.days === 0,
    });
  }
  for (const task of net.tasks) {
    for (const [pred, type, lag] of task.preds) {
      links.push({ from: taskIndex[pred], to: taskIndex[task.id], type, lag: lag * minutesPerDay });
    }
  }
  return {
    input: {
      calendars: [calendar],
      projectCalendar: 0,
      projectStart: parseLocalMinute(net.start) + net.hours[0],
      tasks,
      links,
    },
    taskIndex,
    minutesPerDay,
  };
}
