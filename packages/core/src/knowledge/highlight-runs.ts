/**
 * A highlighted text as runs of plain text, each marked as a match or not. PostgreSQL's
 * `ts_headline` wraps matches in marker strings; clients get runs rather than markup, so a
 * lesson whose text looks like HTML is shown as text, never interpreted.
 */
export interface TextRun {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Markers from Unicode's private use area, which text people type does not contain. Were a
 * lesson to contain one, the worst outcome is a misplaced highlight: runs are never markup.
 */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

/**
 * Splits a headline at its markers. Adjacent runs of the same kind are merged and empty runs
 * dropped; a marker left unclosed (a fragment cut mid-match) ends at the end of the text.
 * Joining the runs' text gives the headline without its markers.
 */
export function highlightRuns(headline: string): TextRun[] {
  const runs: TextRun[] = [];
  let match = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = runs.at(-1);
    if (last && last.match === match) runs[runs.length - 1] = { text: last.text + text, match };
    else runs.push({ text, match });
    text = "";
  };
  for (const char of headline) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else {
      text += char;
    }
  }
  flush();
  return runs;
}
