import type { Page } from "playwright-core";

/** One frame of a compositor, as Chromium's frame reporter saw it. */
export interface ReportedFrame {
  readonly pid: number;
  readonly frame_sequence?: number;
  /** `STATE_PRESENTED_ALL`, `STATE_PRESENTED_PARTIAL`, `STATE_DROPPED`, … */
  readonly state?: string;
  /** `SCROLL_COMPOSITOR_THREAD`, `SCROLL_MAIN_THREAD` or `SCROLL_NONE`. */
  readonly scroll_state?: string;
}

export function wheelScrollFrames(
  page: Page,
  selector: string,
  distance: number,
  speed: number,
): Promise<ReportedFrame[]>;
