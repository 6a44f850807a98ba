import { memo } from "react";
import { headerOf, type TimeScale, xOf } from "./time-scale.js";
import type { WallMinute } from "./wall-clock.js";

export interface GanttHeaderProps {
  readonly scale: TimeScale;
  readonly from: WallMinute;
  readonly to: WallMinute;
  readonly width: number;
}

export const HEADER_HEIGHT = 40;

/** The two rows of period labels above the chart, at the chart's zoom. */
export const GanttHeader = memo(function GanttHeader({ scale, from, to, width }: GanttHeaderProps) {
  const { major, minor } = headerOf(scale, from, to);
  const half = HEADER_HEIGHT / 2;
  return (
    <svg className="gantt-header" width={width} height={HEADER_HEIGHT} aria-hidden="true">
      {major.map((tick) => (
        <g key={`M${tick.minute}`}>
          <line
            className="gantt-tick"
            x1={xOf(scale, tick.minute)}
            x2={xOf(scale, tick.minute)}
            y1={0}
            y2={HEADER_HEIGHT}
          />
          <text
            className="gantt-tick-label"
            x={Math.max(0, xOf(scale, tick.minute)) + 4}
            y={half - 6}
          >
            {tick.label}
          </text>
        </g>
      ))}
      {minor.map((tick) => (
        <g key={`m${tick.minute}`}>
          <line
            className="gantt-tick gantt-tick-minor"
            x1={xOf(scale, tick.minute)}
            x2={xOf(scale, tick.minute)}
            y1={half}
            y2={HEADER_HEIGHT}
          />
          <text
            className="gantt-tick-label gantt-tick-minor"
            x={xOf(scale, tick.minute) + 3}
            y={HEADER_HEIGHT - 6}
          >
            {tick.label}
          </text>
        </g>
      ))}
      <line className="gantt-tick" x1={0} x2={width} y1={half} y2={half} />
    </svg>
  );
});
