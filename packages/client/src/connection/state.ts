import type { FitIQError } from '../api/errors.js';
import type { TransportKind } from '../transports/transport.js';

/** The states an app shows. `live` only after the server's `ready`: an open socket alone proves nothing. */
export const ConnectionState = {
  /** The device is offline (the platform said so); nothing is tried until it is back. */
  Offline: 'offline',
  /** First attempt after start, after coming online, or after a new token. */
  Connecting: 'connecting',
  /** Delivering over the WebSocket. */
  Live: 'live',
  /** Lost; the next attempt is at `nextAttemptAt` (null while an attempt is under way). */
  Reconnecting: 'reconnecting',
  /** Delivering over SSE or long-polling while the WebSocket is probed in the background. */
  Fallback: 'fallback',
  /** Not running: not started, stopped, or stopped for good (`error` says why, e.g. AuthError). */
  Closed: 'closed',
} as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];

export type ConnectionStatus = Readonly<{
  state: ConnectionState;
  /** The transport in use or being tried. */
  transport: TransportKind | null;
  /** Epoch ms of the next attempt, while `reconnecting` and waiting. */
  nextAttemptAt: number | null;
  /** Why the last attempt failed, or why the connection is closed. */
  error: FitIQError | null;
}>;

export type StateChange = { newState: ConnectionStatus; oldState: ConnectionStatus };

export const CLOSED: ConnectionStatus = Object.freeze({
  state: ConnectionState.Closed,
  transport: null,
  nextAttemptAt: null,
  error: null,
});

export const sameStatus = (a: ConnectionStatus, b: ConnectionStatus): boolean =>
  a.state === b.state &&
  a.transport === b.transport &&
  a.nextAttemptAt === b.nextAttemptAt &&
  a.error === b.error;
