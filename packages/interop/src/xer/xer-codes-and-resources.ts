// P6 activity codes and resources. Activity codes become MS Project custom text fields: Text1
// holds the activity's own ID (task_code, which P6 shows as "Activity ID"), Text2…Text30 one
// code type each, in the file's order. Resources keep their P6 ID as the resource code.

import type {
  AssignmentRecord,
  ExtendedAttributeDefinition,
  ExtendedAttributeValue,
  ResourceRecord,
} from "../document/project-document.js";
import {
  toAssignmentUid,
  toCalendarUid,
  toResourceUid,
  toTaskUid,
} from "../document/record-uids.js";
import { hoursToMinutes } from "./xer-activity.js";
import { recordsOf, type XerFields } from "./xer-fields.js";
import type { XerFile } from "./xer-tables.js";

/** MS Project's FieldIDs of the task fields Text1 … Text30. */
const TEXT_FIELD_IDS: readonly number[] = [
  188743731,
  188743734,
  188743737,
  188743740,
  188743743,
  ...Array.from({ length: 5 }, (_, i) => 188743746 + i),
  ...Array.from({ length: 20 }, (_, i) => 188743997 + i),
];

function textField(index: number): { fieldId: string; fieldName: string } | undefined {
  const id = TEXT_FIELD_IDS[index];
  return id === undefined ? undefined : { fieldId: String(id), fieldName: `Text${index + 1}` };
}

/** The custom field definitions and each activity's values. */
export interface XerActivityCodes {
  readonly definitions: readonly ExtendedAttributeDefinition[];
  valuesOf(activity: XerFields): ExtendedAttributeValue[];
}

/** Reads the activity code types used by the project's activities, and their values. */
export function readXerActivityCodes(
  file: string,
  xer: XerFile,
  projectId: string,
  notices: string[],
): XerActivityCodes {
  const activityIdField = textField(0);
  const definitions: ExtendedAttributeDefinition[] =
    activityIdField === undefined
      ? []
      : [{ ...activityIdField, alias: "Activity ID", entity: "task", valueType: "text" }];
  const codeValue = new Map<number, string>();
  for (const code of recordsOf(file, xer.tables.get("ACTVCODE"))) {
    codeValue.set(
      code.requiredId("actv_code_id"),
      code.text("short_name") ?? code.text("actv_code_name") ?? "",
    );
  }
  const assignments = recordsOf(file, xer.tables.get("TASKACTV")).filter(
    (row) => (row.text("proj_id") ?? projectId) === projectId,
  );
  const usedTypes = new Set(assignments.map((row) => row.requiredId("actv_code_type_id")));
  const fieldOfType = new Map<number, string>();
  let dropped = 0;
  for (const type of recordsOf(file, xer.tables.get("ACTVTYPE"))) {
    const typeId = type.requiredId("actv_code_type_id");
    if (!usedTypes.has(typeId)) continue;
    const field = textField(definitions.length);
    if (field === undefined) {
      dropped++;
      continue;
    }
    fieldOfType.set(typeId, field.fieldId);
    definitions.push({
      ...field,
      alias: type.text("actv_code_type") ?? `Code ${typeId}`,
      entity: "task",
      valueType: "text",
    });
  }
  if (dropped > 0) notices.push(`${dropped} activity code types beyond Text30 are left out`);
  const valuesByTask = new Map<number, ExtendedAttributeValue[]>();
  for (const row of assignments) {
    const fieldId = fieldOfType.get(row.requiredId("actv_code_type_id"));
    const codeId = row.requiredId("actv_code_id");
    const value = codeValue.get(codeId);
    if (fieldId === undefined) continue;
    if (value === undefined)
      throw row.error(
        "unknown-reference",
        "actv_code_id",
        `${codeId} is not an activity code of the file`,
      );
    const taskId = row.requiredId("task_id");
    const values = valuesByTask.get(taskId);
    if (values === undefined) valuesByTask.set(taskId, [{ fieldId, value }]);
    else values.push({ fieldId, value });
  }
  return {
    definitions,
    valuesOf(activity) {
      const own = activity.text("task_code");
      const codes = valuesByTask.get(activity.requiredId("task_id")) ?? [];
      return activityIdField === undefined || own === undefined
        ? codes
        : [{ fieldId: activityIdField.fieldId, value: own }, ...codes];
    },
  };
}

const RESOURCE_TYPES: Record<string, ResourceRecord["type"]> = {
  RT_Labor: "work",
  RT_Equip: "work",
  RT_Mat: "material",
};

/** Reads the resource pool and the project's resource assignments. */
export function readXerResources(
  file: string,
  xer: XerFile,
  projectId: string,
  uidOfActivity: ReadonlyMap<number, number>,
  calendarUids: ReadonlySet<number>,
): { resources: ResourceRecord[]; assignments: AssignmentRecord[] } {
  const resourceIds = new Set<number>();
  const resources = recordsOf(file, xer.tables.get("RSRC")).map((row, index): ResourceRecord => {
    const uid = row.requiredId("rsrc_id");
    resourceIds.add(uid);
    const calendar = row.id("clndr_id");
    if (calendar !== undefined && !calendarUids.has(calendar)) {
      throw row.error("unknown-reference", "clndr_id", `${calendar} is not a calendar of the file`);
    }
    return {
      uid: toResourceUid(uid),
      id: index + 1,
      name: row.text("rsrc_name") ?? row.text("rsrc_short_name") ?? `Resource ${uid}`,
      guid: row.text("guid"),
      isNull: false,
      type: RESOURCE_TYPES[row.text("rsrc_type") ?? "RT_Labor"] ?? "work",
      code: row.text("rsrc_short_name"),
      emailAddress: row.text("email_addr"),
      calendarUid: calendar === undefined ? undefined : toCalendarUid(calendar),
      isInactive: row.flag("active_flag") === false ? true : undefined,
      baselines: [],
      extendedAttributes: [],
    };
  });
  const assignments: AssignmentRecord[] = [];
  for (const row of recordsOf(file, xer.tables.get("TASKRSRC"))) {
    if ((row.text("proj_id") ?? projectId) !== projectId) continue;
    const taskId = row.requiredId("task_id");
    const taskUid = uidOfActivity.get(taskId);
    if (taskUid === undefined)
      throw row.error(
        "unknown-reference",
        "task_id",
        `${taskId} is not an activity of the project`,
      );
    const resourceId = row.id("rsrc_id");
    if (resourceId !== undefined && !resourceIds.has(resourceId)) {
      throw row.error(
        "unknown-reference",
        "rsrc_id",
        `${resourceId} is not a resource of the file`,
      );
    }
    const actual = (row.number("act_reg_qty") ?? 0) + (row.number("act_ot_qty") ?? 0);
    assignments.push({
      uid: toAssignmentUid(row.requiredId("taskrsrc_id")),
      taskUid: toTaskUid(taskUid),
      resourceUid: resourceId === undefined ? undefined : toResourceUid(resourceId),
      units: row.number("target_qty_per_hr") ?? 1,
      workMinutes: hoursToMinutes(row.number("target_qty")) ?? 0,
      start:
        row.dateTime("act_start_date") ??
        row.dateTime("restart_date") ??
        row.dateTime("target_start_date"),
      finish:
        row.dateTime("act_end_date") ??
        row.dateTime("reend_date") ??
        row.dateTime("target_end_date"),
      actualStart: row.dateTime("act_start_date"),
      actualFinish: row.dateTime("act_end_date"),
      actualWorkMinutes: hoursToMinutes(actual),
      remainingWorkMinutes: hoursToMinutes(row.number("remain_qty")),
      baselines: [],
      extendedAttributes: [],
    });
  }
  return { resources, assignments };
}
