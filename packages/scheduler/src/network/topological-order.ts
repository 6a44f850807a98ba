// Orders the schedule's nodes so every node comes after everything it depends on, or finds a
// cycle. A summary task has two nodes: its start node (where links into the summary and its own
// parent's bounds gather, before any child is scheduled) and its main node (after all children,
// where the roll-up happens and links out of the summary leave). A detail task has one node.
// Node t (< taskCount) is task t's main node; node taskCount + s is summary s's start node.
//
// The order is a depth-first post-order over predecessors, taking tasks in input order: a task
// comes as early as its predecessors allow and otherwise where the input put it. Plans are
// nearly always written predecessors first (MS Project's outline order, the bench networks), so
// the passes then walk the task arrays almost sequentially, which is what makes them fast on
// large plans: the data they read is already in cache.

/** The outline and links of a plan, as the order needs them (all indexes are task indexes). */
export interface NodeNetwork {
  readonly taskCount: number;
  readonly active: Uint8Array;
  readonly summary: Uint8Array;
  readonly parent: Int32Array;
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  /** Plan links into task t are `inOffsets[t]` … `inOffsets[t + 1] - 1`. */
  readonly inOffsets: Int32Array;
  readonly linkFrom: Int32Array;
}

/** A processing order, or the nodes of one cycle in link order. */
export type NodeOrder =
  | {
      readonly ok: true;
      readonly order: Int32Array;
      /** Where each node stands in `order` (-1 for nodes not in it). */
      readonly position: Int32Array;
    }
  | { readonly ok: false; readonly cycle: number[] };

const NEW = 0;
const OPEN = 1;
const DONE = 2;

/** The i-th node that `node` depends on, or -1 past the last. */
function predecessorOf(network: NodeNetwork, node: number, i: number): number {
  const n = network.taskCount;
  const task = node >= n ? node - n : node;
  // An inactive task takes no part: nothing orders it.
  if (network.active[task] !== 1) return -1;
  let k = i;
  if (node < n && network.summary[task] === 1) {
    // A summary's main node waits for its start node and for every child.
    if (k === 0) return n + task;
    k--;
    const first = network.childOffsets[task] ?? 0;
    return first + k < (network.childOffsets[task + 1] ?? 0)
      ? (network.children[first + k] ?? 0)
      : -1;
  }
  // A detail task's node and a summary's start node wait for the parent's start node and for
  // the tasks linked into them.
  const parent = network.parent[task] ?? -1;
  if (parent >= 0) {
    if (k === 0) return n + parent;
    k--;
  }
  const first = network.inOffsets[task] ?? 0;
  if (first + k >= (network.inOffsets[task + 1] ?? 0)) return -1;
  return network.linkFrom[first + k] ?? 0;
}

/** Orders every task node and every summary's start node, or returns a cycle. */
export function orderNodes(network: NodeNetwork): NodeOrder {
  const n = network.taskCount;
  let summaries = 0;
  for (let t = 0; t < n; t++) summaries += network.summary[t] ?? 0;
  const nodeSlots = summaries > 0 ? 2 * n : n;
  const state = new Uint8Array(nodeSlots);
  const position = new Int32Array(nodeSlots).fill(-1);
  const order = new Int32Array(n + summaries);
  const stackNode = new Int32Array(n + summaries);
  const stackNext = new Int32Array(n + summaries);
  let emitted = 0;
  for (let root = 0; root < n; root++) {
    if (state[root] !== NEW) continue;
    let top = 0;
    stackNode[0] = root;
    stackNext[0] = 0;
    state[root] = OPEN;
    while (top >= 0) {
      const node = stackNode[top] ?? 0;
      const next = stackNext[top] ?? 0;
      stackNext[top] = next + 1;
      const predecessor = predecessorOf(network, node, next);
      if (predecessor < 0) {
        state[node] = DONE;
        position[node] = emitted;
        order[emitted++] = node;
        top--;
        continue;
      }
      const seen = state[predecessor];
      if (seen === DONE) continue;
      if (seen === OPEN) return { ok: false, cycle: cycleOnStack(stackNode, top, predecessor) };
      top++;
      stackNode[top] = predecessor;
      stackNext[top] = 0;
      state[predecessor] = OPEN;
    }
  }
  return { ok: true, order, position };
}

/**
 * The nodes from the top of the stack down to `repeated`: each node on the stack depends on the
 * one above it, so read downwards each is a predecessor of the next (link order).
 */
function cycleOnStack(stackNode: Int32Array, top: number, repeated: number): number[] {
  const cycle: number[] = [];
  for (let i = top; i >= 0; i--) {
    const node = stackNode[i] ?? 0;
    cycle.push(node);
    if (node === repeated) break;
  }
  return cycle;
}
