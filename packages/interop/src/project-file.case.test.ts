// Every reader against bad input, in one table: each case is a file name and bytes, and what the
// refusal must say. A reader never throws and never returns a document with a problem in it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { locateCorpus } from "./conformance/conformance-corpus.js";
import type { ProjectFileErrorCode, ProjectReadResult } from "./document/project-file-error.js";
import { type ProjectFileReadResult, readProjectFile } from "./project-file.js";
import { buildXerProject, buildXerText } from "./project-file-test-builders.js";

const text = (value: string) => new TextEncoder().encode(value);

const MINIMAL_MSPDI = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2027-01-04T08:00:00</StartDate>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>A</Name><Duration>PT8H0M0S</Duration></Task>
    <Task><UID>2</UID><ID>2</ID><Name>B</Name><Duration>PT8H0M0S</Duration>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink>
    </Task>
  </Tasks>
</Project>`;

const OLE2_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Deterministic noise: the same bytes every run, drawn from `from`..`to` (never zero). */
function garbage(size: number, seed: number, from = 1, to = 255): Uint8Array {
  const bytes = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = from + ((state >>> 16) % (to - from + 1));
  }
  return bytes;
}

/** Printable noise: looks like text (with `<`, `>` and `&`), means nothing. */
function printableGarbage(size: number, seed: number): Uint8Array {
  return garbage(size, seed, 32, 126);
}

function withPrefix(prefix: readonly number[], rest: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(prefix.length + rest.length);
  bytes.set(prefix);
  bytes.set(rest, prefix.length);
  return bytes;
}

interface BadFileCase {
  readonly title: string;
  readonly file: string;
  readonly bytes: () => Uint8Array;
  readonly code: ProjectFileErrorCode;
  /** The message must match: it says what and where. */
  readonly message: RegExp;
}

const CASES: readonly BadFileCase[] = [
  // Empty files, for every format.
  ...["plan.xml", "plan.xer", "plan.csv", "plan.xlsx"].map((file) => ({
    title: `an empty ${file}`,
    file,
    bytes: () => new Uint8Array(),
    code: "malformed" as const,
    message: new RegExp(`${file.replace(".", "\\.")}: the file is empty`),
  })),
  {
    title: "whitespace only",
    file: "plan.xml",
    bytes: () => text("  \n\t\n"),
    code: "malformed",
    message: /the file is empty/,
  },
  // MS Project XML.
  {
    title: "text that is not XML",
    file: "plan.xml",
    bytes: () => text("hello, world"),
    code: "malformed",
    message: /plan\.xml.*not an MS Project XML file|plan\.xml.*not well-formed/,
  },
  {
    title: "XML with the wrong root",
    file: "plan.xml",
    bytes: () => text("<?xml version='1.0'?><Workbook><Sheet/></Workbook>"),
    code: "malformed",
    message: /plan\.xml, line 1: not an MS Project XML file: the root element is <Workbook>/,
  },
  {
    title: "XML cut short",
    file: "plan.xml",
    bytes: () => text(MINIMAL_MSPDI.slice(0, 200)),
    code: "malformed",
    message: /plan\.xml, line 5: not well-formed XML: unterminated tag/,
  },
  {
    title: "XML cut between elements",
    file: "plan.xml",
    bytes: () => text(MINIMAL_MSPDI.slice(0, MINIMAL_MSPDI.indexOf("<Task>", 150))),
    code: "malformed",
    message: /plan\.xml, line 4: not well-formed XML: <Tasks> is never closed/,
  },
  {
    title: "a mismatched closing tag",
    file: "plan.xml",
    bytes: () => text("<Project><Tasks></Task></Project>"),
    code: "malformed",
    message: /line 1: not well-formed XML: <\/Task> closes <Tasks>/,
  },
  {
    title: "a link to a missing task",
    file: "plan.xml",
    bytes: () => text(MINIMAL_MSPDI.replace("<PredecessorUID>1<", "<PredecessorUID>99<")),
    code: "unknown-reference",
    message:
      /plan\.xml, Tasks\/Task\[UID=2\]\/PredecessorLink\/PredecessorUID: task 99 does not exist/,
  },
  {
    title: "a task on a missing calendar",
    file: "plan.xml",
    bytes: () =>
      text(MINIMAL_MSPDI.replace("<Name>A</Name>", "<Name>A</Name><CalendarUID>7</CalendarUID>")),
    code: "unknown-reference",
    message: /Tasks\/Task\[UID=1\]\/CalendarUID: calendar 7 is not defined/,
  },
  {
    title: "a value that is not a duration",
    file: "plan.xml",
    bytes: () =>
      text(
        MINIMAL_MSPDI.replace("<Duration>PT8H0M0S</Duration>", "<Duration>eight hours</Duration>"),
      ),
    code: "invalid-value",
    message:
      /line 5, Project\/Tasks\/Task\[UID=1\]\/Duration: Duration "eight hours" is not a duration/,
  },
  {
    title: "a binary .mpp given as .xml",
    file: "plan.xml",
    bytes: () => withPrefix(OLE2_HEADER, garbage(4096, 1)),
    code: "unsupported",
    message: /plan\.xml: this is a binary file \(an \.mpp MS Project plan.*Save As > XML/,
  },
  {
    title: "50 MB of binary garbage as .xml",
    file: "big.xml",
    bytes: () => garbage(50 * 1024 * 1024, 7),
    code: "malformed",
    message: /big\.xml: this is a binary file, not MS Project XML/,
  },
  {
    title: "50 MB of printable garbage as .xml",
    file: "big.xml",
    bytes: () => withPrefix([0x3c], printableGarbage(50 * 1024 * 1024, 8)),
    code: "malformed",
    message: /big\.xml, line 1: not (well-formed XML|an MS Project XML file)/,
  },
  // Primavera XER.
  {
    title: "text that is not XER",
    file: "plan.xer",
    bytes: () => text("Activity ID,Name\nA1,Dig\n"),
    code: "malformed",
    message: /plan\.xer, line 1: not a Primavera P6 XER file: it does not start with ERMHDR/,
  },
  {
    title: "an XER cut short",
    file: "plan.xer",
    bytes: () =>
      text(
        buildXerProject({ activities: [{ id: 1, code: "A1", name: "Dig", hours: 8 }] }).replace(
          "%E",
          "",
        ),
      ),
    code: "malformed",
    message: /plan\.xer, line \d+: the file ends without the %E end marker/,
  },
  {
    title: "an XER record before its fields",
    file: "plan.xer",
    bytes: () => text("ERMHDR\t8.3\n%T\tTASK\n%R\t1\n%E\n"),
    code: "malformed",
    message: /plan\.xer, line 3: a %R record comes before its table's %F field line/,
  },
  {
    title: "an XER relationship to a missing activity",
    file: "plan.xer",
    bytes: () =>
      text(
        buildXerProject({
          activities: [{ id: 1, code: "A1", name: "Dig", hours: 8 }],
          relationships: [{ successor: 1, predecessor: 55 }],
        }),
      ),
    code: "unknown-reference",
    message: /TASKPRED, row 1, pred_task_id: 55 is not an activity of the file/,
  },
  {
    title: "XER calendar data that is not well-formed",
    file: "plan.xer",
    bytes: () =>
      text(
        buildXerProject({
          activities: [{ id: 1, code: "A1", name: "Dig", hours: 8 }],
          calendarData: "(0||CalendarData()((0||DaysOfWeek(",
        }),
      ),
    code: "malformed",
    message: /CALENDAR, row 1, clndr_data: missing/,
  },
  {
    title: "an XER with no project",
    file: "plan.xer",
    bytes: () => text(buildXerText([{ name: "CURRTYPE", fields: ["curr_id"], rows: [[1]] }])),
    code: "missing-field",
    message: /plan\.xer, PROJECT: the file has no project/,
  },
  {
    title: "50 MB of binary garbage as .xer",
    file: "big.xer",
    bytes: () => garbage(50 * 1024 * 1024, 11),
    code: "malformed",
    message: /big\.xer: this is a binary file, not Primavera XER/,
  },
  {
    title: "50 MB of printable garbage as .xer",
    file: "big.xer",
    bytes: () => printableGarbage(50 * 1024 * 1024, 12),
    code: "malformed",
    message: /big\.xer, line 1: not a Primavera P6 XER file/,
  },
  // CSV.
  {
    title: "CSV with a quote never closed",
    file: "tasks.csv",
    bytes: () => text('Name,Duration\n"Dig,2d\n'),
    code: "malformed",
    message: /tasks\.csv, line 2: not valid CSV: a quoted field is never closed/,
  },
  {
    title: "CSV without a Name column",
    file: "tasks.csv",
    bytes: () => text("Activity,Length\nDig,2d\n"),
    code: "missing-field",
    message: /tasks\.csv: there is no Name column \(the header row has "Activity", "Length"\)/,
  },
  {
    title: "CSV with a bad duration",
    file: "tasks.csv",
    bytes: () => text("Name,Duration,Start\nDig,2x,2027-01-04\n"),
    code: "invalid-value",
    message: /tasks\.csv, line 2, row 1, Duration: "2x" is not a duration/,
  },
  {
    title: "CSV with a header and no tasks",
    file: "tasks.csv",
    bytes: () => text("Name,Duration\n"),
    code: "missing-field",
    message: /has a header row but no tasks/,
  },
  {
    title: "a binary file as .csv",
    file: "tasks.csv",
    bytes: () => new Uint8Array([0x00, 0x01, 0x02, 0x41, 0x00]),
    code: "malformed",
    message: /tasks\.csv: this is a binary file, not CSV/,
  },
  {
    title: "50 MB of garbage as .csv",
    file: "big.csv",
    bytes: () => garbage(50 * 1024 * 1024, 13),
    code: "malformed",
    message: /big\.csv: this is a binary file, not CSV/,
  },
  {
    title: "50 MB of printable garbage without quotes as .csv",
    file: "big.csv",
    bytes: () => garbage(50 * 1024 * 1024, 14, 35, 126),
    code: "missing-field",
    message:
      /^big\.csv: there is no Name column \(the header row has ("[^"]{0,41}", ){9}"[^"]{0,41}" and \d+ more\)$/,
  },
  {
    title: "a CSV whose rows are all bad",
    file: "tasks.csv",
    bytes: () => text("Name,Duration,Predecessors\nDig,2x,\n,1d,9\nFill,1d,1XX\n"),
    code: "invalid-value",
    message: /tasks\.csv, line 2, row 1, Duration: "2x" is not a duration/,
  },
  // XLSX.
  {
    title: "an .xlsx that is not a ZIP archive",
    file: "tasks.xlsx",
    bytes: () => text("Name,Duration\nDig,2d\n"),
    code: "malformed",
    message: /tasks\.xlsx: not an XLSX workbook \(an \.xlsx file is a ZIP archive\)/,
  },
  {
    title: "a ZIP archive cut short",
    file: "tasks.xlsx",
    bytes: () => withPrefix([0x50, 0x4b, 0x03, 0x04], garbage(2000, 3)),
    code: "malformed",
    message: /tasks\.xlsx: not a readable XLSX workbook: the ZIP archive has no directory/,
  },
  {
    title: "50 MB of garbage behind a ZIP signature",
    file: "big.xlsx",
    bytes: () => withPrefix([0x50, 0x4b, 0x03, 0x04], garbage(50 * 1024 * 1024, 17)),
    code: "malformed",
    message: /big\.xlsx: not a readable XLSX workbook/,
  },
  // Any name.
  {
    title: "a name without a known extension and no recognisable content",
    file: "plan.txt",
    bytes: () => text("just words"),
    code: "unsupported",
    message: /plan\.txt: cannot tell the format: use one of \.xml/,
  },
];

describe("readProjectFile refuses bad files with what and where", () => {
  it.each(CASES)("$title", async ({ file, bytes, code, message }) => {
    const result = await readProjectFile(bytes(), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(result.errors[0]).toBe(result.error);
    expect(result).not.toHaveProperty("document");
  });
});

describe("readProjectFile's result", () => {
  it("is a ProjectReadResult, with every error and the notices besides", () => {
    expectTypeOf<ProjectFileReadResult>().toExtend<ProjectReadResult>();
  });
});

describe("readProjectFile never throws", () => {
  const names = ["fuzz.xml", "fuzz.xer", "fuzz.csv", "fuzz.xlsx", "fuzz"];
  it("answers every byte string with a document or a ProjectFileError", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom(...names),
        async (bytes, file) => {
          const result = await readProjectFile(bytes, file);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers mangled MS Project XML, XER and CSV with a document or a ProjectFileError", async () => {
    const seeds: readonly [string, string][] = [
      ["m.xml", MINIMAL_MSPDI],
      [
        "m.xer",
        buildXerProject({
          activities: [
            { id: 1, code: "A1", name: "Dig", hours: 8 },
            { id: 2, code: "A2", name: "Fill", hours: 8 },
          ],
          relationships: [{ successor: 2, predecessor: 1 }],
        }),
      ],
      ["m.csv", "ID,Name,Duration,Start,Predecessors\n1,Dig,2d,2027-01-04,\n2,Fill,1d,,1FS+1d\n"],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        async ([file, source], cut, at, insert) => {
          const position = at % (source.length + 1);
          const mangled =
            source.slice(0, position) +
            insert +
            source.slice(position, Math.max(position, source.length - (cut % 40)));
          const result = await readProjectFile(text(mangled), file);
          if (!result.ok) expect(result.error.message.startsWith(file)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const corpus = locateCorpus();

describe("readProjectFile reads every supported format", () => {
  if (corpus === undefined) {
    it.skip("needs the shared corpus (<repo>/../shared/corpus/schedules/dev), which is absent", () => {});
    return;
  }
  it.each([
    ["projterm_Project1.xml", "mspdi"],
    ["xer/asposecloud_testXer.xer", "xer"],
  ])("reads %s as %s", async (name, format) => {
    const result = await readProjectFile(readFileSync(join(corpus, name)), name);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.settings.source.format).toBe(format);
  });

  it("reads a file by its content when its name says otherwise, and says so", async () => {
    const result = await readProjectFile(
      readFileSync(join(corpus, "xer/asposecloud_testXer.xer")),
      "plan.xml",
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.notices).toContain(
        "the file is named like MS Project XML but holds Primavera XER; read it as Primavera XER",
      );
  });
});
