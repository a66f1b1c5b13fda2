import { decodeJwt } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createTokenService } from './tokens.js';

const secret = new TextEncoder().encode('a test secret of thirty-two bytes!');

describe('access tokens', () => {
  it('live at least their TTL, wherever in a second they were issued', async () => {
    const tokens = createTokenService(secret, 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (const issuedAtMs of [1_800_000_000_000, 1_800_000_000_500, 1_800_000_000_999]) {
        vi.setSystemTime(issuedAtMs);
        const { exp } = decodeJwt(await tokens.issue({ userId: 'user-1', sessionId: 'session-1' }));
        const lifetimeMs = (exp as number) * 1000 - issuedAtMs;
        expect(lifetimeMs).toBeGreaterThanOrEqual(1000);
        expect(lifetimeMs).toBeLessThanOrEqual(2000);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('a verified token carries its user and session; a tampered one is refused', async () => {
    const tokens = createTokenService(secret, 60);
    const token = await tokens.issue({ userId: 'user-1', sessionId: 'session-1' });
    expect(await tokens.verify(token)).toEqual({ userId: 'user-1', sessionId: 'session-1' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(tokens.verify(`${header}.${payload}.${flipped}`)).rejects.toThrow();
  });
});
