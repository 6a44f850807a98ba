// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Text from the server (names, descriptions, error details) shown on one terminal line: control
 * characters, including the escape that starts terminal sequences, become spaces, and runs of
 * spaces become one, so a crafted name cannot rewrite the screen or split a message in two.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, " ").replace(/ {2,}/g, " ").trim();
}
