import type { FitIQApi } from '../api/api-client.js';
import { ApiError } from '../api/errors.js';
import { POLL_LIMIT_MAX } from '../protocol.js';
import { endOfRequestError } from './sse-transport.js';
import type { Transport, TransportContext, TransportEnd, TransportFactory } from './transport.js';

export type LongPollTransportOptions = {
  api: FitIQApi;
  /** Seconds the server may hold a request (contract: 0..30). */
  waitSeconds: number;
};

/**
 * Reads the stream with held GET /events requests, one after the other, each from the cursor the
 * connection has now. The last resort when neither a WebSocket nor a streaming response gets through.
 */
class LongPollTransport implements Transport {
  readonly kind = 'long-poll';
  private readonly abort = new AbortController();
  private ended = false;

  constructor(
    private readonly context: TransportContext,
    private readonly options: LongPollTransportOptions,
  ) {
    void this.run();
  }

  close(): void {
    this.ended = true;
    this.abort.abort();
  }

  /** Each request has its own deadline; there is nothing to probe between two of them. */
  checkAlive(): void {}

  private async run(): Promise<void> {
    let first = true;
    while (!this.ended) {
      let answer: Awaited<ReturnType<FitIQApi['events']>>;
      const after = this.context.cursor();
      try {
        answer = await this.options.api.events(
          { after, wait: this.options.waitSeconds, limit: POLL_LIMIT_MAX },
          this.abort.signal,
        );
      } catch (error) {
        if (this.ended) return;
        if (error instanceof ApiError && error.code === 'cursor_expired') {
          this.ended = true;
          this.context.handlers.onReset(null);
          return;
        }
        return this.end(endOfRequestError(error));
      }
      if (this.ended) return;
      if (first) {
        first = false;
        this.context.handlers.onReady(answer.head);
      }
      for (const event of answer.events) {
        if (this.ended) return;
        this.context.handlers.onEvent(event);
      }
    }
  }

  private end(end: TransportEnd): void {
    if (this.ended) return;
    this.ended = true;
    this.abort.abort();
    this.context.handlers.onEnd(end);
  }
}

export const longPollTransport =
  (options: LongPollTransportOptions): TransportFactory =>
  (context) =>
    new LongPollTransport(context, options);
