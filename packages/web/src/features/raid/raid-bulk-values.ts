import {
  RAID_TYPE_FIELDS,
  RaidBulkPatch,
  type RaidItem,
  type RaidStatus,
} from "@orrery/contracts/raid";

/** The bulk edit dialog: every field starts "unchanged"; only those the person sets are sent. */
export interface RaidBulkFormValues {
  ownerChange: "keep" | "set" | "clear";
  ownerId: string | null;
  status: RaidStatus | null;
  categoryChange: "keep" | "set" | "clear";
  category: string;
  dueDateChange: "keep" | "set" | "clear";
  dueDate: string | null;
}

export function emptyBulkForm(): RaidBulkFormValues {
  return {
    ownerChange: "keep",
    ownerId: null,
    status: null,
    categoryChange: "keep",
    category: "",
    dueDateChange: "keep",
    dueDate: null,
  };
}

/** What the edit sets, in the contract's terms: an unchanged field is left out. */
export function bulkPatchFrom(values: RaidBulkFormValues): RaidBulkPatch {
  const patch: Record<string, unknown> = {};
  if (values.ownerChange !== "keep")
    patch.ownerId = values.ownerChange === "set" ? values.ownerId : null;
  if (values.status) patch.status = values.status;
  if (values.categoryChange !== "keep")
    patch.category = values.categoryChange === "set" ? values.category : null;
  if (values.dueDateChange !== "keep")
    patch.dueDate = values.dueDateChange === "set" ? values.dueDate : null;
  return RaidBulkPatch.parse(patch);
}

/** The selected items a due date does not apply to (the server refuses it on them). */
export function undatedItems(items: readonly RaidItem[]): RaidItem[] {
  return items.filter(
    (item) => !(RAID_TYPE_FIELDS[item.type] as readonly string[]).includes("dueDate"),
  );
}
