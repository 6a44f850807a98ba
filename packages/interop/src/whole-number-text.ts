// Reading a number straight from a file's characters. Most values in MSPDI and XER files are
// plain whole numbers (UIDs, codes, flags, hours); reading them where they lie, instead of
// cutting each out as a string first, keeps a 100,000-task file from making millions of strings.

const MINUS = 45;
const ZERO = 48;
/** Fifteen digits always fit a double exactly. */
const MAX_DIGITS = 15;

/**
 * The number written in `text[start, end)` when it is plain digits, perhaps after a minus, and
 * nothing else; undefined for any other text (spaces, a fraction, an exponent…), which the caller
 * then reads as text. Gives what `Number` gives for the same characters.
 */
export function wholeNumberIn(text: string, start: number, end: number): number | undefined {
  let at = start;
  const negative = text.charCodeAt(at) === MINUS;
  if (negative) at++;
  if (at >= end || end - at > MAX_DIGITS) return undefined;
  let value = 0;
  for (; at < end; at++) {
    const digit = text.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}
