import type { StreamEvent } from '@fitiq/contract';
import type { FitIQError } from '../api/errors.js';

export type TransportKind = 'websocket' | 'sse' | 'long-poll';

/**
 * Why a transport ended. `refused`: this transport cannot work here (upgrade refused, no streaming
 * body), so the connection should try the next one rather than retry. `auth`: the token was refused.
 */
export type TransportEnd = {
  reason: 'network' | 'silent' | 'timeout' | 'refused' | 'auth' | 'going_away' | 'rejected' | 'protocol';
  message: string;
  /** WebSocket close code, when there was one. */
  code?: number;
  error?: FitIQError;
};

/**
 * What a transport tells the connection. After `onEnd` (called at most once), nothing else is
 * called; the connection checks its attempt anyway, so a late callback changes nothing.
 */
export type TransportHandlers = {
  /** The stream is flowing: WebSocket `ready`, SSE `: ready` comment, first long-poll answer. */
  onReady(head: number | null): void;
  onEvent(event: StreamEvent): void;
  /** The cursor is older than the stream keeps. `head` when the server said where to go on from (WebSocket). */
  onReset(head: number | null): void;
  onEnd(end: TransportEnd): void;
};

export type TransportContext = {
  /** The cursor to start after, read when the transport (re)starts a request. */
  cursor(): number;
  token: string;
  handlers: TransportHandlers;
  /** True while the app is hidden: no client heartbeats and no silence verdicts, timers are throttled anyway. */
  hidden(): boolean;
};

export interface Transport {
  readonly kind: TransportKind;
  /** Ends the transport without calling `onEnd`. Idempotent. */
  close(): void;
  /** Called when the app returns to the foreground: verify the peer now instead of at the next tick. */
  checkAlive(): void;
}

export type TransportFactory = (context: TransportContext) => Transport;
