/** About how often the wheel turns: a period is cut into slices of this length (at most MAX_SLOTS). */
const SLICE_MS = 100;
const MAX_SLOTS = 250;

/**
 * Runs a per-socket check once per period for every member, spread evenly over the period instead
 * of all at once. Pinging 5,000 sockets in one tick holds the event loop for tens of milliseconds,
 * and every event being delivered at that moment waits; in slices, a tick touches a few dozen.
 * Each member keeps its slot for life, so it is visited exactly once per period wherever it joined.
 */
export class HeartbeatWheel<T> {
  private readonly slots: Set<T>[];
  private readonly slotOf = new Map<T, number>();
  private nextSlot = 0;
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly periodMs: number,
    private readonly visit: (member: T, now: number) => void,
    /** Once per period, after the first slot's visits (work that is about all members at once). */
    private readonly onRound: () => void = () => {},
  ) {
    const count = Math.max(1, Math.min(MAX_SLOTS, Math.round(periodMs / SLICE_MS)));
    this.slots = Array.from({ length: count }, () => new Set<T>());
  }

  get size(): number {
    return this.slotOf.size;
  }

  add(member: T): void {
    if (this.slotOf.has(member)) return;
    const slot = this.nextSlot;
    this.nextSlot = (this.nextSlot + 1) % this.slots.length;
    this.slotOf.set(member, slot);
    this.slots[slot]?.add(member);
  }

  remove(member: T): void {
    const slot = this.slotOf.get(member);
    if (slot === undefined) return;
    this.slotOf.delete(member);
    this.slots[slot]?.delete(member);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.periodMs / this.slots.length);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One slice: the members of the next slot (public for tests that turn the wheel by hand). */
  tick(now = Date.now()): void {
    const slot = this.turn;
    this.turn = (this.turn + 1) % this.slots.length;
    // A copy: a visit may close its socket, which removes it from the slot.
    for (const member of [...(this.slots[slot] ?? [])]) this.visit(member, now);
    if (slot === 0) this.onRound();
  }
}
