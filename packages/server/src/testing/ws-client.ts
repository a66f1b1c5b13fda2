import type { ServerFrame, StreamEvent } from '@fitiq/contract';
import WebSocket from 'ws';

type Waiter = { predicate: () => boolean; resolve: () => void };

/**
 * A recording WebSocket client for tests: every frame and the close are kept, and tests wait for
 * states ("until the completion of meal X arrived"), never for time.
 */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  closeCode: number | null = null;
  closeReason = '';
  private readonly ws: WebSocket;
  private readonly waiters = new Set<Waiter>();
  private readonly opened: Promise<void>;

  constructor(baseUrl: string, options: { autoPong?: boolean } = {}) {
    this.ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/realtime`);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      this.frames.push(frame);
      if (frame.type === 'ping' && options.autoPong !== false) this.send({ type: 'pong', ts: frame.ts });
      this.check();
    });
    this.ws.on('close', (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString();
      this.check();
    });
    this.ws.on('error', () => {});
  }

  static async connect(baseUrl: string, token: string, after: number): Promise<TestSocket> {
    const socket = new TestSocket(baseUrl);
    await socket.open();
    socket.send({ type: 'hello', token, after });
    await socket.waitFor(() => socket.frames.some((f) => f.type === 'ready'));
    return socket;
  }

  open(): Promise<void> {
    return this.opened;
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  sendRaw(data: string | Buffer, options: { binary?: boolean } = {}): void {
    this.ws.send(data, { binary: options.binary ?? false });
  }

  get events(): StreamEvent[] {
    return this.frames.flatMap((f) => (f.type === 'event' ? [f.event] : []));
  }

  get ready() {
    const frame = this.frames.find((f) => f.type === 'ready');
    if (frame?.type !== 'ready') throw new Error('no ready frame yet');
    return frame;
  }

  waitFor(predicate: () => boolean): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ predicate, resolve }));
  }

  waitForEvent(match: (event: StreamEvent) => boolean): Promise<StreamEvent> {
    return this.waitFor(() => this.events.some(match)).then(() => this.events.find(match) as StreamEvent);
  }

  waitForClose(): Promise<number> {
    return this.waitFor(() => this.closeCode !== null).then(() => this.closeCode as number);
  }

  close(): void {
    this.ws.close();
  }

  terminate(): void {
    this.ws.terminate();
  }

  /** Stops reading from the network, like a client that hangs or a peer whose window is full. */
  pause(): void {
    this.ws.pause();
  }

  resume(): void {
    this.ws.resume();
  }

  private check(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate()) {
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }
}

/** The stream's guarantee, as a check: seqs strictly consecutive from `after + 1`, no duplicate. */
export const assertContiguous = (events: readonly StreamEvent[], after: number): void => {
  events.forEach((event, index) => {
    if (event.seq !== after + index + 1) {
      throw new Error(
        `expected seq ${after + index + 1} at position ${index}, got ${event.seq}: ${events.map((e) => e.seq)}`,
      );
    }
  });
};
