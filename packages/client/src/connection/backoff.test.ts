import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { nextTransport } from './fallback-policy.js';

describe('backoff with full jitter', () => {
  const options = { baseMs: 100, maxMs: 1_000 };

  it('the ceiling doubles with each attempt until the cap', () => {
    const ceiling = (attempt: number) => backoffDelay(attempt, options, () => 0.999_999) + 1;
    expect([0, 1, 2, 3, 4, 10, 1_000].map(ceiling)).toEqual([100, 200, 400, 800, 1_000, 1_000, 1_000]);
  });

  it('a crowd of clients spreads over the whole window, down to zero', () => {
    expect(backoffDelay(3, options, () => 0)).toBe(0);
    expect(backoffDelay(3, options, () => 0.5)).toBe(400);
  });
});

describe('which transport comes next', () => {
  const policy = { order: ['websocket', 'sse', 'long-poll'] as const, failuresBeforeFallback: 2 };
  const network = { reason: 'network', message: '' } as const;

  it('one WebSocket failure is retried; the second goes to SSE', () => {
    expect(nextTransport(policy, 'websocket', network, 1)).toBe('websocket');
    expect(nextTransport(policy, 'websocket', network, 2)).toBe('sse');
  });

  it('an upgrade refused outright goes to SSE at once', () => {
    expect(nextTransport(policy, 'websocket', { reason: 'refused', message: '' }, 1)).toBe('sse');
  });

  it('SSE that is broken here (refused, no ready in time) goes to long-polling', () => {
    expect(nextTransport(policy, 'sse', { reason: 'refused', message: '' }, 1)).toBe('long-poll');
    expect(nextTransport(policy, 'sse', { reason: 'timeout', message: '' }, 1)).toBe('long-poll');
  });

  it('a fallback that fails because nothing is reachable (server restarting) goes back to the WebSocket', () => {
    expect(nextTransport(policy, 'sse', network, 1)).toBe('websocket');
    expect(nextTransport(policy, 'long-poll', network, 3)).toBe('websocket');
  });

  it('long-polling, the last resort, stays when it is broken', () => {
    expect(nextTransport(policy, 'long-poll', { reason: 'timeout', message: '' }, 1)).toBe('long-poll');
  });
});
