/** Writes a command's result to stdout; messages about failures go to stderr via `main`. */
export function printOut(text: string): void {
  process.stdout.write(text);
}

/** Machine-readable output (`--json`): the API's JSON, indented, with a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
