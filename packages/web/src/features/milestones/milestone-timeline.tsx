import { useElementSize } from "@mantine/hooks";
import type { PortfolioMilestone } from "@orrery/contracts/milestones";
import { GanttHeader, HEADER_HEIGHT } from "../plan/gantt/gantt-header.js";
import type { TimeScale } from "../plan/gantt/time-scale.js";
import { type WallMinute, wallMinute } from "../plan/gantt/wall-clock.js";
import { formatWallDate } from "../plan/plan-format.js";
import { milestoneLanes, timelineSpan } from "./milestone-lanes.js";
import {
  formatSlip,
  type MilestoneState,
  type MilestoneStatus,
  milestoneStatus,
  STATE_LABELS,
} from "./milestone-status.js";
import "./milestones.css";

const LANE_HEIGHT = 36;
const LABEL_WIDTH = 168;
const HALF = 7;
const MIN_CHART_WIDTH = 480;

export interface MilestoneTimelineProps {
  readonly milestones: readonly PortfolioMilestone[];
  readonly today: WallMinute;
  readonly todayDate: string;
  /** Opens a milestone's plan (a click on its diamond). */
  readonly onOpen: (milestone: PortfolioMilestone) => void;
}

const diamond = (x: number, y: number, half = HALF) =>
  `M${x},${y - half} L${x + half},${y} L${x},${y + half} L${x - half},${y} Z`;

/**
 * One lane per project, a diamond where each milestone is forecast and a hollow one where its
 * baseline put it, joined when they differ: slips show as lines you can see from across the room.
 * The table beside it carries the same facts for keyboards and screen readers.
 */
export function MilestoneTimeline({
  milestones,
  today,
  todayDate,
  onOpen,
}: MilestoneTimelineProps) {
  const { ref, width: measured } = useElementSize();
  const lanes = milestoneLanes(milestones);
  const span = timelineSpan(milestones, today);
  const width = Math.max(MIN_CHART_WIDTH, Math.floor(measured) - LABEL_WIDTH);
  const scale: TimeScale = {
    zoom: span.zoom,
    origin: span.from,
    pxPerMinute: width / Math.max(1, span.to - span.from),
  };
  const x = (minute: WallMinute) => (minute - span.from) * scale.pxPerMinute;
  const height = lanes.length * LANE_HEIGHT;
  const slipped = milestones.filter(
    (m) => milestoneStatus(m, todayDate).state === "slipped",
  ).length;
  return (
    <div ref={ref} className="milestone-timeline">
      <div className="milestone-timeline-scroll">
        <div className="milestone-timeline-grid" style={{ width: LABEL_WIDTH + width }}>
          <div className="milestone-lane-head" style={{ height: HEADER_HEIGHT }} />
          <GanttHeader scale={scale} from={span.from} to={span.to} width={width} />
          <div className="milestone-lane-labels" aria-hidden="true">
            {lanes.map((lane) => (
              <div
                key={lane.projectId}
                className="milestone-lane-label"
                style={{ height: LANE_HEIGHT }}
              >
                <span className="milestone-lane-key">{lane.projectKey}</span> {lane.projectName}
              </div>
            ))}
          </div>
          <svg
            width={width}
            height={height}
            role="img"
            aria-label={`Timeline of ${milestones.length} milestones across ${lanes.length} projects, ${slipped} slipped against the baseline. The table lists them.`}
          >
            {lanes.map((lane, row) => (
              <line
                key={lane.projectId}
                className="milestone-lane-rule"
                x1={0}
                x2={width}
                y1={(row + 1) * LANE_HEIGHT - 0.5}
                y2={(row + 1) * LANE_HEIGHT - 0.5}
              />
            ))}
            <line className="gantt-today" x1={x(today)} x2={x(today)} y1={0} y2={height} />
            {lanes.flatMap((lane, row) =>
              lane.milestones.map((milestone) => (
                <MilestoneMark
                  key={`${milestone.projectId}:${milestone.uid}`}
                  milestone={milestone}
                  y={row * LANE_HEIGHT + LANE_HEIGHT / 2}
                  x={x}
                  status={milestoneStatus(milestone, todayDate)}
                  onOpen={onOpen}
                />
              )),
            )}
          </svg>
        </div>
      </div>
      <Legend />
    </div>
  );
}

function MilestoneMark(props: {
  readonly milestone: PortfolioMilestone;
  readonly y: number;
  readonly x: (minute: WallMinute) => number;
  readonly status: MilestoneStatus;
  readonly onOpen: (milestone: PortfolioMilestone) => void;
}) {
  const { milestone, y, x, status, onOpen } = props;
  const { state, slipDays } = status;
  const finish = wallMinute(milestone.finish);
  if (finish === null) return null;
  const baseline = milestone.baselineFinish === null ? null : wallMinute(milestone.baselineFinish);
  const tip = [
    `${milestone.projectKey} · ${milestone.name}`,
    `Forecast ${formatWallDate(milestone.finish)}`,
    baseline === null
      ? "No baseline"
      : `Baseline ${formatWallDate(milestone.baselineFinish)} (${formatSlip(slipDays)})`,
    STATE_LABELS[state],
  ].join("\n");
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the table's links are the keyboard path
    <g className="milestone-mark" onClick={() => onOpen(milestone)}>
      <title>{tip}</title>
      {baseline !== null && baseline !== finish ? (
        <>
          <line className="milestone-slip" x1={x(baseline)} x2={x(finish)} y1={y} y2={y} />
          <path className="milestone-baseline" d={diamond(x(baseline), y, HALF - 1)} />
        </>
      ) : null}
      <path className={`milestone-diamond milestone-${state}`} d={diamond(x(finish), y)} />
    </g>
  );
}

const LEGEND: readonly MilestoneState[] = [
  "onTrack",
  "ahead",
  "slipped",
  "overdue",
  "complete",
  "noBaseline",
];

function Legend() {
  return (
    <ul className="milestone-legend" aria-label="Legend">
      {LEGEND.map((state) => (
        <li key={state}>
          <svg width={14} height={14} aria-hidden="true">
            <path className={`milestone-diamond milestone-${state}`} d={diamond(7, 7, 6)} />
          </svg>
          {STATE_LABELS[state]}
        </li>
      ))}
      <li>
        <svg width={14} height={14} aria-hidden="true">
          <path className="milestone-baseline" d={diamond(7, 7, 5)} />
        </svg>
        Baseline
      </li>
    </ul>
  );
}
