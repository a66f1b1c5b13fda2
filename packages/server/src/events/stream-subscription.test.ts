import { describe, expect, it } from 'vitest';
import type { StoredEvent } from './stored-event.js';
import { StreamSubscription } from './stream-subscription.js';

const event = (seq: number): StoredEvent => ({
  userId: 'u',
  seq,
  type: 'meal_log.created',
  createdAtMs: 0,
  json: `{"seq":${seq}}`,
});

/** A stream in memory whose reads the test can hold open, to interleave commits with a catch-up. */
class FakeStream {
  committed: StoredEvent[] = [];
  private held: Array<() => void> = [];
  holdReads = false;

  commit(seq: number): StoredEvent {
    const e = event(seq);
    this.committed.push(e);
    return e;
  }

  read = async (_userId: string, after: number, limit: number) => {
    if (this.holdReads) await new Promise<void>((resolve) => this.held.push(resolve));
    return this.committed.filter((e) => e.seq > after).slice(0, limit);
  };

  releaseReads(): void {
    this.holdReads = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

const subscribe = (stream: FakeStream, after: number) => {
  const delivered: number[] = [];
  const subscription = new StreamSubscription(
    'u',
    after,
    stream.read,
    (e) => delivered.push(e.seq),
    (error) => {
      throw error;
    },
  );
  return { subscription, delivered };
};

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('StreamSubscription', () => {
  it('delivers the backlog after the cursor, then live events, each once and in order', async () => {
    const stream = new FakeStream();
    for (const seq of [1, 2, 3]) stream.commit(seq);
    const { subscription, delivered } = subscribe(stream, 1);
    subscription.start();
    await settle();
    subscription.notify(stream.commit(4));
    expect(delivered).toEqual([2, 3, 4]);
  });

  it('events notified before start are not lost and not doubled', async () => {
    const stream = new FakeStream();
    stream.commit(1);
    const { subscription, delivered } = subscribe(stream, 0);
    subscription.notify(stream.commit(2));
    subscription.start();
    await settle();
    expect(delivered).toEqual([1, 2]);
  });

  it('an event committed during the catch-up read is read again rather than skipped', async () => {
    const stream = new FakeStream();
    stream.commit(1);
    const { subscription, delivered } = subscribe(stream, 0);
    stream.holdReads = true;
    subscription.start();
    subscription.notify(stream.commit(2));
    subscription.notify(stream.commit(3));
    stream.releaseReads();
    await settle();
    await settle();
    expect(delivered).toEqual([1, 2, 3]);
  });

  it('a notification that skips ahead (a lost doorbell) fills the gap from storage', async () => {
    const stream = new FakeStream();
    const { subscription, delivered } = subscribe(stream, 0);
    subscription.start();
    await settle();
    stream.commit(1);
    stream.commit(2);
    subscription.notify(stream.commit(3));
    await settle();
    expect(delivered).toEqual([1, 2, 3]);
  });

  it('old and duplicate notifications are ignored', async () => {
    const stream = new FakeStream();
    const { subscription, delivered } = subscribe(stream, 0);
    subscription.start();
    await settle();
    const first = stream.commit(1);
    subscription.notify(first);
    subscription.notify(first);
    expect(delivered).toEqual([1]);
  });

  it('a closed subscription delivers nothing more', async () => {
    const stream = new FakeStream();
    const { subscription, delivered } = subscribe(stream, 0);
    subscription.start();
    await settle();
    subscription.close();
    subscription.notify(stream.commit(1));
    await settle();
    expect(delivered).toEqual([]);
  });
});
