/**
 * Resolves once the browser has painted what is pending and has nothing more pressing to do
 * (Safari has no idle callbacks: there, the next task). A hidden tab paints nothing, so there it
 * resolves at once.
 */
export function afterPaint(): Promise<void> {
  if (typeof document !== "undefined" && document.visibilityState === "hidden")
    return Promise.resolve();
  const later = (run: () => void) =>
    typeof requestIdleCallback === "function"
      ? requestIdleCallback(run, { timeout: 500 })
      : setTimeout(run, 0);
  return new Promise((resolve) => requestAnimationFrame(() => later(resolve)));
}
