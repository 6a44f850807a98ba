// Writes <ExtendedAttributes> (custom field definitions), <Resources> and <Assignments>, children
// in the MSPDI schema's sequences. Where MS Project 2010+ writes an element earlier than the 2007
// schema lists it (IsCostResource and IsBudget before Baseline), its own order is followed: that
// is the order its importer is known to accept.

import type {
  AssignmentRecord,
  ExtendedAttributeDefinition,
  ExtendedAttributeValueType,
  ResourceRecord,
  ResourceType,
  WorkCostBaseline,
} from "../document/project-document.js";
import {
  currencyToCents,
  durationText,
  minutesToTenths,
  writeExtendedAttributeValues,
} from "./mspdi-writer-task.js";
import type { MspdiXmlWriter } from "./mspdi-writer-xml.js";

/** MSPDI resource `Type`: 0 material, 1 work; a cost resource is written 2 and flagged. */
const RESOURCE_TYPE_CODES: Record<ResourceType, number> = { material: 0, work: 1, cost: 2 };

/** MSPDI `CFType` of a custom field. */
const VALUE_TYPE_CODES: Record<ExtendedAttributeValueType, number> = {
  cost: 0,
  date: 1,
  duration: 2,
  finish: 3,
  flag: 4,
  number: 5,
  start: 6,
  text: 7,
  outlineCode: 27,
};

/** MS Project's stand-in resource UID on an assignment without a resource. */
const NO_RESOURCE_UID = -65535;

/** Writes custom field definitions (FieldID, FieldName, CFType, Guid, Alias, Formula). */
export function writeMspdiExtendedAttributeDefinitions(
  xml: MspdiXmlWriter,
  definitions: readonly ExtendedAttributeDefinition[],
): void {
  xml.list("ExtendedAttributes", definitions, (definition) => {
    xml.element("ExtendedAttribute", () => {
      xml.text("FieldID", definition.fieldId);
      xml.text("FieldName", definition.fieldName);
      xml.number(
        "CFType",
        definition.valueType === undefined ? undefined : VALUE_TYPE_CODES[definition.valueType],
      );
      xml.text("Guid", definition.guid);
      xml.text("Alias", definition.alias);
      xml.text("Formula", definition.formula);
    });
  });
}

/** Writes every resource. */
export function writeMspdiResources(
  xml: MspdiXmlWriter,
  resources: readonly ResourceRecord[],
): void {
  xml.list("Resources", resources, (resource) => {
    xml.element("Resource", () => {
      xml.number("UID", resource.uid);
      xml.text("GUID", resource.guid);
      xml.number("ID", resource.id);
      xml.text("Name", resource.name);
      xml.number("Type", RESOURCE_TYPE_CODES[resource.type]);
      xml.flag("IsNull", resource.isNull);
      xml.text("Initials", resource.initials);
      xml.text("MaterialLabel", resource.materialLabel);
      xml.text("Code", resource.code);
      xml.text("Group", resource.group);
      xml.text("EmailAddress", resource.emailAddress);
      xml.number("MaxUnits", resource.maxUnits);
      xml.text("Work", durationText(resource.workMinutes));
      xml.number("StandardRate", resource.standardRatePerHour);
      xml.number("Cost", currencyToCents(resource.cost));
      xml.number("OvertimeRate", resource.overtimeRatePerHour);
      xml.number("CostPerUse", currencyToCents(resource.costPerUse));
      xml.number("CalendarUID", resource.calendarUid);
      xml.text("Notes", resource.notes);
      xml.flag("IsGeneric", resource.isGeneric);
      xml.flag("IsInactive", resource.isInactive);
      xml.flag("IsCostResource", resource.type === "cost" ? true : undefined);
      xml.flag("IsBudget", resource.isBudget);
      writeExtendedAttributeValues(xml, resource.extendedAttributes);
      for (const baseline of resource.baselines) writeWorkCostBaseline(xml, baseline);
    });
  });
}

/** Writes every assignment. */
export function writeMspdiAssignments(
  xml: MspdiXmlWriter,
  assignments: readonly AssignmentRecord[],
): void {
  xml.list("Assignments", assignments, (assignment) => {
    xml.element("Assignment", () => {
      xml.number("UID", assignment.uid);
      xml.number("TaskUID", assignment.taskUid);
      xml.number("ResourceUID", assignment.resourceUid ?? NO_RESOURCE_UID);
      xml.number("PercentWorkComplete", assignment.percentWorkComplete);
      xml.number("ActualCost", currencyToCents(assignment.actualCost));
      xml.text("ActualFinish", assignment.actualFinish);
      xml.text("ActualStart", assignment.actualStart);
      xml.text("ActualWork", durationText(assignment.actualWorkMinutes));
      xml.number("Cost", currencyToCents(assignment.cost));
      xml.number("Delay", minutesToTenths(assignment.delayMinutes));
      xml.text("Finish", assignment.finish);
      xml.text("RemainingWork", durationText(assignment.remainingWorkMinutes));
      xml.text("Start", assignment.start);
      xml.number("Units", assignment.units);
      xml.text("Work", durationText(assignment.workMinutes));
      xml.number("WorkContour", assignment.workContour);
      writeExtendedAttributeValues(xml, assignment.extendedAttributes);
      for (const baseline of assignment.baselines) writeWorkCostBaseline(xml, baseline);
    });
  });
}

function writeWorkCostBaseline(xml: MspdiXmlWriter, baseline: WorkCostBaseline): void {
  xml.element("Baseline", () => {
    xml.number("Number", baseline.number);
    xml.text("Start", baseline.start);
    xml.text("Finish", baseline.finish);
    xml.text("Work", durationText(baseline.workMinutes));
    xml.number("Cost", currencyToCents(baseline.cost));
  });
}
