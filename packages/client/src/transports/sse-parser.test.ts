import { describe, expect, it } from 'vitest';
import { type SseMessage, SseParser } from './sse-parser.js';

const parse = (chunks: string[]) => {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const parser = new SseParser(
    (m) => messages.push(m),
    (c) => comments.push(c),
  );
  for (const chunk of chunks) parser.push(chunk);
  return { messages, comments };
};

describe('SSE parsing', () => {
  it("the server's stream: ready comment, events, heartbeats", () => {
    const { messages, comments } = parse([
      ': ready head=3\n\nid: 4\nevent: meal_log.created\ndata: {"seq":4}\n\n: heartbeat\n\n',
    ]);
    expect(comments).toEqual(['ready head=3', 'heartbeat']);
    expect(messages).toEqual([{ id: '4', event: 'meal_log.created', data: '{"seq":4}' }]);
  });

  it('a message split across chunks anywhere, even inside CRLF, arrives once and whole', () => {
    const text = 'id: 1\r\nevent: e\r\ndata: {"a":1}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)]).messages).toEqual([
        { id: '1', event: 'e', data: '{"a":1}' },
      ]);
    }
  });

  it('multi-line data is joined with newlines; a block without data is no message', () => {
    const { messages } = parse(['data: a\ndata: b\n\nid: 9\n\n']);
    expect(messages).toEqual([{ id: null, event: 'message', data: 'a\nb' }]);
  });
});
