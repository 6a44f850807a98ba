// Runs the engine over the MS Project corpus: every `NAME.xml` with a `NAME.expected.json`
// beside it is read, scheduled (ignoring the dates it stored, except actuals, constraints and
// manual tasks' dates) and compared with what MS Project computed.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readMspdi } from "../mspdi/mspdi-reader.js";
import { scheduleDocument } from "../schedule-report.js";
import { parseExpectedSchedule } from "./expected-schedule.js";
import { compareSchedules, type FileComparison } from "./schedule-comparison.js";

/** Which kind of corpus file: saved as XML by MS Project, or converted from .mpp by MPXJ. */
export type CorpusKind = "mspdi" | "mpp";

/** The outcome for one corpus file. */
export interface CorpusFileResult {
  readonly file: string;
  readonly kind: CorpusKind;
  /** Present when the file was scheduled. */
  readonly comparison?: FileComparison;
  /** Present when reading or scheduling failed. */
  readonly failure?: string;
  readonly milliseconds: number;
}

/**
 * The corpus directory: `<repo>/../shared/corpus/schedules/dev`, found from this file's place
 * in the repo. Undefined when it is absent (a fresh clone without the shared corpus).
 */
export function locateCorpus(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let step = 0; step < 8; step++) {
    if (existsSync(join(directory, "packages")) && existsSync(join(directory, "package.json"))) {
      const corpus = resolve(directory, "..", "shared", "corpus", "schedules", "dev");
      return existsSync(corpus) ? corpus : undefined;
    }
    directory = dirname(directory);
  }
  return undefined;
}

/** Lists the corpus files that have an expected result, sorted by name. */
export function listCorpusFiles(corpus: string): string[] {
  return readdirSync(corpus)
    .filter(
      (name) =>
        name.endsWith(".xml") && existsSync(join(corpus, name.replace(/\.xml$/, ".expected.json"))),
    )
    .sort();
}

/** Schedules and compares one corpus file. */
export function runCorpusFile(corpus: string, file: string): CorpusFileResult {
  const kind: CorpusKind = file.startsWith("mpp_") ? "mpp" : "mspdi";
  const started = performance.now();
  const xml = readFileSync(join(corpus, file), "utf8");
  const expected = parseExpectedSchedule(
    JSON.parse(readFileSync(join(corpus, file.replace(/\.xml$/, ".expected.json")), "utf8")),
    file,
  );
  const read = readMspdi(xml, file);
  if (!read.ok)
    return { file, kind, failure: read.error.message, milliseconds: performance.now() - started };
  const scheduled = scheduleDocument(read.document);
  if (!scheduled.ok)
    return { file, kind, failure: scheduled.message, milliseconds: performance.now() - started };
  return {
    file,
    kind,
    comparison: compareSchedules(expected, scheduled.report),
    milliseconds: performance.now() - started,
  };
}

/** Totals over a set of file results. */
export interface CorpusTotals {
  readonly files: number;
  readonly failedFiles: number;
  readonly tasks: number;
  readonly exactTasks: number;
  readonly datesExactTasks: number;
  /** The lowest per-file share of exact tasks (1 when every file is perfect). */
  readonly worstFileExactShare: number;
}

/** Sums results; a failed file counts all its tasks as wrong. */
export function totalsOf(
  results: readonly CorpusFileResult[],
  expectedTaskCount: (file: string) => number,
): CorpusTotals {
  let tasks = 0;
  let exactTasks = 0;
  let datesExactTasks = 0;
  let failedFiles = 0;
  let worstFileExactShare = 1;
  for (const result of results) {
    const comparison = result.comparison;
    if (comparison === undefined) {
      failedFiles++;
      tasks += expectedTaskCount(result.file);
      worstFileExactShare = 0;
      continue;
    }
    tasks += comparison.tasks;
    exactTasks += comparison.exactTasks;
    datesExactTasks += comparison.datesExactTasks;
    if (comparison.tasks > 0)
      worstFileExactShare = Math.min(worstFileExactShare, comparison.exactTasks / comparison.tasks);
  }
  return {
    files: results.length,
    failedFiles,
    tasks,
    exactTasks,
    datesExactTasks,
    worstFileExactShare,
  };
}

/** Number of tasks in a file's expected result (for failed files). */
export function expectedTaskCount(corpus: string, file: string): number {
  const json: unknown = JSON.parse(
    readFileSync(join(corpus, file.replace(/\.xml$/, ".expected.json")), "utf8"),
  );
  return parseExpectedSchedule(json, file).tasks.length;
}
