import { describe, expect, it } from "vitest";
import { bulkPatchFrom, emptyBulkForm } from "./raid-bulk-values.js";
import {
  bulkRequestOf,
  pageSelection,
  selectedItems,
  toggleItem,
  toggleWholePage,
} from "./raid-selection.js";

const shown = [
  { id: "a", version: 1 },
  { id: "b", version: 3 },
  { id: "c", version: 2 },
];

describe("RAID row selection", () => {
  it("keeps only selected rows still shown, in the order shown", () => {
    expect(selectedItems(shown, new Set(["c", "gone", "a"]))).toEqual([shown[0], shown[2]]);
  });

  it("toggles one row, and the whole page from none or some to all, then to none", () => {
    const one = toggleItem(new Set(), "b");
    expect([...one]).toEqual(["b"]);
    expect([...toggleItem(one, "b")]).toEqual([]);
    expect(pageSelection(shown, one)).toBe("some");
    const all = toggleWholePage(shown, one);
    expect(pageSelection(shown, all)).toBe("all");
    expect(pageSelection(shown, toggleWholePage(shown, all))).toBe("none");
  });

  it("keeps rows selected elsewhere when the page is cleared", () => {
    const elsewhere = new Set(["x", "a", "b", "c"]);
    expect([...toggleWholePage(shown, elsewhere)]).toEqual(["x"]);
  });

  it("asks for the items at the versions shown, so a changed one refuses the edit", () => {
    expect(bulkRequestOf(shown.slice(0, 2), { status: "closed" })).toEqual({
      items: [
        { id: "a", version: 1 },
        { id: "b", version: 3 },
      ],
      set: { status: "closed" },
    });
  });
});

describe("bulkPatchFrom", () => {
  it("sends nothing for fields left unchanged, so the edit only marks items reviewed", () => {
    expect(bulkPatchFrom(emptyBulkForm())).toEqual({});
  });

  it("sets, clears and keeps each field as chosen", () => {
    expect(
      bulkPatchFrom({
        ...emptyBulkForm(),
        ownerChange: "set",
        ownerId: "u1",
        status: "in_progress",
        categoryChange: "clear",
        dueDateChange: "set",
        dueDate: "2027-03-01",
      }),
    ).toEqual({ ownerId: "u1", status: "in_progress", category: null, dueDate: "2027-03-01" });
    expect(
      bulkPatchFrom({ ...emptyBulkForm(), ownerChange: "clear", dueDateChange: "clear" }),
    ).toEqual({
      ownerId: null,
      dueDate: null,
    });
  });
});
