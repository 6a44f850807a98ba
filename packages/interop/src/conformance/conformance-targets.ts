// The conformance targets: how close to MS Project the engine must be on the corpus.

import type { CorpusTotals } from "./conformance-corpus.js";

/** Shares of tasks the engine must reach, and the text that says so. */
export interface ConformanceThresholds {
  readonly description: string;
  readonly mspdiExact: number;
  readonly mspdiWorstFile: number;
  readonly mppDatesExact: number;
  readonly mppExact: number;
}

/** The agreed targets (issue "Scheduling engine"). */
export const CONFORMANCE_TARGETS: ConformanceThresholds = {
  description:
    "MS-saved XML: ≥ 99 % of tasks exact on every field and every file ≥ 95 %; " +
    "converted .mpp: ≥ 99 % start & finish exact and ≥ 95 % exact on every field",
  mspdiExact: 0.99,
  mspdiWorstFile: 0.95,
  mppDatesExact: 0.99,
  mppExact: 0.95,
};

/**
 * What the engine achieves today, a little rounded down: the regression guard CI holds while
 * the targets are still out of reach. Raise it whenever the engine gets closer; never lower it.
 */
export const CONFORMANCE_FLOOR: ConformanceThresholds = {
  description:
    "MS-saved XML: ≥ 99.8 % exact, every file ≥ 98.6 %; converted .mpp: ≥ 99.4 % start & " +
    "finish exact, ≥ 95.7 % exact",
  mspdiExact: 0.998,
  mspdiWorstFile: 0.986,
  mppDatesExact: 0.994,
  mppExact: 0.957,
};

/** Checks both corpus halves against thresholds (the targets unless told), naming each miss. */
export function meetsTargets(
  mspdi: CorpusTotals,
  mpp: CorpusTotals,
  t: ConformanceThresholds = CONFORMANCE_TARGETS,
): { ok: boolean; misses: string[] } {
  const misses: string[] = [];
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const percent = (value: number) => `${+(value * 100).toFixed(1)} %`;
  if (share(mspdi.exactTasks, mspdi.tasks) < t.mspdiExact)
    misses.push(`MS-saved XML exact share below ${percent(t.mspdiExact)}`);
  if (mspdi.worstFileExactShare < t.mspdiWorstFile)
    misses.push(`an MS-saved XML file below ${percent(t.mspdiWorstFile)}`);
  if (share(mpp.datesExactTasks, mpp.tasks) < t.mppDatesExact)
    misses.push(`.mpp start & finish share below ${percent(t.mppDatesExact)}`);
  if (share(mpp.exactTasks, mpp.tasks) < t.mppExact)
    misses.push(`.mpp exact share below ${percent(t.mppExact)}`);
  return { ok: misses.length === 0, misses };
}
