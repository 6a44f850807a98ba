import type { Link, LinkLag, TaskBatchOperation } from "@orrery/contracts/plans";
import type { DurationUnitLengths } from "@orrery/interop/tabular/duration-notation";
import {
  formatPredecessorNotation,
  type PredecessorReference,
  parsePredecessorNotation,
} from "@orrery/interop/tabular/predecessor-notation";
import type { CellParse } from "./editable-cell.js";

type NotationLag = PredecessorReference["lag"];

/** The API's lag in the notation module's terms, and back: the same lag, two shapes. */
function toNotationLag(lag: LinkLag): NotationLag {
  return lag.kind === "percent"
    ? lag
    : {
        kind: "time",
        minutes: lag.minutes,
        format: { unit: lag.unit, elapsed: lag.elapsed, estimated: false },
      };
}

function fromNotationLag(lag: NotationLag): LinkLag {
  if (lag.kind === "percent") return lag;
  const unit = lag.format.unit === "percent" ? "days" : lag.format.unit;
  return { kind: "time", minutes: lag.minutes, unit, elapsed: lag.format.elapsed };
}

/**
 * Each successor's Predecessors cell as MS Project writes it (`4,7SS+2d,9FF-10%`), by the
 * predecessors' row numbers.
 */
export function predecessorCells(
  links: readonly Link[],
  rowOf: ReadonlyMap<number, number>,
  lengths: DurationUnitLengths,
): Map<number, string> {
  const references = new Map<number, PredecessorReference[]>();
  for (const link of links) {
    const id = rowOf.get(link.predecessorUid);
    if (id === undefined) continue;
    const list = references.get(link.successorUid) ?? [];
    list.push({ id, type: link.type, lag: toNotationLag(link.lag) });
    references.set(link.successorUid, list);
  }
  const cells = new Map<number, string>();
  for (const [uid, list] of references)
    cells.set(
      uid,
      formatPredecessorNotation(
        list.sort((a, b) => a.id - b.id),
        lengths,
      ),
    );
  return cells;
}

const sameLag = (a: LinkLag, b: LinkLag) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What typing a Predecessors cell asks for: the links to remove and to add so that the task's
 * predecessors are exactly those written, as one batch (one reschedule, all or nothing).
 */
export function predecessorEdits(
  successorUid: number,
  text: string,
  links: readonly Link[],
  uidOfRow: ReadonlyMap<number, number>,
  lengths: DurationUnitLengths,
): CellParse<TaskBatchOperation[]> {
  const parsed = parsePredecessorNotation(text, lengths);
  if (!parsed.ok) return { ok: false, message: `"${parsed.item}" ${parsed.problem}` };
  const wanted = new Map<number, { type: Link["type"]; lag: LinkLag }>();
  for (const reference of parsed.references) {
    const uid = uidOfRow.get(reference.id);
    if (uid === undefined) return { ok: false, message: `There is no row ${reference.id}` };
    if (uid === successorUid) return { ok: false, message: "A task cannot be its own predecessor" };
    wanted.set(uid, { type: reference.type, lag: fromNotationLag(reference.lag) });
  }
  const operations: TaskBatchOperation[] = [];
  const current = links.filter((l) => l.successorUid === successorUid);
  for (const link of current) {
    const want = wanted.get(link.predecessorUid);
    if (want && want.type === link.type && sameLag(want.lag, link.lag)) {
      wanted.delete(link.predecessorUid);
      continue;
    }
    operations.push({ op: "unlink", predecessorUid: link.predecessorUid, successorUid });
  }
  for (const [predecessorUid, { type, lag }] of wanted)
    operations.push({ op: "link", link: { predecessorUid, successorUid, type, lag } });
  return { ok: true, value: operations };
}
