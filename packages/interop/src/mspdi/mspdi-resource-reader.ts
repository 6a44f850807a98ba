// Reads MSPDI <Resource>, <Assignment> and project-level <ExtendedAttribute> definitions.

import type {
  AssignmentRecord,
  ExtendedAttributeDefinition,
  ExtendedAttributeEntity,
  ExtendedAttributeValueType,
  ResourceRecord,
  ResourceType,
  WorkCostBaseline,
} from "../document/project-document.js";
import {
  toAssignmentUid,
  toCalendarUid,
  toResourceUid,
  toTaskUid,
} from "../document/record-uids.js";
import { codeTable, MspdiFields, type MspdiSource, mspdiFields } from "./mspdi-fields.js";
import { centsToCurrency, readExtendedAttributeValues } from "./mspdi-task-reader.js";

/** The elements this reader looks at. */
const FIELD = mspdiFields([
  "UID",
  "CalendarUID",
  "Type",
  "IsCostResource",
  "ID",
  "Name",
  "GUID",
  "IsNull",
  "Initials",
  "Group",
  "Code",
  "EmailAddress",
  "MaterialLabel",
  "MaxUnits",
  "StandardRate",
  "OvertimeRate",
  "CostPerUse",
  "IsGeneric",
  "IsInactive",
  "IsBudget",
  "Work",
  "Cost",
  "Baseline",
  "Notes",
  "ResourceUID",
  "TaskUID",
  "Units",
  "Start",
  "Finish",
  "ActualStart",
  "ActualFinish",
  "ActualWork",
  "RemainingWork",
  "PercentWorkComplete",
  "ActualCost",
  "Delay",
  "WorkContour",
  "Number",
  "FieldID",
  "FieldName",
  "Alias",
  "CFType",
  "Guid",
  "Formula",
]);

const RESOURCE_TYPES = codeTable<ResourceType>([
  [0, "material"],
  [1, "work"],
  [2, "cost"],
]);

/** MS Project's stand-in resource of an assignment that has no resource. */
const NO_RESOURCE_UID = -65535;

const VALUE_TYPES = codeTable<ExtendedAttributeValueType>([
  [0, "cost"],
  [1, "date"],
  [2, "duration"],
  [3, "finish"],
  [4, "flag"],
  [5, "number"],
  [6, "start"],
  [7, "text"],
  [27, "outlineCode"],
]);

/** Reads one `<Resource>` element. */
export function readMspdiResource(source: MspdiSource, row: number): ResourceRecord {
  const unplaced = new MspdiFields(source, row, "Project/Resources/Resource");
  const uid = unplaced.requiredInt(FIELD.UID);
  const fields = unplaced.at(`Project/Resources/Resource[UID=${uid}]`);
  const calendarUid = fields.int(FIELD.CalendarUID);
  const typeCode = fields.code(FIELD.Type, RESOURCE_TYPES) ?? "work";
  // MSPDI marks a cost resource as a material one with IsCostResource set.
  const type =
    typeCode === "material" && fields.bool(FIELD.IsCostResource) === true ? "cost" : typeCode;
  return {
    uid: toResourceUid(uid),
    id: fields.int(FIELD.ID) ?? uid,
    name: fields.text(FIELD.Name) ?? "",
    guid: fields.text(FIELD.GUID),
    isNull: fields.bool(FIELD.IsNull) ?? false,
    type,
    initials: fields.text(FIELD.Initials),
    group: fields.text(FIELD.Group),
    code: fields.text(FIELD.Code),
    emailAddress: fields.text(FIELD.EmailAddress),
    materialLabel: fields.text(FIELD.MaterialLabel),
    maxUnits: fields.number(FIELD.MaxUnits),
    calendarUid:
      calendarUid !== undefined && calendarUid >= 0 ? toCalendarUid(calendarUid) : undefined,
    standardRatePerHour: fields.number(FIELD.StandardRate),
    overtimeRatePerHour: fields.number(FIELD.OvertimeRate),
    costPerUse: centsToCurrency(fields.number(FIELD.CostPerUse)),
    isGeneric: fields.bool(FIELD.IsGeneric),
    isInactive: fields.bool(FIELD.IsInactive),
    isBudget: fields.bool(FIELD.IsBudget),
    workMinutes: fields.duration(FIELD.Work),
    cost: centsToCurrency(fields.number(FIELD.Cost)),
    baselines: fields.readAll(FIELD.Baseline, readWorkCostBaseline),
    notes: fields.text(FIELD.Notes),
    extendedAttributes: readExtendedAttributeValues(fields),
  };
}

/** Reads one `<Assignment>` element. */
export function readMspdiAssignment(source: MspdiSource, row: number): AssignmentRecord {
  const unplaced = new MspdiFields(source, row, "Project/Assignments/Assignment");
  const uid = unplaced.requiredInt(FIELD.UID);
  const fields = unplaced.at(`Project/Assignments/Assignment[UID=${uid}]`);
  const resourceUid = fields.int(FIELD.ResourceUID);
  return {
    uid: toAssignmentUid(uid),
    taskUid: toTaskUid(fields.requiredInt(FIELD.TaskUID)),
    resourceUid:
      resourceUid === undefined || resourceUid === NO_RESOURCE_UID
        ? undefined
        : toResourceUid(resourceUid),
    units: fields.number(FIELD.Units) ?? 1,
    workMinutes: fields.duration(FIELD.Work) ?? 0,
    start: fields.dateTime(FIELD.Start),
    finish: fields.dateTime(FIELD.Finish),
    actualStart: fields.dateTime(FIELD.ActualStart),
    actualFinish: fields.dateTime(FIELD.ActualFinish),
    actualWorkMinutes: fields.duration(FIELD.ActualWork),
    remainingWorkMinutes: fields.duration(FIELD.RemainingWork),
    percentWorkComplete: fields.number(FIELD.PercentWorkComplete),
    cost: centsToCurrency(fields.number(FIELD.Cost)),
    actualCost: centsToCurrency(fields.number(FIELD.ActualCost)),
    delayMinutes: fields.tenthsAsMinutes(FIELD.Delay),
    workContour: fields.int(FIELD.WorkContour),
    baselines: fields.readAll(FIELD.Baseline, readWorkCostBaseline),
    extendedAttributes: readExtendedAttributeValues(fields),
  };
}

function readWorkCostBaseline(baseline: MspdiFields): WorkCostBaseline {
  return {
    number: baseline.int(FIELD.Number) ?? 0,
    workMinutes: baseline.duration(FIELD.Work),
    cost: centsToCurrency(baseline.number(FIELD.Cost)),
    start: baseline.dateTime(FIELD.Start),
    finish: baseline.dateTime(FIELD.Finish),
  };
}

/**
 * The record kind of a custom field, from its FieldID: MS Project numbers task fields from
 * 188743680 (0x0B400000), resource fields from 205520896 (0x0C400000) and assignment fields from
 * 255852544 (0x0F400000).
 */
function entityOfFieldId(fieldId: number): ExtendedAttributeEntity {
  const prefix = Math.floor(fieldId / 0x100000);
  if (prefix === 0xb4) return "task";
  if (prefix === 0xc4) return "resource";
  if (prefix === 0xf4) return "assignment";
  return "project";
}

/** Reads one project-level `<ExtendedAttribute>` (a custom field definition). */
export function readMspdiExtendedAttributeDefinition(
  source: MspdiSource,
  row: number,
): ExtendedAttributeDefinition {
  const fields = new MspdiFields(source, row, "Project/ExtendedAttributes/ExtendedAttribute");
  const fieldId = fields.text(FIELD.FieldID)?.trim();
  if (fieldId === undefined) throw fields.error("missing-field", FIELD.FieldID, "is required");
  return {
    fieldId,
    fieldName: fields.text(FIELD.FieldName) ?? "",
    alias: fields.text(FIELD.Alias),
    entity: entityOfFieldId(Number(fieldId)),
    valueType: fields.code(FIELD.CFType, VALUE_TYPES),
    // The schema and MS Project spell it Guid here, unlike the GUID of tasks and resources;
    // other writers use GUID, so either is read.
    guid: fields.text(FIELD.Guid) ?? fields.text(FIELD.GUID),
    formula: fields.text(FIELD.Formula),
  };
}
