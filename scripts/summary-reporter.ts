import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints the per-suite counts and the final `N passed, N failed` line CI looks for.
 * A test file that fails outside its tests (it does not load, or a `beforeAll` throws and its
 * tests are skipped), and an unhandled error, count as failures: a suite that could not run
 * must not read as green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const bySuite = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of modules) {
      const suite = module.project.name || "default";
      const counts = bySuite.get(suite) ?? { passed: 0, failed: 0, skipped: 0 };
      bySuite.set(suite, counts);
      const failedBefore = counts.failed;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === "failed" && counts.failed === failedBefore) counts.failed++;
    }
    const total = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    const lines = [...bySuite.entries()].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(5, ...lines.map(([name]) => name.length));
    console.log(`\n${"suite".padEnd(width)}  passed  failed  skipped`);
    for (const [name, c] of lines) {
      console.log(
        `${name.padEnd(width)}  ${String(c.passed).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(c.skipped).padStart(7)}`,
      );
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    console.log(`${total.passed} passed, ${total.failed} failed`);
  }
}
