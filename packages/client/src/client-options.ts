import type { FetchLike } from './api/http.js';
import type { SessionStore } from './api/session-store.js';
import type { RenewToken } from './api/token-manager.js';
import type { BackoffOptions } from './connection/backoff.js';
import type { ClientStorage } from './storage/storage.js';
import type { TransportKind } from './transports/transport.js';
import type { WebSocketConstructor } from './transports/websocket-like.js';

export type Timing = {
  /** From opening a transport to the server's `ready`. */
  connectTimeoutMs: number;
  /** Overrides the server's `heartbeat_ms` for client pings and the silence verdict (2x). */
  heartbeatMs: number | null;
  /** An SSE stream silent this long is dead (the server comments at least every 15 s). */
  sseSilenceMs: number;
  longPollWaitSeconds: number;
  backoff: BackoffOptions;
  /** Delays between background WebSocket probes while on a fallback. */
  probeBackoff: BackoffOptions;
  outboxBackoff: BackoffOptions;
  /** Live this long and reconnect backoff starts over. */
  healthyAfterMs: number;
  /** Consecutive WebSocket failures before SSE is tried (an outright refusal switches at once). */
  failuresBeforeFallback: number;
  /** Back in the foreground after this long hidden: the day's snapshot is reloaded once. */
  refreshAfterHiddenMs: number;
};

export const DEFAULT_TIMING: Timing = {
  connectTimeoutMs: 10_000,
  heartbeatMs: null,
  sseSilenceMs: 45_000,
  longPollWaitSeconds: 25,
  backoff: { baseMs: 500, maxMs: 20_000 },
  probeBackoff: { baseMs: 2_000, maxMs: 60_000 },
  outboxBackoff: { baseMs: 1_000, maxMs: 60_000 },
  healthyAfterMs: 10_000,
  failuresBeforeFallback: 2,
  refreshAfterHiddenMs: 60_000,
};

export type FitIQClientOptions = {
  /** The server, e.g. `https://api.example.com` or `http://127.0.0.1:8080`. */
  baseUrl: string;
  token?: string | null;
  /** The session's refresh token: with it the SDK renews a refused access token by itself. */
  refreshToken?: string | null;
  /**
   * Where the session's tokens are kept, and read at `start()` when no `token` is given. Default: in
   * `storage` under the key `session`.
   */
  sessionStore?: SessionStore;
  /**
   * Replaces the SDK's own refresh: asked once when the server refuses the token (HTTP 401, socket
   * 4001); return a new one or null.
   */
  renewToken?: RenewToken;
  /** The WebSocket class: the global one in browsers (default), `ws`'s in Node. null: no WebSocket. */
  WebSocket?: WebSocketConstructor | null;
  fetch?: FetchLike;
  /** Outbox and cursor; default memory (nothing survives a restart). */
  storage?: ClientStorage;
  /** Which transports to use, in order of preference (default all three). */
  transports?: readonly TransportKind[];
  /** The day the store shows: default today in the local time zone. */
  day?: { date?: string; tz?: string };
  timing?: Partial<Timing>;
  /** Listen to the browser's online/offline and visibilitychange (default true; nothing happens in Node). */
  platformSignals?: boolean;
  /** Source of randomness for jitter (tests). */
  random?: () => number;
};
