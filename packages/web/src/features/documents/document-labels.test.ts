import { describe, expect, it } from "vitest";
import { formatFileSize } from "./document-labels.js";

describe("file sizes", () => {
  it.each([
    [512, "512 B"],
    [12_500, "13 KB"],
    [3_200_000, "3.2 MB"],
    [25 * 1024 * 1024, "26 MB"],
  ])("shows %d bytes as %s", (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
