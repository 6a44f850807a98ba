/**
 * The part of the chart drawn sideways, in chart pixels: what is in view and a viewport's width
 * on each side. A plan of years is a hundred thousand pixels wide at the day zoom; drawing only
 * this keeps its header and arrows to what a screen can show.
 */
export interface XWindow {
  readonly left: number;
  readonly right: number;
}

/**
 * The window for a scroll position. It moves in steps of `step` pixels, so most scrolled frames
 * leave it as it was, and a scroll of up to a viewport's width between two steps never shows a
 * blank period.
 */
export function xWindow(scrollLeft: number, viewportWidth: number, step: number): XWindow {
  const width = Math.max(0, viewportWidth);
  const start = Math.floor(Math.max(0, scrollLeft) / step) * step;
  return { left: start - width, right: start + step + 2 * width };
}

/** Whether anything between `left` and `right` is in the window. */
export function overlaps(window: XWindow, left: number, right: number): boolean {
  return right >= window.left && left <= window.right;
}
