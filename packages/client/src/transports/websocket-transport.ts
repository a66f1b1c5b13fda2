import type { ClientFrame } from '@fitiq/contract';
import { ProtocolError } from '../api/errors.js';
import { CLOSE_CODES as CloseCode } from '../protocol.js';
import { Heartbeat } from './heartbeat.js';
import { readServerFrame } from './server-frames.js';
import type { Transport, TransportContext, TransportEnd, TransportFactory } from './transport.js';
import { type WebSocketConstructor, type WebSocketLike, WS_OPEN } from './websocket-like.js';

export type WebSocketTransportOptions = {
  /** `http(s)://host` of the API; the socket goes to `ws(s)://host/api/v1/realtime`. */
  baseUrl: string;
  WebSocket: WebSocketConstructor;
  /** From opening the socket to `ready`; beyond it the attempt failed (a proxy that swallows upgrades). */
  connectTimeoutMs: number;
  /** Overrides the server's `heartbeat_ms` (tests). */
  heartbeatMs?: number;
};

/** The close code of a connection that ended without a close frame (RFC 6455, 7.4.1). */
const CLOSED_ABNORMALLY = 1006;

/** What a close code means for the next attempt. */
const endOfClose = (code: number, reason: string, opened: boolean): TransportEnd => {
  const message = `socket closed with ${code}${reason ? ` (${reason})` : ''}`;
  if (code === CloseCode.badToken) return { reason: 'auth', code, message };
  if (code === CloseCode.goingAway) return { reason: 'going_away', code, message };
  if (code === CloseCode.tooManyConnections) return { reason: 'rejected', code, message };
  if (
    code === CloseCode.malformedFrame ||
    code === CloseCode.messageTooBig ||
    code === CloseCode.helloTimeout
  )
    return { reason: 'protocol', code, message, error: new ProtocolError(message) };
  return { reason: opened ? 'network' : 'refused', code, message };
};

const errorMessage = (event: unknown): string =>
  typeof event === 'object' && event !== null && 'message' in event && typeof event.message === 'string'
    ? event.message
    : 'socket error';

class WebSocketTransport implements Transport {
  readonly kind = 'websocket';
  private readonly ws: WebSocketLike;
  private readonly connectTimer: ReturnType<typeof setTimeout>;
  private heartbeat: Heartbeat | null = null;
  private opened = false;
  private ended = false;
  private upgradeRefused = false;

  constructor(
    private readonly context: TransportContext,
    private readonly options: WebSocketTransportOptions,
  ) {
    this.ws = new options.WebSocket(`${options.baseUrl.replace(/^http/, 'ws')}/api/v1/realtime`);
    this.connectTimer = setTimeout(
      () => this.end({ reason: 'timeout', message: `no ready within ${options.connectTimeoutMs} ms` }),
      options.connectTimeoutMs,
    );
    this.ws.onopen = () => {
      this.opened = true;
      this.send({ type: 'hello', token: context.token, after: context.cursor() });
    };
    this.ws.onmessage = (event) => this.onMessage(event.data);
    this.ws.onerror = (event) => {
      // `ws` in Node says why an upgrade failed ("Unexpected server response: 403"); browsers never do,
      // and there the connection's failure count decides instead.
      // A 5xx (a server shutting down answers 503) is the server's state, not a proxy's verdict on WebSockets.
      const status = /unexpected server response: (\d+)/i.exec(errorMessage(event))?.[1];
      if (status && !status.startsWith('5')) this.upgradeRefused = true;
      // An error before the socket opened fails the attempt as its close would (1006). Node 22's
      // built-in WebSocket reports a refused upgrade with this error alone and never closes.
      if (!this.opened) this.onceClosed(CLOSED_ABNORMALLY, '');
    };
    this.ws.onclose = (event) => this.onceClosed(event.code, event.reason);
  }

  private onceClosed(code: number, reason: string): void {
    const end = endOfClose(code, reason, this.opened);
    if (this.upgradeRefused) end.reason = 'refused';
    this.end(end);
  }

  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.shutdown(false);
  }

  checkAlive(): void {
    this.heartbeat?.check();
  }

  private onMessage(data: unknown): void {
    if (this.ended) return;
    this.heartbeat?.heard();
    const read = readServerFrame(data);
    if (!read.ok) {
      this.end({ reason: 'protocol', message: read.reason });
      return;
    }
    const { frame } = read;
    if (frame === null) return;
    const { handlers } = this.context;
    switch (frame.type) {
      case 'ready':
        clearTimeout(this.connectTimer);
        this.startHeartbeat(this.options.heartbeatMs ?? frame.heartbeat_ms);
        handlers.onReady(frame.head);
        return;
      case 'event':
        handlers.onEvent(frame.event);
        // Cumulative ack: lets the server measure delivery. Sent after the app's listeners ran.
        if (!this.ended) this.send({ type: 'ack', seq: frame.event.seq });
        return;
      case 'reset':
        handlers.onReset(frame.head);
        return;
      case 'ping':
        this.send({ type: 'pong', ts: frame.ts });
        return;
      case 'error':
        // The close that follows carries the code the connection acts on; the message is kept for it.
        return;
      default:
        return;
    }
  }

  private startHeartbeat(intervalMs: number): void {
    this.heartbeat = new Heartbeat({
      intervalMs,
      silenceMs: 2 * intervalMs,
      hidden: this.context.hidden,
      ping: () => this.send({ type: 'ping', ts: Date.now() }),
      onSilent: () => this.end({ reason: 'silent', message: `nothing heard for ${2 * intervalMs} ms` }),
    });
    this.heartbeat.start();
  }

  private send(frame: ClientFrame): void {
    if (this.ws.readyState === WS_OPEN) this.ws.send(JSON.stringify(frame));
  }

  private end(end: TransportEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.shutdown(end.reason === 'silent' || end.reason === 'timeout');
    this.context.handlers.onEnd(end);
  }

  /** The one way down: timers stopped, handlers detached, socket closed (a silent one dropped at once). */
  private shutdown(drop: boolean): void {
    clearTimeout(this.connectTimer);
    this.heartbeat?.stop();
    this.ws.onopen = null;
    this.ws.onmessage = null;
    this.ws.onclose = null;
    this.ws.onerror = () => {};
    try {
      // A close handshake with a peer that stopped answering would wait for it; `ws` can drop the socket.
      if (drop && typeof this.ws.terminate === 'function') this.ws.terminate();
      else this.ws.close(1000, 'client closed');
    } catch {
      // already closing
    }
  }
}

export const webSocketTransport =
  (options: WebSocketTransportOptions): TransportFactory =>
  (context) =>
    new WebSocketTransport(context, options);
