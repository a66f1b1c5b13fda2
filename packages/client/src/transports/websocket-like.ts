/**
 * Handler types declared through a method so their parameter is checked bivariantly: both the browser's
 * WebSocket and `ws` declare narrower event types than the SDK needs to name.
 */
type Handler<E> = { bivariance(event: E): void }['bivariance'];

/**
 * The part of the WebSocket API the SDK uses, met by the browser's WebSocket and by `ws` in Node, so
 * the SDK never imports `ws` itself (browser bundles stay free of it).
 */
export type WebSocketLike = {
  readonly readyState: number;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onerror: Handler<unknown> | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: drops the TCP connection without a close handshake. */
  terminate?: () => void;
};

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export const WS_OPEN = 1;
