import type { WebSocketLike } from '../transports/websocket-like.js';

/**
 * A scriptable WebSocket for the SDK's tests: the test plays the server (`accept`, `deliver`,
 * `drop`) and reads what the client sent. Every instance the SDK creates is kept in `sockets`.
 */
export class FakeWebSocket implements WebSocketLike {
  static readonly sockets: FakeWebSocket[] = [];
  readyState = 0;
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onclose: WebSocketLike['onclose'] = null;
  onerror: WebSocketLike['onerror'] = null;
  readonly sent: string[] = [];
  closedWith: { code: number | undefined; reason: string | undefined } | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.sockets.push(this);
  }

  static get last(): FakeWebSocket {
    const socket = FakeWebSocket.sockets.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  send(data: string): void {
    this.sent.push(data);
  }

  close(code?: number, reason?: string): void {
    this.readyState = 3;
    this.closedWith = { code, reason };
  }

  // --- the server's side ---

  accept(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  deliver(data: unknown): void {
    this.onmessage?.({ data });
  }

  /** The attempt fails with an error and no close, as Node 22's built-in WebSocket reports a refused upgrade. */
  failWithoutClose(message: string): void {
    this.onerror?.({ message });
  }

  drop(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}
