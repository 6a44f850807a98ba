import type { Link, PlanChange, Task, TaskList, TaskSchedule } from "@orrery/contracts/plans";
import { equalDeep } from "./equal-deep.js";
import { plainTask } from "./plain-task.js";

/**
 * `items` with a write's answer applied: changed items replace theirs in place, new ones are
 * added at the end, removed ones dropped, the others go through `kept`. Items it answers as they
 * are keep their identity, so memoised rows and bars of a large plan stay as they are.
 */
export function mergedByKey<T, K>(
  items: readonly T[],
  changed: readonly T[],
  removed: readonly K[],
  keyOf: (item: T) => K,
  kept: (item: T) => T = (item) => item,
): T[] {
  const fresh = new Map(changed.map((item) => [keyOf(item), item]));
  const gone = new Set(removed);
  const merged: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (gone.has(key)) continue;
    merged.push(fresh.get(key) ?? kept(item));
    fresh.delete(key);
  }
  for (const [key, item] of fresh) if (!gone.has(key)) merged.push(item);
  return merged;
}

/** Whether the cached list is already newer than a write's answer (a refetch won the race). */
export function isNewerThan(list: TaskList, change: PlanChange): boolean {
  return list.plan.version > change.plan.version;
}

/**
 * The task list after a write, from the write's answer alone (it carries every task the
 * reschedule moved), so the chart repaints without waiting for the whole plan again.
 */
export function tasksAfterChange(list: TaskList, change: PlanChange): TaskList {
  const moved = new Map(change.rescheduled.map((schedule) => [schedule.uid, schedule]));
  const items = mergedByKey(
    list.items,
    change.changed.map(plainOnce),
    change.deletedUids,
    (task) => task.uid,
    (task) => {
      const schedule = moved.get(task.uid);
      return schedule ? rescheduledTask(task, schedule) : task;
    },
  );
  const after = { plan: change.plan, items };
  sharedAlready.add(after);
  return after;
}

/** The answer's tasks as plain objects, each once, so the cache and undo's record share them. */
const plainTasks = new WeakMap<Task, Task>();

function plainOnce(task: Task): Task {
  let plain = plainTasks.get(task);
  if (!plain) {
    plain = plainTask(task);
    plainTasks.set(task, plain);
  }
  return plain;
}

/**
 * Lists made from the cached one by a write's answer: every task the answer left alone is the
 * cached object already, so sharing them with the cache again would only compare thousands of
 * moved tasks to find they moved.
 */
const sharedAlready = new WeakSet<TaskList>();

/**
 * Tasks with a write's new computed values, by the answer's entry: the cache and undo's record
 * both apply the same answer, and the same task object for both keeps their per-task work shared.
 */
const rescheduledTasks = new WeakMap<TaskSchedule, { readonly was: Task; readonly task: Task }>();

function rescheduledTask(was: Task, schedule: TaskSchedule): Task {
  const known = rescheduledTasks.get(schedule);
  if (known?.was === was) return known.task;
  // Written out field by field: V8 copies the cached task's shape in one step and sets ten
  // fields, the cheapest copy it makes, and a critical edit makes 7,654 of them.
  const task: Task = {
    ...was,
    start: schedule.start,
    finish: schedule.finish,
    earlyStart: schedule.earlyStart,
    earlyFinish: schedule.earlyFinish,
    lateStart: schedule.lateStart,
    lateFinish: schedule.lateFinish,
    totalFloatMinutes: schedule.totalFloatMinutes,
    freeFloatMinutes: schedule.freeFloatMinutes,
    critical: schedule.critical,
    summary: schedule.summary,
  };
  rescheduledTasks.set(schedule, { was, task });
  return task;
}

/**
 * The link list after a write, as `tasksAfterChange` does for tasks. Most edits touch no link:
 * the list then stays the same object, so nothing worked out from the links (predecessor
 * texts, the chart's arrows) is worked out again.
 */
export function linksAfterChange<L extends { readonly items: readonly Link[] }>(
  links: L,
  change: PlanChange,
): L | { items: Link[] } {
  if (change.links.length === 0 && change.removedLinkIds.length === 0) return links;
  return {
    items: mergedByKey(links.items, change.links, change.removedLinkIds, (link) => link.id),
  };
}

/**
 * The cache's structural sharing for a task list (a refetch, or a write's answer merged in):
 * a task equal to the cached one with its UID stays that object, so memoised rows, bars and
 * parsed dates stay too; the cached list itself stays when nothing differs.
 */
export function sharedTaskList(cached: TaskList | undefined, next: TaskList): TaskList {
  if (!cached || sharedAlready.has(next)) return next;
  // Rows mostly stay where they were: the task at the same index is tried before a lookup.
  let byUid: Map<number, Task> | null = null;
  const cachedTask = (uid: number, index: number): Task | undefined => {
    const there = cached.items[index];
    if (there?.uid === uid) return there;
    byUid ??= new Map(cached.items.map((task) => [task.uid, task]));
    return byUid.get(uid);
  };
  let unchanged = cached.items.length === next.items.length;
  const items = next.items.map((task, index) => {
    const was = cachedTask(task.uid, index);
    const kept = was !== undefined && equalDeep(was, task) ? was : task;
    if (kept !== cached.items[index]) unchanged = false;
    return kept;
  });
  const plan = equalDeep(cached.plan, next.plan) ? cached.plan : next.plan;
  return unchanged && plan === cached.plan ? cached : { plan, items };
}
