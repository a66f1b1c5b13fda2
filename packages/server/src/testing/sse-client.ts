import type { Problem, StreamEvent } from '@fitiq/contract';
import { waitForMetric } from './metrics-reader.js';

export type SseMessage = { id: string; event: string; data: StreamEvent };

/**
 * Reads an SSE response with fetch (as the SDK does, to send the Authorization header) until
 * `until` is satisfied, then aborts the request.
 */
export const readSse = async (
  baseUrl: string,
  token: string,
  options: {
    after?: number;
    lastEventId?: string;
    until: (events: SseMessage[], comments: string[]) => boolean;
  },
): Promise<{ events: SseMessage[]; comments: string[]; contentType: string }> => {
  const abort = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.lastEventId !== undefined) headers['last-event-id'] = options.lastEventId;
  const query = options.after !== undefined ? `?after=${options.after}` : '';
  const response = await fetch(`${baseUrl}/api/v1/events/stream${query}`, { headers, signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`SSE answered ${response.status}`);
  const events: SseMessage[] = [];
  const comments: string[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields: Record<string, string> = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) comments.push(line.slice(1));
          else {
            const colon = line.indexOf(':');
            fields[line.slice(0, colon)] = line.slice(colon + 2);
          }
        }
        if (fields.data !== undefined) {
          events.push({
            id: fields.id ?? '',
            event: fields.event ?? '',
            data: JSON.parse(fields.data) as StreamEvent,
          });
        }
        end = buffer.indexOf('\n\n');
      }
      if (options.until(events, comments)) break;
    }
  } finally {
    abort.abort();
  }
  return { events, comments, contentType: response.headers.get('content-type') ?? '' };
};

export type OpenStream = {
  status: number;
  problem: Problem | null;
  retryAfter: string | null;
  close: () => void;
  /** Settles once the response has ended, whichever side ended it. */
  ended: Promise<void>;
};

/** Opens an SSE stream and holds it: resolves once the server said `ready`, or with its refusal. */
export const openStream = async (baseUrl: string, token: string): Promise<OpenStream> => {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/events/stream`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const close = () => abort.abort();
  if (!response.ok || !response.body) {
    return {
      status: response.status,
      problem: (await response.json()) as Problem,
      retryAfter: response.headers.get('retry-after'),
      close,
      ended: Promise.resolve(),
    };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(': ready')) {
    const { done, value } = await reader.read();
    if (done) throw new Error('the stream ended before ready');
    text += decoder.decode(value, { stream: true });
  }
  // Keep reading in the background, as a client does, so heartbeats never back up.
  const ended = (async () => {
    for (;;) if ((await reader.read().catch(() => ({ done: true }))).done) return;
  })();
  return { status: response.status, problem: null, retryAfter: null, close, ended };
};

/** Waits until the server counts exactly `count` open SSE streams (it learns of a closed one a little later). */
export const sseStreamsOpen = (baseUrl: string, count: number) =>
  waitForMetric(baseUrl, 'fitiq_open_connections{transport="sse"}', count);
