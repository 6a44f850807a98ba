import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";

/** Where a question is asked and answered; the real terminal in the CLI, streams in tests. */
export interface PromptStreams {
  readonly input: Readable;
  /** The question goes to stderr in the CLI, so stdout stays the command's output. */
  readonly output: Writable;
}

/**
 * Asks a yes/no question and resolves true only for `y` or `yes` (any case); an empty answer,
 * anything else, or a closed input (Ctrl-D) is a no, so nothing is destroyed by accident.
 */
export async function confirm(question: string, streams: PromptStreams): Promise<boolean> {
  const prompt = createInterface({ input: streams.input, output: streams.output, terminal: false });
  try {
    const answer = await new Promise<string | null>((resolve) => {
      prompt.once("close", () => resolve(null));
      prompt.question(`${question} [y/N] `).then(resolve, () => resolve(null));
    });
    return answer !== null && /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    prompt.close();
  }
}

/** True when a person can answer a question: both stdin and stderr are terminals. */
export function isInteractive(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}
