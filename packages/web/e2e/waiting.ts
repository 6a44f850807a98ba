import type { Locator } from "playwright-core";

/**
 * Waits for a condition the UI reaches asynchronously (a debounced search, a live update), failing
 * with `what` if it does not hold within the time. This is waiting for an outcome, like
 * Playwright's `expect.poll`, not retrying a flaky step.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the locator matches exactly `count` elements. */
export function waitForCount(locator: Locator, count: number, timeoutMs?: number): Promise<void> {
  return waitUntil(
    async () => (await locator.count()) === count,
    `${locator} counts ${count}`,
    timeoutMs,
  );
}

/** True when the element has keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
