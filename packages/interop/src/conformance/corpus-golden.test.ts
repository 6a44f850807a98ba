// Golden files: corpus schedules the engine reproduces on every task and every field, each the
// evidence of a rule in docs/scheduling.md. A regression names the file and its first
// differences. Skipped, like the conformance test, in a clone without the shared corpus.
import { describe, expect, it } from "vitest";
import { locateCorpus, runCorpusFile } from "./conformance-corpus.js";

/** File, and the rule it is the evidence of. */
const GOLDEN: readonly (readonly [string, string])[] = [
  ["mpp_Aspose-Tasks-for-Java_CustomerFeedback.xml", "a task runs to its delayed assignment"],
  ["mpp_Global-Treps-Project-S_project.xml", "summaries, milestone flags and leveling delays"],
  ["mpp_Aspose-Tasks-for-NET_OzBuild_16_Orig.xml", "task and resource calendars intersected"],
  ["mpp_Robosoccer_Gantt.xml", "a summary's late dates over manual subtasks"],
  ["projterm_Project1.xml", "percent lags, late dates after the lunch break"],
];

const corpus = locateCorpus();

describe.skipIf(corpus === undefined)("golden corpus files", () => {
  it.each(GOLDEN)("%s is exact on every task (%s)", (file) => {
    const result = runCorpusFile(corpus ?? "", file);
    expect(result.failure).toBeUndefined();
    const differences = (result.comparison?.differences ?? [])
      .slice(0, 5)
      .map((d) => `${d.uid} ${d.field}: ${String(d.actual)} ≠ ${String(d.expected)}`);
    expect(differences).toEqual([]);
    expect(result.comparison?.exactTasks).toBe(result.comparison?.tasks);
  });
});
