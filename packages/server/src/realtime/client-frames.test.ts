import { describe, expect, it } from 'vitest';
import { parseClientFrame } from './client-frames.js';

describe('parseClientFrame', () => {
  it('accepts the four client frames', () => {
    expect(parseClientFrame('{"type":"hello","token":"t","after":0}')).toEqual({
      ok: true,
      frame: { type: 'hello', token: 't', after: 0 },
    });
    expect(parseClientFrame('{"type":"ack","seq":7}')).toEqual({ ok: true, frame: { type: 'ack', seq: 7 } });
    expect(parseClientFrame('{"type":"ping","ts":1}')).toEqual({ ok: true, frame: { type: 'ping', ts: 1 } });
    expect(parseClientFrame('{"type":"pong","ts":"x"}')).toEqual({
      ok: true,
      frame: { type: 'pong', ts: 'x' },
    });
  });

  it.each([
    ['{'],
    ['null'],
    ['"hello"'],
    ['{"type":1}'],
    ['{"type":"hello","token":"","after":0}'],
    ['{"type":"hello","token":"t","after":1.5}'],
    ['{"type":"hello","token":"t","after":"3"}'],
    ['{"type":"ack","seq":-1}'],
    ['{"type":"ping"}'],
    ['{"type":"ping","ts":{"a":1}}'],
    ['{"type":"__proto__"}'],
  ])('rejects %s with a reason', (text) => {
    const parsed = parseClientFrame(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(0);
  });
});
