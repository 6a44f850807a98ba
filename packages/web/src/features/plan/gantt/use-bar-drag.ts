import { useEffect, useRef, useState } from "react";
import type { GanttTask } from "./bar-geometry.js";
import {
  DRAG_KINDS,
  type DragGesture,
  type DragKind,
  type DragOutcome,
  dragOutcome,
  type Point,
  pastThreshold,
} from "./drag-gesture.js";
import type { TimeScale } from "./time-scale.js";
import type { WallMinute } from "./wall-clock.js";

/**
 * What the chart's drags ask for; a drag whose callback is absent is not offered (a viewer gets
 * none). Each hands over the dropped position as a date; the caller turns it into one edit.
 */
export interface GanttEdits {
  /** A bar moved: its start, snapped to the zoom's step, at midnight. */
  readonly onMoveTask?: (uid: number, start: WallMinute) => void;
  /** A bar's end dragged: the moment (a midnight) the task should finish by. */
  readonly onResizeTask?: (uid: number, until: WallMinute) => void;
  /** A link drawn from one bar's end onto another bar: finish-to-start. */
  readonly onLinkTasks?: (predecessorUid: number, successorUid: number) => void;
}

/** A drag past its threshold, with what dropping it now would do. */
export interface ActiveDrag {
  readonly gesture: DragGesture;
  readonly outcome: DragOutcome;
}

const isDragKind = (text: string | undefined): text is DragKind =>
  DRAG_KINDS.some((kind) => kind === text);

/** The part of a bar a pointer went down on: `data-drag`, `data-uid` and `data-index` say which. */
function pressedPart(target: EventTarget): { kind: DragKind; uid: number; index: number } | null {
  if (!(target instanceof Element)) return null;
  const part = target.closest<SVGElement>("[data-drag]");
  const kind = part?.dataset.drag;
  if (!part || !isDragKind(kind)) return null;
  return { kind, uid: Number(part.dataset.uid), index: Number(part.dataset.index) };
}

interface Capture {
  readonly svg: SVGSVGElement;
  readonly pointerId: number;
}

function release(captured: { current: Capture | null }): void {
  const held = captured.current;
  captured.current = null;
  if (held?.svg.hasPointerCapture(held.pointerId)) held.svg.releasePointerCapture(held.pointerId);
}

function pointIn(svg: SVGSVGElement, event: { clientX: number; clientY: number }): Point {
  const box = svg.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

/**
 * Pointer handling for the chart's drags, mouse, pen and touch alike: the SVG captures the
 * pointer on a press on a bar's part, the press becomes a drag past a small threshold (so a click
 * still just clicks), Escape or a cancelled pointer drops it without an edit, and the release
 * calls the edit's callback when the drop changes something.
 */
export function useBarDrag<Row extends GanttTask & { readonly uid: number }>(
  rows: readonly Row[],
  rowHeight: number,
  scale: TimeScale,
  edits: GanttEdits,
) {
  const [gesture, setGesture] = useState<DragGesture | null>(null);
  const captured = useRef<Capture | null>(null);

  const end = () => {
    release(captured);
    setGesture(null);
  };

  /** The kind of the press under way, for the cursor; null when none. */
  const pressed = gesture?.kind ?? null;
  useEffect(() => {
    if (pressed === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      release(captured);
      setGesture(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pressed]);

  const offered: Record<DragKind, boolean> = {
    move: edits.onMoveTask !== undefined,
    resize: edits.onResizeTask !== undefined,
    link: edits.onLinkTasks !== undefined,
  };
  const outcomeOf = (g: DragGesture) => {
    const row = rows[g.index];
    return row && row.uid === g.uid ? dragOutcome(g, row, rows, rowHeight, scale) : null;
  };
  const outcome = gesture?.active ? outcomeOf(gesture) : null;
  const active: ActiveDrag | null = gesture && outcome ? { gesture, outcome } : null;

  const drop = (g: DragGesture) => {
    const dropped = outcomeOf(g);
    if (!g.active || !dropped) return;
    if (dropped.kind === "move" && dropped.steps !== 0) edits.onMoveTask?.(g.uid, dropped.start);
    if (dropped.kind === "resize" && dropped.steps !== 0)
      edits.onResizeTask?.(g.uid, dropped.until);
    if (dropped.kind === "link" && dropped.target.kind === "task")
      edits.onLinkTasks?.(g.uid, dropped.target.uid);
  };

  const handlers = {
    onPointerDown: (event: React.PointerEvent<SVGSVGElement>) => {
      if (!event.isPrimary || event.button !== 0) return;
      const part = pressedPart(event.target);
      if (!part || !offered[part.kind]) return;
      // No text selection, no native touch scroll: this press is a drag.
      event.preventDefault();
      const svg = event.currentTarget;
      svg.setPointerCapture(event.pointerId);
      captured.current = { svg, pointerId: event.pointerId };
      const origin = pointIn(svg, event);
      setGesture({ ...part, origin, pointer: origin, active: false });
    },
    onPointerMove: (event: React.PointerEvent<SVGSVGElement>) => {
      if (!gesture || captured.current?.pointerId !== event.pointerId) return;
      const pointer = pointIn(event.currentTarget, event);
      setGesture({
        ...gesture,
        pointer,
        active: gesture.active || pastThreshold(gesture.origin, pointer),
      });
    },
    onPointerUp: (event: React.PointerEvent<SVGSVGElement>) => {
      if (!gesture || captured.current?.pointerId !== event.pointerId) return;
      const pointer = pointIn(event.currentTarget, event);
      end();
      drop({ ...gesture, pointer });
    },
    onPointerCancel: () => {
      if (gesture) end();
    },
    // Capture taken away (not released by us, which clears `captured` first): drop the drag.
    onLostPointerCapture: () => {
      if (captured.current !== null) end();
    },
  };

  return { active, pressed, handlers, offered };
}
