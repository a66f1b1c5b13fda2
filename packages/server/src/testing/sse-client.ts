import type { StreamEvent } from '@fitiq/contract';

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
