// What runs inside the page: each function is handed to Playwright, which sends its source to
// Chromium, so each must stand alone (no imports, no outer variables). Times are the page's own
// `performance.now()` (milliseconds since the navigation started) and its resource timing.

/**
 * Installed before the app starts: keeps the long animation frames Chromium reports, and marks
 * when the plan's grid rows and Gantt bars are first in the DOM and when that frame has painted
 * (the task after the next animation frame runs once the frame's style, layout and paint are done).
 */
export function recordPlanLoad() {
  const bench = { longFrames: [], shownAt: null, paintedAt: null };
  window.__bench = bench;
  window.__afterNextPaint = afterNextPaint;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longFrames.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "long-animation-frame", buffered: true });
  const shown = () =>
    document.querySelector(".plan-grid tbody tr[aria-rowindex]") !== null &&
    document.querySelector(".gantt-chart g[data-uid]") !== null;
  const watch = new MutationObserver(() => {
    if (!shown()) return;
    watch.disconnect();
    bench.shownAt = performance.now();
    afterNextPaint(() => {
      bench.paintedAt = performance.now();
    });
  });
  document.addEventListener("DOMContentLoaded", () =>
    watch.observe(document.body, { childList: true, subtree: true }),
  );

  function afterNextPaint(callback) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(null);
    });
  }
}

/** The load figures once the plan has painted: when its data arrived, and the long frames. */
export function planLoadFigures() {
  const bench = window.__bench;
  const data = performance
    .getEntriesByType("resource")
    .filter((entry) => /\/projects\/[^/]+\/(tasks|links)$/.test(new URL(entry.name).pathname));
  const dataLoaded = Math.max(...data.map((entry) => entry.responseEnd));
  const during = bench.longFrames.filter(
    (frame) => frame.start + frame.duration > dataLoaded && frame.start < bench.paintedAt,
  );
  return {
    requests: data.length,
    dataLoaded,
    painted: bench.paintedAt,
    longestFrame: Math.max(0, ...during.map((frame) => frame.duration)),
  };
}

/**
 * Scrolls the plan from top to bottom by `step` pixels per animation frame, as a brisk wheel
 * scroll does, and keeps every frame's interval and whether the rows rendered covered the view
 * when it painted (a frame that did not shows blank rows).
 */
export function scrollThroughPlan(step) {
  return new Promise((resolve) => {
    const scroller = document.querySelector(".plan-scroller");
    const rowHeight = document.querySelector(".plan-grid tbody tr[aria-rowindex]").offsetHeight;
    const header = document.querySelector(".plan-grid thead").offsetHeight;
    const intervals = [];
    let blank = 0;
    let previous = null;
    const longFrames = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longFrames.push(entry.duration);
    });
    observer.observe({ type: "long-animation-frame" });
    scroller.scrollTop = 0;
    const frame = (now) => {
      if (previous !== null) intervals.push(now - previous);
      previous = now;
      const rows = scroller.querySelectorAll(".plan-grid tbody tr[aria-rowindex]");
      const first = Number(rows[0]?.getAttribute("aria-rowindex") ?? 0) - 2;
      const last = Number(rows[rows.length - 1]?.getAttribute("aria-rowindex") ?? 0) - 2;
      const top = Math.floor(scroller.scrollTop / rowHeight);
      const bottom = Math.ceil((scroller.scrollTop + scroller.clientHeight - header) / rowHeight);
      const total = Number(scroller.querySelector(".plan-grid").getAttribute("aria-rowcount")) - 1;
      if (first > top || last < Math.min(bottom, total) - 1) blank++;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
        observer.disconnect();
        resolve({ intervals, blank, longFrames, lastRow: last + 1, total });
        return;
      }
      scroller.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Waits for the bar of task `uid` to change width after an edit, then for that frame to paint,
 * and answers how long after the PATCH's answer arrived that was (resource timing's
 * `responseEnd` of the request to `…/tasks/{uid}`).
 */
export function watchBarRepaint(uid) {
  // Uses `__afterNextPaint` from `recordPlanLoad`, installed in every page before the app.
  const bar = () => document.querySelector(`.gantt-chart g[data-uid="${uid}"] .gantt-bar`);
  const before = bar()?.getAttribute("width");
  window.__repaint = new Promise((resolve, reject) => {
    const chart = document.querySelector(".gantt-chart");
    const timeout = setTimeout(
      () => reject(new Error(`the bar of task ${uid} never changed`)),
      20_000,
    );
    const watch = new MutationObserver(() => {
      const width = bar()?.getAttribute("width");
      if (width === undefined || width === before) return;
      watch.disconnect();
      const changedAt = performance.now();
      window.__afterNextPaint(() => {
        clearTimeout(timeout);
        const patch = performance
          .getEntriesByType("resource")
          .filter((entry) => new URL(entry.name).pathname.endsWith(`/tasks/${uid}`))
          .at(-1);
        resolve({
          answered: patch?.responseEnd ?? Number.NaN,
          changedAt,
          painted: performance.now(),
        });
      });
    });
    watch.observe(chart, { attributes: true, childList: true, subtree: true });
  });
}

/**
 * Installed before a wheel scroll: at every scroll event (each frame the page's main thread
 * renders while the offset moves), notes whether the rows rendered cover the view, as what the
 * compositor shows then is those rows at the new offset. The compositor's own frames are counted
 * from Chromium's trace by the bench.
 */
export function watchRowCoverage() {
  const scroller = document.querySelector(".plan-scroller");
  const rowHeight = document.querySelector(".plan-grid tbody tr[aria-rowindex]").offsetHeight;
  const header = document.querySelector(".plan-grid thead").offsetHeight;
  const total = Number(scroller.querySelector(".plan-grid").getAttribute("aria-rowcount")) - 1;
  const coverage = { blank: 0, lastRow: 0, total };
  window.__coverage = coverage;
  scroller.scrollTop = 0;
  scroller.addEventListener(
    "scroll",
    () => {
      const rows = scroller.querySelectorAll(".plan-grid tbody tr[aria-rowindex]");
      const first = Number(rows[0]?.getAttribute("aria-rowindex") ?? 0) - 2;
      const last = Number(rows[rows.length - 1]?.getAttribute("aria-rowindex") ?? 0) - 2;
      const top = Math.floor(scroller.scrollTop / rowHeight);
      const bottom = Math.ceil((scroller.scrollTop + scroller.clientHeight - header) / rowHeight);
      if (first > top || last < Math.min(bottom, total) - 1) coverage.blank++;
      coverage.lastRow = Math.max(coverage.lastRow, Math.min(bottom, total));
    },
    { passive: true },
  );
  return scroller.scrollHeight - scroller.clientHeight;
}
