import type { Assignment, Resource } from "@orrery/contracts/resources";

/**
 * Each task's assigned resources as the plan grid's Resources column shows them, as MS Project
 * does: names separated by commas, a share other than 100 % in brackets (`Ana, Ben[50%]`).
 */
export function resourceNamesByTask(
  resources: readonly Resource[],
  assignments: readonly Assignment[],
): Map<number, string> {
  const nameOf = new Map(resources.map((resource) => [resource.uid, resource.name]));
  const names = new Map<number, string[]>();
  for (const assignment of assignments) {
    const name = nameOf.get(assignment.resourceUid);
    if (name === undefined) continue;
    const units =
      resources.find((r) => r.uid === assignment.resourceUid)?.type === "work" &&
      assignment.units !== 1
        ? `[${+(assignment.units * 100).toFixed(1)}%]`
        : "";
    const list = names.get(assignment.taskUid) ?? [];
    list.push(`${name}${units}`);
    names.set(assignment.taskUid, list);
  }
  return new Map([...names].map(([uid, list]) => [uid, list.join(", ")]));
}
