// P6 relationships (TASKPRED) between the activities of the project read. A relationship to an
// activity of another project is left out (and counted for a notice); one to an activity that
// exists nowhere in the file is refused.

import type { LinkType, TaskLink } from "../document/project-document.js";
import { toTaskUid } from "../document/record-uids.js";
import { displayFormatOf, hoursToMinutes } from "./xer-activity.js";
import { recordsOf } from "./xer-fields.js";
import type { XerFile } from "./xer-tables.js";

const LINK_TYPES: ReadonlyMap<string, LinkType> = new Map([
  ["PR_FS", "FS"],
  ["PR_SS", "SS"],
  ["PR_FF", "FF"],
  ["PR_SF", "SF"],
]);

/** Reads the relationships into links grouped by successor, in outline order. */
export function readXerRelationships(
  file: string,
  xer: XerFile,
  projectId: string,
  uidOfActivity: ReadonlyMap<number, number>,
  minutesPerDay: number,
  notices: string[],
): TaskLink[] {
  const links: TaskLink[] = [];
  let crossProject = 0;
  for (const relationship of recordsOf(file, xer.tables.get("TASKPRED"))) {
    const successor = uidOfActivity.get(relationship.requiredId("task_id"));
    const predecessorId = relationship.requiredId("pred_task_id");
    const predecessor = uidOfActivity.get(predecessorId);
    const predecessorProject = relationship.text("pred_proj_id") ?? projectId;
    const successorProject = relationship.text("proj_id") ?? projectId;
    if (successor === undefined) {
      if (successorProject !== projectId) continue;
      throw relationship.error(
        "unknown-reference",
        "task_id",
        `${relationship.text("task_id")} is not an activity of the file`,
      );
    }
    if (predecessor === undefined) {
      if (predecessorProject !== projectId) {
        crossProject++;
        continue;
      }
      throw relationship.error(
        "unknown-reference",
        "pred_task_id",
        `${predecessorId} is not an activity of the file`,
      );
    }
    const code = relationship.text("pred_type") ?? "PR_FS";
    const type = LINK_TYPES.get(code);
    if (type === undefined)
      throw relationship.error(
        "invalid-value",
        "pred_type",
        `"${code}" is not PR_FS, PR_SS, PR_FF or PR_SF`,
      );
    const lagMinutes = hoursToMinutes(relationship.number("lag_hr_cnt")) ?? 0;
    links.push({
      predecessorUid: toTaskUid(predecessor),
      successorUid: toTaskUid(successor),
      type,
      lag: {
        kind: "time",
        minutes: lagMinutes,
        format: displayFormatOf(lagMinutes, minutesPerDay),
      },
    });
  }
  if (crossProject > 0)
    notices.push(`${crossProject} relationships to activities of other projects are left out`);
  // The document keeps links grouped by successor, in outline order.
  return links.sort((a, b) => a.successorUid - b.successorUid);
}
