import type { Link, PlanChange, Task, TaskList } from "@orrery/contracts/plans";
import { equalDeep } from "./equal-deep.js";

/**
 * `items` with a write's answer applied: changed items replace theirs in place, new ones are
 * added at the end, removed ones dropped. Untouched items keep their identity, so memoised rows
 * and bars of a large plan stay as they are.
 */
export function mergedByKey<T, K>(
  items: readonly T[],
  changed: readonly T[],
  removed: readonly K[],
  keyOf: (item: T) => K,
): T[] {
  const fresh = new Map(changed.map((item) => [keyOf(item), item]));
  const gone = new Set(removed);
  const merged: T[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (gone.has(key)) continue;
    merged.push(fresh.get(key) ?? item);
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
  return {
    plan: change.plan,
    items: mergedByKey(list.items, change.changed, change.deletedUids, (task) => task.uid),
  };
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
  if (!cached) return next;
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
