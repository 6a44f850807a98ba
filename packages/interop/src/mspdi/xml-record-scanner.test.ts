import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { XmlElementTable } from "./xml-element-table.js";
import { scanXml, type XmlElementRole, XmlSyntaxError } from "./xml-record-scanner.js";

/** A scanned element as a plain tree, to compare with what a test expects. */
interface Tree {
  readonly name: string;
  readonly text: string;
  readonly children: readonly Tree[];
}

function treeOf(table: XmlElementTable, row: number): Tree {
  return {
    name: table.name(row),
    text: table.text(row),
    children: table.children(row).map((child) => treeOf(table, child)),
  };
}

/** Scans with records at depth `recordDepth` (1-based) and returns each record as a tree. */
function records(xml: string, recordDepth = 2): Tree[] {
  const found: Tree[] = [];
  scanXml(xml, {
    roleOf: (path): XmlElementRole => (path.length === recordDepth ? "record" : "skip"),
    onRecord: (table, row) => found.push(treeOf(table, row)),
  });
  return found;
}

/** An element a test writes as XML. */
interface Written {
  readonly name: string;
  readonly text: string;
  readonly children: readonly Written[];
}

const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The element as XML; empty leaves with an even-length name are written self-closing. */
function writeElement(element: Written): string {
  if (element.children.length === 0 && element.text === "" && element.name.length % 2 === 0)
    return `<${element.name}/>`;
  const content = escapeText(element.text) + element.children.map(writeElement).join("");
  return `<${element.name}>${content}</${element.name}>`;
}

/** What the scanner should give back: local names, no text beside child elements. */
function expectedTree(element: Written): Tree {
  return {
    name: element.name.slice(element.name.indexOf(":") + 1),
    text: element.children.length > 0 ? "" : element.text,
    children: element.children.map(expectedTree),
  };
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    records(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error("no syntax error");
}

describe("scanXml", () => {
  it("hands over each record with its fields in file order, and forgets it", () => {
    const xml = "<Tasks><Task><UID>1</UID><Name>Dig</Name></Task><Task><UID>2</UID></Task></Tasks>";
    expect(records(xml)).toEqual([
      {
        name: "Task",
        text: "",
        children: [
          { name: "UID", text: "1", children: [] },
          { name: "Name", text: "Dig", children: [] },
        ],
      },
      { name: "Task", text: "", children: [{ name: "UID", text: "2", children: [] }] },
    ]);
  });

  it("decodes entities and CDATA and leaves comments and instructions out of text", () => {
    const xml =
      "<r><T><N>Fish &amp; chips &#x263A; &#65;</N><C><![CDATA[a <b> & c]]></C>" +
      "<M>one<!-- two -->three<?pi x?></M><E/><S></S></T></r>";
    const [task] = records(xml);
    expect(task?.children.map((child) => [child.name, child.text])).toEqual([
      ["N", "Fish & chips ☺ A"],
      ["C", "a <b> & c"],
      ["M", "onethree"],
      ["E", ""],
      ["S", ""],
    ]);
  });

  it("drops namespace prefixes from names and reads past attributes and declarations", () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x "y">]><p:Project xmlns:p="urn:x">' +
      '<p:Task id="7"><p:UID >4</p:UID ></p:Task></p:Project>';
    expect(records(xml)).toEqual([
      { name: "Task", text: "", children: [{ name: "UID", text: "4", children: [] }] },
    ]);
  });

  it("keeps elements marked keep, with the skipped ones left out, after the scan", () => {
    const table = scanXml("<P><Name>Plan</Name><Views><View>x</View></Views><Title/></P>", {
      roleOf: (path) =>
        path.length === 1 || (path.length === 2 && path[1] !== "Views") ? "keep" : "skip",
      onRecord: () => {},
    });
    expect(table.children(0).map((row) => [table.name(row), table.text(row)])).toEqual([
      ["Name", "Plan"],
      ["Title", ""],
    ]);
  });

  it("gives an element with child elements no text of its own, even when they are skipped", () => {
    const table = scanXml("<P>before<Views><View>x</View></Views>after</P>", {
      roleOf: (path) => (path.length === 1 ? "keep" : "skip"),
      onRecord: () => {},
    });
    expect(table.text(0)).toBe("");
  });

  it("reads plain digits as numbers without text, and leaves anything else to the caller", () => {
    const values: (number | undefined)[] = [];
    scanXml("<r><T><a>42</a><b>-7</b><c> 3</c><d>1.5</d><e>007</e><f/></T></r>", {
      roleOf: (path) => (path.length === 2 ? "record" : "skip"),
      onRecord: (table, row) => {
        for (const child of table.children(row)) values.push(table.wholeNumber(child));
      },
    });
    expect(values).toEqual([42, -7, undefined, undefined, 7, undefined]);
  });

  it.each([
    ["an end tag that closes another element", "<a>\n<b></c></a>", "</c> closes <b>", 2],
    ["an end tag with nothing open", "<a></a></b>", "unexpected </b>", 1],
    ["an element never closed", "<a>\n<b>\n<c></c>", "<b> is never closed", 2],
    ["a tag cut short", "<a><b", "unterminated tag", 1],
    ["an end tag cut short", "<a></a", "unterminated tag", 1],
    ["a tag without a name", "<a>< b></a>", "empty tag name", 1],
    ["an unterminated comment", "<a><!-- x</a>", "unterminated comment", 1],
    ["an unknown entity", "<a><T><b>&nope;</b></T></a>", "unknown entity &nope;", 1],
    [
      "an entity without its semicolon",
      "<a><T><b>&amp x</b></T></a>",
      "unterminated entity &amp",
      1,
    ],
  ])("refuses %s, saying where", (_case, xml, message, line) => {
    const error = syntaxError(xml);
    expect(error.message).toBe(message);
    expect(xml.slice(0, error.offset).split("\n").length).toBe(line);
  });

  it("reads any sequence of record shapes as written, however names repeat or vary", () => {
    // The scanner guesses each name from the one before; random shapes exercise wrong guesses.
    const leaf: fc.Arbitrary<Written> = fc
      .record({
        name: fc.constantFrom("UID", "Name", "Duration", "ms:Type", "Link", "UIDs", "Nam"),
        text: fc.constantFrom("", "1", "x & y", "a<b", "  spaced  ", "é ☺"),
      })
      .map((value) => ({ ...value, children: [] }));
    const link: fc.Arbitrary<Written> = fc
      .array(leaf, { minLength: 1, maxLength: 3 })
      .map((children) => ({ name: "PredecessorLink", text: "", children }));
    const task: fc.Arbitrary<Written> = fc
      .array(fc.oneof(leaf, link), { maxLength: 6 })
      .map((children) => ({ name: "Task", text: "", children }));
    fc.assert(
      fc.property(fc.array(task, { maxLength: 8 }), (tasks) => {
        const xml = `<Tasks>${tasks.map(writeElement).join("\n")}</Tasks>`;
        expect(records(xml)).toEqual(tasks.map(expectedTree));
      }),
    );
  });
});
