/** The last `size` samples, for percentiles that follow the present rather than the whole history. */
export class LatencyWindow {
  private readonly samples: number[] = [];
  private next = 0;
  count = 0;

  constructor(private readonly size = 1000) {}

  add(ms: number): void {
    this.count++;
    if (this.samples.length < this.size) this.samples.push(ms);
    else this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.size;
  }

  summary(): LatencySummary {
    if (this.samples.length === 0) return { count: this.count, p50: null, p99: null, max: null };
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
    return { count: this.count, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] as number };
  }
}

export type LatencySummary = { count: number; p50: number | null; p99: number | null; max: number | null };
