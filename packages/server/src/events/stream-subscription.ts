import type { StoredEvent } from './stored-event.js';

export type ReadAfter = (userId: string, after: number, limit: number) => Promise<StoredEvent[]>;

const PAGE_SIZE = 500;

/**
 * Delivers a user's stream from a cursor: every event with seq > cursor exactly once, in order, with
 * no gap. Storage is the source of truth; notifications only say "there is more". An event that is
 * exactly next is delivered from the notification itself (the common, cheap case); anything else
 * (a gap, events arriving during catch-up) makes the subscription read from storage, one reader at a
 * time, until it has read everything.
 */
export class StreamSubscription {
  private cursor: number;
  private catchingUp = false;
  private moreToRead = false;
  private started = false;
  private closed = false;

  constructor(
    readonly userId: string,
    after: number,
    private readonly readAfter: ReadAfter,
    private readonly deliver: (event: StoredEvent) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    this.cursor = after;
  }

  get lastDelivered(): number {
    return this.cursor;
  }

  /** Moves the cursor before delivery starts (after a `reset`, the stream goes on from the new head). */
  moveTo(cursor: number): void {
    if (this.started) throw new Error('moveTo after start');
    this.cursor = cursor;
  }

  /** Starts delivery: the backlog first, then whatever was notified in the meantime. */
  start(): void {
    this.started = true;
    void this.catchUp();
  }

  notify(event: StoredEvent): void {
    if (this.closed || event.seq <= this.cursor) return;
    if (this.started && !this.catchingUp && event.seq === this.cursor + 1) {
      this.send(event);
      return;
    }
    this.moreToRead = true;
    if (this.started) void this.catchUp();
  }

  resync(): void {
    if (this.closed) return;
    this.moreToRead = true;
    if (this.started) void this.catchUp();
  }

  close(): void {
    this.closed = true;
  }

  private send(event: StoredEvent): void {
    this.cursor = event.seq;
    this.deliver(event);
  }

  private async catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.moreToRead = true;
      return;
    }
    this.catchingUp = true;
    try {
      do {
        this.moreToRead = false;
        for (;;) {
          const page = await this.readAfter(this.userId, this.cursor, PAGE_SIZE);
          if (this.closed) return;
          for (const event of page) if (event.seq === this.cursor + 1) this.send(event);
          if (page.length < PAGE_SIZE) break;
        }
      } while (this.moreToRead && !this.closed);
    } catch (error) {
      this.onError(error);
    } finally {
      this.catchingUp = false;
    }
  }
}
