import type { FitIQApi } from '../api/api-client.js';
import { ApiError, AuthError, FitIQError } from '../api/errors.js';
import { Heartbeat } from './heartbeat.js';
import { isStreamEvent } from './server-frames.js';
import { SseParser } from './sse-parser.js';
import type { Transport, TransportContext, TransportEnd, TransportFactory } from './transport.js';

export type SseTransportOptions = {
  api: FitIQApi;
  /** The server comments `: heartbeat` at least every 15 s; silence beyond this means a dead stream. */
  silenceMs: number;
  /** From the request to the `: ready` comment. */
  connectTimeoutMs: number;
};

const READY = /^ready head=(\d+)/;

/** A failed request, as the connection should see it. */
export const endOfRequestError = (error: unknown): TransportEnd => {
  if (error instanceof AuthError) return { reason: 'auth', message: error.message, error };
  // Over the rate limit, or over the user's connections (the stream's 4429): back off, as for a socket.
  if (error instanceof ApiError && (error.code === 'rate_limited' || error.code === 'too_many_connections'))
    return { reason: 'rejected', message: error.message, error };
  // A 404 or 405 means a proxy or an old server without this route: this transport cannot work here.
  if (error instanceof ApiError && (error.status === 404 || error.status === 405))
    return { reason: 'refused', message: error.message, error };
  if (error instanceof FitIQError) return { reason: 'network', message: error.message, error };
  return { reason: 'network', message: (error as Error)?.message ?? String(error) };
};

/**
 * Reads the stream as Server-Sent Events through fetch (EventSource cannot send the Authorization
 * header). Live from the `: ready` comment on; one request per transport, the connection decides
 * about the next one.
 */
class SseTransport implements Transport {
  readonly kind = 'sse';
  private readonly abort = new AbortController();
  private readonly heartbeat: Heartbeat;
  private readonly connectTimer: ReturnType<typeof setTimeout>;
  private ended = false;
  private ready = false;

  constructor(
    private readonly context: TransportContext,
    private readonly options: SseTransportOptions,
  ) {
    this.heartbeat = new Heartbeat({
      intervalMs: Math.max(50, Math.floor(options.silenceMs / 3)),
      silenceMs: options.silenceMs,
      hidden: context.hidden,
      onSilent: () =>
        this.end({ reason: 'silent', message: `the stream was silent for ${options.silenceMs} ms` }),
    });
    this.connectTimer = setTimeout(
      () => this.end({ reason: 'timeout', message: `no ready within ${options.connectTimeoutMs} ms` }),
      options.connectTimeoutMs,
    );
    void this.run();
  }

  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.shutdown();
  }

  checkAlive(): void {
    this.heartbeat.check();
  }

  private async run(): Promise<void> {
    let response: Response;
    try {
      response = await this.options.api.eventStream(this.context.cursor(), this.abort.signal);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'cursor_expired') return this.reset();
      return this.end(endOfRequestError(error));
    }
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !type.startsWith('text/event-stream')) {
      await response.body?.cancel().catch(() => {});
      return this.end({
        reason: 'refused',
        message: `the stream answered ${type || 'no body'}, not text/event-stream`,
      });
    }
    this.heartbeat.start();
    const parser = new SseParser(
      (message) => this.onData(message.data),
      (comment) => this.onComment(comment),
    );
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (this.ended) return;
        if (done) break;
        this.heartbeat.heard();
        parser.push(value);
      }
      this.end({ reason: 'network', message: 'the server ended the stream' });
    } catch (error) {
      this.end({ reason: 'network', message: `the stream broke: ${(error as Error).message}` });
    } finally {
      try {
        reader.releaseLock();
      } catch {
        // the aborted body is gone already
      }
    }
  }

  private onComment(comment: string): void {
    if (this.ended || this.ready) return;
    const match = READY.exec(comment);
    if (!match) return;
    this.ready = true;
    clearTimeout(this.connectTimer);
    this.context.handlers.onReady(Number(match[1]));
  }

  private onData(data: string): void {
    if (this.ended) return;
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      this.end({ reason: 'protocol', message: 'an SSE message is not JSON' });
      return;
    }
    if (!isStreamEvent(event)) {
      this.end({ reason: 'protocol', message: 'an SSE message is not a well-formed event' });
      return;
    }
    this.context.handlers.onEvent(event);
  }

  private reset(): void {
    if (this.ended) return;
    this.ended = true;
    this.shutdown();
    this.context.handlers.onReset(null);
  }

  private end(end: TransportEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.shutdown();
    this.context.handlers.onEnd(end);
  }

  private shutdown(): void {
    clearTimeout(this.connectTimer);
    this.heartbeat.stop();
    this.abort.abort();
  }
}

export const sseTransport =
  (options: SseTransportOptions): TransportFactory =>
  (context) =>
    new SseTransport(context, options);
