// The nodes an incremental pass still has to visit, handed out in processing order (a binary
// heap keyed by each node's position in the plan's order), each node at most once, and the list
// of the nodes it handed out. An edit then costs in proportion to what it reaches, not to the
// size of the plan.

/** A growable list of node numbers. */
export class NodeList {
  private items = new Int32Array(64);
  length = 0;

  add(node: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = node;
  }

  at(i: number): number {
    return this.items[i] ?? 0;
  }
}

/** A set of nodes taken out in plan order (`direction` 1) or reverse plan order (-1). */
export class NodeQueue {
  private heap = new Int32Array(64);
  private size = 0;
  /** 1 for every node ever pushed: a node is visited once per pass. */
  private readonly queued: Uint8Array;
  /** Every node taken out so far, in the order taken. */
  readonly visited = new NodeList();

  constructor(
    private readonly position: Int32Array,
    private readonly direction: 1 | -1,
  ) {
    this.queued = new Uint8Array(position.length);
  }

  get isEmpty(): boolean {
    return this.size === 0;
  }

  /** Adds `node` unless it was added before. */
  push(node: number): void {
    if (this.queued[node] === 1) return;
    this.queued[node] = 1;
    if (this.size === this.heap.length) {
      const grown = new Int32Array(this.heap.length * 2);
      grown.set(this.heap);
      this.heap = grown;
    }
    const heap = this.heap;
    const key = this.keyOf(node);
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] ?? 0;
      if (this.keyOf(above) <= key) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = node;
  }

  /** Removes and returns the node that comes first. */
  pop(): number {
    const heap = this.heap;
    const first = heap[0] ?? 0;
    const last = heap[--this.size] ?? 0;
    const key = this.keyOf(last);
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keyOf(heap[child + 1] ?? 0) < this.keyOf(heap[child] ?? 0))
        child++;
      const below = heap[child] ?? 0;
      if (this.keyOf(below) >= key) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = last;
    this.visited.add(first);
    return first;
  }

  private keyOf(node: number): number {
    return (this.position[node] ?? 0) * this.direction;
  }
}
