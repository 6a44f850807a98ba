import { Tooltip } from "@mantine/core";
import { type ReactNode, useState } from "react";

/** What a typed value means: the change to send, or why it cannot be taken. */
export type CellParse<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export interface EditableCellProps<T> {
  /** Names the cell for assistive technology, e.g. `Duration of Design`. */
  readonly label: string;
  readonly children: ReactNode;
  /** The text the editor starts with. */
  readonly text: string;
  readonly parse: (text: string) => CellParse<T>;
  readonly onCommit: (value: T) => void;
  readonly editable: boolean;
  /** Clips the shown text with an ellipsis: set when it may not fit its column. */
  readonly clip?: boolean;
}

/**
 * A grid cell edited in place, as in MS Project: activate it (click, Enter or Space) to type,
 * Enter or leaving the cell saves, Escape cancels. A value that cannot be read stays in the
 * editor with the reason, and nothing is sent.
 */
export function EditableCell<T>({
  label,
  children,
  text,
  parse,
  onCommit,
  editable,
  clip = false,
}: EditableCellProps<T>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!editable) return <>{children}</>;
  if (draft === null) {
    return (
      <button
        type="button"
        className={clip ? "plan-cell-button plan-clip" : "plan-cell-button"}
        aria-label={`${label}: ${text}`}
        onClick={() => setDraft(text)}
      >
        {children}
      </button>
    );
  }
  const stop = () => {
    setDraft(null);
    setProblem(null);
  };
  const commit = () => {
    if (draft.trim() === text.trim()) return stop();
    const parsed = parse(draft);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    stop();
    onCommit(parsed.value);
  };
  return (
    <Tooltip
      label={problem}
      opened={problem !== null}
      color="red"
      withArrow
      position="bottom-start"
    >
      <input
        className="plan-cell-input"
        aria-label={label}
        aria-invalid={problem !== null}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this cell
        autoFocus
        value={draft}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
          if (event.key === "Escape") {
            event.preventDefault();
            stop();
          }
        }}
        onBlur={() => (problem === null ? commit() : stop())}
      />
    </Tooltip>
  );
}
