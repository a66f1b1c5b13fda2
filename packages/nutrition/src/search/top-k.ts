/**
 * The `k` largest numbers of a stream, largest first: a min-heap of size k, so a query matching
 * thousands of entries costs n·log k, not a sort of all n.
 */
export function largest(k: number): { push(value: number): void; floor(): number; take(): number[] } {
  const heap: number[] = [];
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && (heap[left] as number) < (heap[smallest] as number)) smallest = left;
      if (right < heap.length && (heap[right] as number) < (heap[smallest] as number)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest] as number, heap[i] as number];
      i = smallest;
    }
  };
  const siftUp = (from: number) => {
    let i = from;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as number) <= (heap[i] as number)) return;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  return {
    push: (value) => {
      if (heap.length < k) {
        heap.push(value);
        siftUp(heap.length - 1);
      } else if (k > 0 && value > (heap[0] as number)) {
        heap[0] = value;
        siftDown(0);
      }
    },
    /** What a value must exceed to enter: the smallest kept once k are kept. */
    floor: () => (heap.length < k ? Number.NEGATIVE_INFINITY : (heap[0] as number)),
    take: () => heap.sort((a, b) => b - a),
  };
}
