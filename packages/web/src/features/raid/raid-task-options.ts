import type { Task } from "@orrery/contracts/plans";
import type { RaidTaskRef } from "@orrery/contracts/raid";

/**
 * The tasks a RAID item may link to, as "WBS · name" in plan order (summaries too: a risk can
 * bear on a whole phase), plus any task the item already links to that the plan no longer has,
 * so the picker still shows it and saving does not drop it unasked.
 */
export function taskOptions(
  tasks: readonly Pick<Task, "uid" | "name" | "wbs">[],
  linked: readonly RaidTaskRef[],
): { value: string; label: string }[] {
  const options = tasks.map((task) => ({
    value: String(task.uid),
    label: task.wbs ? `${task.wbs} · ${task.name}` : task.name,
  }));
  const known = new Set(tasks.map((task) => task.uid));
  for (const ref of linked) {
    if (!known.has(ref.uid))
      options.push({ value: String(ref.uid), label: `#${ref.uid} (no longer in the plan)` });
  }
  return options;
}
