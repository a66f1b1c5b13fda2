import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { MAX_FRAME_BYTES, SOCKET_ERRORS, type SocketErrorCode } from '@fitiq/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import type { SessionCheck } from '../auth/session-check.js';
import { InvalidTokenError, type TokenService } from '../auth/tokens.js';
import type { StoredEvent } from '../events/stored-event.js';
import type { StreamReader } from '../events/stream-reader.js';
import type { Metrics } from '../ops/metrics.js';
import { parseClientFrame } from './client-frames.js';
import type { ConnectionRegistry } from './connection-registry.js';

export type RealtimeHooks = {
  /** Test seam: runs after the connection is registered and before `ready`; lets a test commit events mid-handshake. */
  afterRegister?: (userId: string) => Promise<void>;
};

export type ConnectionDeps = {
  tokens: TokenService;
  sessions: SessionCheck;
  reader: StreamReader;
  registry: ConnectionRegistry<WsConnection>;
  metrics: Metrics;
  log: FastifyBaseLogger;
  hooks: RealtimeHooks;
  /** The client acknowledged these events, sent on this socket (Web Push skips what a device saw). */
  onAcknowledged?: (userId: string, events: readonly StoredEvent[]) => void;
  settings: {
    heartbeatMs: number;
    helloTimeoutMs: number;
    /** Unsent bytes a socket may hold before its reader counts as stalled. */
    maxBufferedBytes: number;
    /** How long a socket the server closed may take to answer the close before it is cut off. */
    closeTimeoutMs: number;
  };
};

type State = 'awaiting_hello' | 'handshaking' | 'live' | 'closed';

/** Sent-but-unacknowledged events kept for latency; older ones are forgotten, not measured. */
const MAX_UNACKED = 1024;

/**
 * One realtime socket, from hello to close. Its single `state` only moves forward, and `fail` and
 * `close` are the only ways down, so a late callback (a token check or a read that finishes after the
 * socket closed) finds `closed` and does nothing.
 */
export class WsConnection {
  readonly id = randomUUID();
  userId: string | null = null;
  /** The session family of the hello's token: the socket ends when it is revoked. */
  sessionId: string | null = null;
  /** Pings sent since the peer was last heard from; any frame from it starts the count again. */
  private unansweredPings = 0;
  private state: State = 'awaiting_hello';
  private helloTimer: NodeJS.Timeout | null;
  private stopStream: (() => void) | null = null;
  private unacked: StoredEvent[] = [];

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: ConnectionDeps,
  ) {
    this.helloTimer = setTimeout(
      () => this.fail('hello_timeout', `send hello within ${deps.settings.helloTimeoutMs} ms`),
      deps.settings.helloTimeoutMs,
    );
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('close', () => this.teardown());
    ws.on('error', () => this.teardown());
  }

  get isLive(): boolean {
    return this.state === 'live';
  }

  /**
   * Heartbeat tick, once per interval: ping the peer, and drop one that let two pings go unanswered,
   * i.e. silent for two whole intervals (a half-open TCP connection). Counted in pings rather than
   * time since its last frame: that clock starts at hello, so a handshake slower than two intervals
   * got the socket dropped at its first tick after `ready`, never pinged.
   */
  heartbeat(now: number): void {
    // Before hello the hello timeout is in charge; a ping then would invite a pong before hello.
    if (this.state !== 'live') return;
    if (this.unansweredPings >= 2) {
      this.ws.terminate();
      this.teardown();
      return;
    }
    this.unansweredPings++;
    this.send(`{"type":"ping","ts":${now}}`);
  }

  /** The session was revoked (logout, stolen token, account deleted): 4001, as for a bad token. */
  endSession(): void {
    this.fail('invalid_token', 'the session has ended; refresh the token or log in again');
  }

  close(code: number, reason: string): void {
    if (this.state === 'closed') return;
    this.ws.close(code, reason);
    this.teardown();
  }

  private fail(code: SocketErrorCode, message: string): void {
    if (this.state === 'closed') return;
    this.deps.metrics.connectionsRejected.inc({ code: SOCKET_ERRORS[code] });
    this.write(JSON.stringify({ type: 'error', code, message }));
    this.close(SOCKET_ERRORS[code], code);
  }

  /**
   * Never waits for the peer: the fan-out calls this for every socket of a user in turn. A peer that
   * stopped reading makes ws queue in memory instead, so past the limit it is closed with 4408; the
   * close frame goes behind what is queued, so a slow but live reader still gets everything sent
   * before it, then reconnects and resumes from its cursor.
   */
  private send(text: string): void {
    this.write(text);
    if (this.ws.bufferedAmount > this.deps.settings.maxBufferedBytes) {
      this.fail('too_slow', `more than ${this.deps.settings.maxBufferedBytes} bytes were waiting to be read`);
    }
  }

  private write(text: string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(text);
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    this.unansweredPings = 0;
    if (this.state === 'closed') return;
    const problem = this.handleFrame(data, isBinary);
    if (problem) this.fail(problem.code, problem.message);
  }

  /** Acts on one frame; returns what was wrong with it, if anything. */
  private handleFrame(data: RawData, isBinary: boolean): { code: SocketErrorCode; message: string } | null {
    const bytes = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
    if (bytes > MAX_FRAME_BYTES) {
      return { code: 'frame_too_large', message: `frames are limited to ${MAX_FRAME_BYTES} bytes` };
    }
    if (isBinary) return { code: 'malformed_frame', message: 'frames must be JSON text' };
    // ws leaves UTF-8 to us (skipUTF8Validation), so such a frame gets the contract's 4400, not a bare 1007.
    if (!isUtf8(data as Buffer)) return { code: 'malformed_frame', message: 'text frames must be UTF-8' };
    const parsed = parseClientFrame(data.toString());
    if (!parsed.ok) return { code: 'malformed_frame', message: parsed.reason };
    const { frame } = parsed;
    if (frame.type === 'hello') {
      if (this.state !== 'awaiting_hello')
        return { code: 'malformed_frame', message: 'hello was already received' };
      void this.handshake(frame.token, frame.after).catch((error) => this.onStreamError(error));
      return null;
    }
    if (this.state === 'awaiting_hello')
      return { code: 'malformed_frame', message: 'the first frame must be hello' };
    if (frame.type === 'ping') this.send(JSON.stringify({ type: 'pong', ts: frame.ts }));
    else if (frame.type === 'ack') this.onAck(frame.seq);
    return null;
  }

  private async handshake(token: string, after: number): Promise<void> {
    this.state = 'handshaking';
    if (this.helloTimer) clearTimeout(this.helloTimer);
    this.helloTimer = null;
    let userId: string;
    let sessionId: string;
    try {
      ({ userId, sessionId } = await this.deps.tokens.verify(token));
    } catch (error) {
      if (error instanceof InvalidTokenError)
        return this.fail('invalid_token', 'the token is invalid or expired');
      throw error;
    }
    const alive = await this.deps.sessions.isActive(sessionId);
    if (this.isClosed()) return;
    if (!alive) return this.fail('invalid_token', 'the session of this token has ended');
    if (!this.deps.registry.add(userId)) {
      return this.fail(
        'too_many_connections',
        `at most ${this.deps.registry.maxPerUser} sockets, streams and waiting polls per user`,
      );
    }
    this.userId = userId;
    this.sessionId = sessionId;
    // Register first: from here on every commit for this user reaches the subscription, so whatever
    // the head read below misses is delivered anyway. This is what the replaced system got wrong.
    const stream = this.deps.reader.follow(
      userId,
      after,
      (event) => this.deliver(event),
      (error) => this.onStreamError(error),
    );
    this.stopStream = stream.stop;
    await this.deps.hooks.afterRegister?.(userId);
    const cursor = await this.deps.reader.checkCursor(userId, after);
    if (this.isClosed()) return;
    const { heartbeatMs } = this.deps.settings;
    this.send(
      JSON.stringify({ type: 'ready', connection_id: this.id, head: cursor.head, heartbeat_ms: heartbeatMs }),
    );
    if (!cursor.valid) {
      // The client reloads its snapshot and continues from this head; the socket goes on from it too.
      stream.subscription.moveTo(cursor.head);
      this.send(JSON.stringify({ type: 'reset', head: cursor.head }));
    }
    this.state = 'live';
    this.deps.metrics.openConnections.inc({ transport: 'websocket' });
    this.deps.metrics.connectionsTotal.inc({ transport: 'websocket' });
    this.deps.metrics.users.opened(userId, 'websocket');
    stream.subscription.start();
  }

  private deliver(event: StoredEvent): void {
    this.send(`{"type":"event","event":${event.json}}`);
    this.deps.metrics.eventsSent.inc({ transport: 'websocket' });
    if (this.userId) this.deps.metrics.users.sent(this.userId, 'websocket');
    if (this.unacked.length >= MAX_UNACKED) this.unacked.shift();
    this.unacked.push(event);
  }

  private onAck(seq: number): void {
    const now = Date.now();
    let acked = 0;
    while (acked < this.unacked.length && (this.unacked[acked] as StoredEvent).seq <= seq) {
      this.deps.metrics.deliveryLatency.observe(
        (now - (this.unacked[acked] as StoredEvent).createdAtMs) / 1000,
      );
      if (this.userId)
        this.deps.metrics.users.delivered(
          this.userId,
          (now - (this.unacked[acked] as StoredEvent).createdAtMs) / 1000,
        );
      acked++;
    }
    if (acked > 0) {
      const events = this.unacked.splice(0, acked);
      this.deps.metrics.eventsDelivered.inc(acked);
      if (this.userId) this.deps.onAcknowledged?.(this.userId, events);
    }
  }

  private onStreamError(error: unknown): void {
    this.deps.log.error({ err: error, connectionId: this.id }, 'realtime connection failed; closing it');
    this.close(1011, 'internal error');
  }

  private isClosed(): boolean {
    return this.state === 'closed';
  }

  private teardown(): void {
    if (this.state === 'closed') return;
    if (this.state === 'live') this.deps.metrics.openConnections.dec({ transport: 'websocket' });
    if (this.state === 'live' && this.userId) this.deps.metrics.users.closed(this.userId, 'websocket');
    this.state = 'closed';
    if (this.helloTimer) clearTimeout(this.helloTimer);
    this.stopStream?.();
    this.unacked = [];
    if (this.userId) this.deps.registry.remove(this.userId);
  }
}
