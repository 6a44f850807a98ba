import { printable } from "./terminal-text.js";

/** One line of a key/value block: a label and its value (empty values print as a blank). */
export type KeyValue = readonly [label: string, value: string | number | null | undefined];

/**
 * Renders labelled values as an aligned block, one per line, for `show` commands. Values are
 * made printable; a multi-line value (a description) continues under its first line.
 */
export function formatKeyValueBlock(entries: readonly KeyValue[]): string {
  const width = Math.max(0, ...entries.map(([label]) => label.length));
  const indent = " ".repeat(width + 2);
  return entries
    .map(([label, value]) => {
      const lines = String(value ?? "")
        .split(/\r\n|\r|\n/)
        .map(printable);
      const [first = "", ...rest] = lines;
      const head = `${label.padEnd(width)}  ${first}`.trimEnd();
      return [head, ...rest.map((line) => `${indent}${line}`.trimEnd())].join("\n");
    })
    .join("\n");
}
