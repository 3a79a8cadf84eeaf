// The world's event queue: a binary min-heap ordered by (virtual time, sequence number).
// The sequence number is the insertion order, unique per run, so no two events ever
// compare equal and ties never depend on heap layout, object identity or sort stability.

export interface QueuedEvent {
  readonly time: number;
  readonly seq: number;
}

export class EventQueue<E extends QueuedEvent> {
  private readonly heap: E[] = [];

  get length(): number {
    return this.heap.length;
  }

  push(event: E): void {
    const heap = this.heap;
    let index = heap.length;
    heap.push(event);
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as E;
      if (!before(event, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = event;
  }

  pop(): E | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const size = heap.length;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && before(heap[right] as E, heap[left] as E)) child = right;
      const childEvent = heap[child] as E;
      if (!before(childEvent, last)) break;
      heap[index] = childEvent;
      index = child;
    }
    heap[index] = last;
    return top;
  }

  peek(): E | undefined {
    return this.heap[0];
  }
}

function before(a: QueuedEvent, b: QueuedEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}
