// `npm run conformance [-- NAME…] [--all-differences]`: schedules every corpus file and prints,
// per file and in total, the share of tasks exact on every field and with start and finish
// exact, with the first differences. Exits 1 when a target is missed.

import {
  type CorpusFileResult,
  type CorpusKind,
  type CorpusTotals,
  expectedTaskCount,
  listCorpusFiles,
  locateCorpus,
  runCorpusFile,
  totalsOf,
} from "./conformance-corpus.js";
import { CONFORMANCE_TARGETS, meetsTargets } from "./conformance-targets.js";

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
}

function firstDifferences(result: CorpusFileResult, count: number): string {
  if (result.failure !== undefined) return `FAILED: ${result.failure}`;
  const differences = result.comparison?.differences ?? [];
  return differences
    .slice(0, count)
    .map((d) => `${d.uid} ${d.field}: ${String(d.actual)} ≠ ${String(d.expected)}`)
    .join("; ");
}

function printTotals(label: string, totals: CorpusTotals): void {
  console.log(
    `| **${label}** | ${totals.files} files | ${totals.tasks} | ${percent(totals.exactTasks, totals.tasks)} | ` +
      `${percent(totals.datesExactTasks, totals.tasks)} | worst file ${percent(totals.worstFileExactShare, 1)}` +
      `${totals.failedFiles > 0 ? `, ${totals.failedFiles} failed` : ""} |`,
  );
}

function main(argv: readonly string[]): number {
  const corpus = locateCorpus();
  if (corpus === undefined) {
    console.log(
      "conformance: the corpus (<repo>/../shared/corpus/schedules/dev) is absent; nothing to run.",
    );
    return 0;
  }
  const allDifferences = argv.includes("--all-differences");
  const wanted = argv.filter((arg) => !arg.startsWith("--"));
  const files = listCorpusFiles(corpus).filter(
    (file) => wanted.length === 0 || wanted.some((w) => file.includes(w)),
  );
  const results = files.map((file) => runCorpusFile(corpus, file));
  console.log("| file | tasks | all fields exact | start & finish exact | first differences |");
  console.log("|---|---|---|---|---|");
  for (const result of results) {
    const c = result.comparison;
    console.log(
      `| ${result.file} | ${c?.tasks ?? "–"} | ${c ? percent(c.exactTasks, c.tasks) : "–"} | ` +
        `${c ? percent(c.datesExactTasks, c.tasks) : "–"} | ${firstDifferences(result, 3)} |`,
    );
  }
  const count = (file: string) => expectedTaskCount(corpus, file);
  const byKind = (kind: CorpusKind) =>
    totalsOf(
      results.filter((r) => r.kind === kind),
      count,
    );
  const mspdi = byKind("mspdi");
  const mpp = byKind("mpp");
  printTotals("saved as XML by MS Project", mspdi);
  printTotals("converted from .mpp", mpp);
  printTotals("all", totalsOf(results, count));
  if (allDifferences) {
    for (const result of results) {
      for (const d of result.comparison?.differences ?? []) {
        console.log(
          `${result.file}\t${d.uid}\t${d.field}\t${String(d.actual)}\t${String(d.expected)}\t${d.name}`,
        );
      }
    }
  }
  const verdict = meetsTargets(mspdi, mpp);
  console.log(
    `\ntargets (${CONFORMANCE_TARGETS.description}): ${verdict.ok ? "met" : `missed: ${verdict.misses.join("; ")}`}`,
  );
  return verdict.ok || wanted.length > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
