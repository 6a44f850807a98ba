import { describe, expect, it } from "vitest";
import { parseXerTables, type XerTable } from "./xer-tables.js";

function tables(text: string) {
  const parsed = parseXerTables(text, "plan.xer");
  if (!parsed.ok) throw parsed.error;
  return parsed.xer.tables;
}

function table(text: string, name: string): XerTable {
  const found = tables(text).get(name);
  if (found === undefined) throw new Error(`no table ${name}`);
  return found;
}

const lines = (...rows: string[]) => rows.join("\r\n");

describe("parseXerTables", () => {
  const xer = lines(
    "ERMHDR\t8.3",
    "%T\tTASK",
    "%F\ttask_id\ttask_name\ttarget_drtn_hr_cnt\tcstr_type",
    "%R\t101\t Design \t24\t",
    "%R\t102\tReview\t8.5",
    "%R\t-7\t\t0012\tCS_MSOA\t",
    "%T\tEMPTY",
    "%F\tx",
    "%E",
    "",
  );

  it("gives each record's values by field name, trimmed, empty when absent", () => {
    const task = table(xer, "TASK");
    expect(task.recordCount).toBe(3);
    expect(task.fields).toEqual(["task_id", "task_name", "target_drtn_hr_cnt", "cstr_type"]);
    expect([0, 1, 2].map((record) => task.value(record, "task_name"))).toEqual([
      "Design",
      "Review",
      "",
    ]);
    expect(task.value(1, "cstr_type")).toBe("");
    expect(task.value(2, "cstr_type")).toBe("CS_MSOA");
    expect(task.value(0, "no_such_field")).toBe("");
    expect(table(xer, "EMPTY").recordCount).toBe(0);
  });

  it("reads plain whole numbers without text and leaves the rest to the caller", () => {
    const task = table(xer, "TASK");
    expect(task.wholeNumber(0, "task_id")).toBe(101);
    expect(task.wholeNumber(2, "task_id")).toBe(-7);
    expect(task.wholeNumber(2, "target_drtn_hr_cnt")).toBe(12);
    expect(task.wholeNumber(1, "target_drtn_hr_cnt")).toBeUndefined();
    expect(task.wholeNumber(1, "cstr_type")).toBeUndefined();
  });

  it("numbers lines as the file has them, with CRLF or LF line ends", () => {
    expect([0, 1, 2].map((record) => table(xer, "TASK").lineOf(record))).toEqual([4, 5, 6]);
    const unix = xer.replaceAll("\r\n", "\n");
    expect([0, 1, 2].map((record) => table(unix, "TASK").lineOf(record))).toEqual([4, 5, 6]);
  });

  it.each([
    [
      "a record with more values than fields",
      "%R\t1\t2\t3\t4\t5",
      6,
      "a TASK record has 5 values for 4 fields",
    ],
    ["a line that is no XER line", "oops", 6, 'a line starts with "oops", not %T, %F, %R or %E'],
  ])("refuses %s, with its line", (_case, row, line, problem) => {
    const text = xer.replace("%R\t-7\t\t0012\tCS_MSOA\t", row);
    const parsed = parseXerTables(text, "plan.xer");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.location.line).toBe(line);
    expect(parsed.error.message).toContain(problem);
  });

  it("refuses a file cut short before its end marker, and text after it", () => {
    const cut = parseXerTables(xer.replace("%E", ""), "plan.xer");
    expect(cut.ok ? "" : cut.error.message).toContain("without the %E end marker");
    const after = parseXerTables(`${xer}%R\t1`, "plan.xer");
    expect(after.ok ? "" : after.error.message).toContain("text after the %E end marker");
  });
});
