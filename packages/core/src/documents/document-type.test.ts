import { describe, expect, it } from "vitest";
import { classifyDocument } from "./document-type.js";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("document types", () => {
  it.each([
    ["charter.pdf", text("%PDF-1.7\n"), "application/pdf"],
    [
      "plan.DOCX",
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    ["notes.md", text("# Notes\n"), "text/markdown; charset=utf-8"],
    ["photo.jpeg", bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    ["chart.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "image/png"],
  ])("takes %s as %s", (name, head, contentType) => {
    expect(classifyDocument(name, head)).toMatchObject({ ok: true, contentType });
  });

  it("refuses an extension outside the list and names the allowed ones", () => {
    expect(classifyDocument("setup.exe", bytes(0x4d, 0x5a))).toEqual({
      ok: false,
      reason:
        '".exe" files are not taken; allowed types: pdf, docx, xlsx, pptx, odt, txt, md, csv, png, jpg',
    });
  });

  it("refuses a file whose content does not match its extension", () => {
    expect(classifyDocument("report.pdf", bytes(0x4d, 0x5a, 0x90))).toEqual({
      ok: false,
      reason: '"report.pdf" is named .pdf but its content is not a PDF',
    });
    expect(classifyDocument("data.csv", bytes(0x61, 0x00, 0x62)).ok).toBe(false);
  });

  it("tells an OpenDocument text from any other ZIP archive", () => {
    const odt = new Uint8Array(120);
    odt.set([0x50, 0x4b, 0x03, 0x04]);
    odt.set(text("mimetypeapplication/vnd.oasis.opendocument.text"), 30);
    expect(classifyDocument("minutes.odt", odt).ok).toBe(true);
    expect(classifyDocument("minutes.odt", bytes(0x50, 0x4b, 0x03, 0x04)).ok).toBe(false);
  });
});
