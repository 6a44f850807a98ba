import axe from "axe-core";
import type { Page } from "playwright-core";
import { z } from "zod";

const Violations = z.array(
  z.object({
    id: z.string(),
    impact: z.string().nullable().optional(),
    help: z.string(),
    nodes: z.array(z.string()),
    summary: z.string().optional(),
  }),
);
export type Violation = z.infer<typeof Violations>[number];

/**
 * axe-core's serious and critical findings on the page as it is now. axe is evaluated through the
 * DevTools protocol rather than a <script> tag, because the app's CSP rightly blocks inline scripts.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate("typeof window.axe === 'object'");
  if (loaded !== true) await page.evaluate(axe.source);
  const raw: unknown = await page.evaluate(`
    axe.run(document, { resultTypes: ["violations"] }).then((result) =>
      result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
        summary: v.nodes[0] ? v.nodes[0].failureSummary : undefined,
      })),
    )
  `);
  return Violations.parse(raw).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A readable list for a failing assertion: rule, what it means, where, and axe's explanation. */
export function describeViolations(violations: readonly Violation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(", ")}\n  ${v.summary ?? ""}`)
    .join("\n");
}
