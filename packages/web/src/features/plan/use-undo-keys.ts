import { useEffect } from "react";
import type { PlanEditing } from "./use-plan-editing.js";

/** Whether a key press belongs to a text field or a dialog, which have their own undo. */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest("input, textarea, select, [role='dialog']") !== null
  );
}

/**
 * Ctrl+Z undoes the last plan edit, Ctrl+Shift+Z and Ctrl+Y redo it (⌘ on a Mac), anywhere on
 * the page but in a text field, where they undo typing.
 */
export function useUndoKeys(editing: PlanEditing, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isOwnedElsewhere(event.target))
        return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) editing.undo();
      else if ((key === "z" && event.shiftKey) || key === "y") editing.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [editing, enabled]);
}
