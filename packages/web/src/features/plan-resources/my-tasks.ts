import type { Assignment, Resource } from "@orrery/contracts/resources";

/**
 * The tasks assigned to a member: through the plan's resources mapped to them (`userId`), the
 * same mapping that puts tasks in their My work.
 */
export function tasksAssignedTo(
  userId: string,
  resources: readonly Resource[],
  assignments: readonly Assignment[],
): Set<number> {
  const mine = new Set(resources.filter((r) => r.userId === userId).map((r) => r.uid));
  return new Set(assignments.filter((a) => mine.has(a.resourceUid)).map((a) => a.taskUid));
}
