import { Mark } from "@mantine/core";
import type { TextRun } from "@orrery/contracts/lessons";

/**
 * Text with the words a search found marked. Runs arrive as plain text from the API and are
 * rendered as React text nodes, so a lesson that contains markup shows it as written.
 */
export function HighlightedText({ runs }: { readonly runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) =>
        run.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity besides position
          <Mark key={index} color="yellow">
            {run.text}
          </Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity besides position
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
