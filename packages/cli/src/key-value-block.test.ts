import { describe, expect, it } from "vitest";
import { formatKeyValueBlock } from "./key-value-block.js";

describe("formatKeyValueBlock", () => {
  it("aligns values after the longest label and continues multi-line values beneath", () => {
    expect(
      formatKeyValueBlock([
        ["Key", "ERP"],
        ["Description", "First line\nsecond\u001b[2J line"],
        ["Sponsor", null],
        ["Version", 3],
      ]),
    ).toBe(
      [
        "Key          ERP",
        "Description  First line",
        "             second [2J line",
        "Sponsor",
        "Version      3",
      ].join("\n"),
    );
  });
});
