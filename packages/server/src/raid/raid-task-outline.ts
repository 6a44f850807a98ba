import { outlineNumbers } from "@orrery/core/plans/outline";
import type { Db } from "../store/database.js";
import { type RaidView, readTaskOutline } from "./raid-store.js";

/**
 * The views with each linked task's WBS as the plan shows it: its own code, or else its outline
 * number (`1.2`), which follows from the rows above it and so is computed here, once per project
 * that needs it, rather than stored.
 */
export async function withTaskOutlineNumbers(
  db: Db,
  orgId: string,
  views: readonly RaidView[],
): Promise<RaidView[]> {
  const needing = new Set(
    views
      .filter((v) => v.tasks.some((t) => t.name !== null && t.wbs === null))
      .map((v) => v.row.projectId),
  );
  if (needing.size === 0) return [...views];
  const numbers = new Map<string, Map<number, string>>();
  for (const projectId of needing) {
    const outline = await readTaskOutline(db, orgId, projectId);
    const labels = outlineNumbers(outline.map((row) => row.outlineLevel));
    numbers.set(projectId, new Map(outline.map((row, i) => [row.uid, labels[i] ?? ""])));
  }
  return views.map((view) => {
    const own = numbers.get(view.row.projectId);
    if (!own) return view;
    return {
      ...view,
      tasks: view.tasks.map((t) =>
        t.name !== null && t.wbs === null ? { ...t, wbs: own.get(t.uid) ?? null } : t,
      ),
    };
  });
}

/** The same for one view. */
export async function withTaskOutlineNumber(
  db: Db,
  orgId: string,
  view: RaidView,
): Promise<RaidView> {
  const [filled] = await withTaskOutlineNumbers(db, orgId, [view]);
  return filled ?? view;
}
