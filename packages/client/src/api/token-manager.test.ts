import { describe, expect, it } from 'vitest';
import { NetworkError } from './errors.js';
import { TokenManager } from './token-manager.js';

describe('token renewal', () => {
  it('concurrent refusals of one token ask the app once', async () => {
    let asked = 0;
    const tokens = new TokenManager('old', async () => {
      asked++;
      return 'new';
    });
    const answers = await Promise.all([tokens.renew('old'), tokens.renew('old'), tokens.renew('old')]);
    expect(answers).toEqual(['new', 'new', 'new']);
    expect(asked).toBe(1);
  });

  it('a renewed token refused before it ever worked is not renewed again (no loop)', async () => {
    let asked = 0;
    const tokens = new TokenManager('old', async () => `new-${++asked}`);
    expect(await tokens.renew('old')).toBe('new-1');
    expect(await tokens.renew('new-1')).toBeNull();
    expect(asked).toBe(1);
  });

  it('a renewed token that worked may be renewed when it expires in turn', async () => {
    let asked = 0;
    const tokens = new TokenManager('old', async () => `new-${++asked}`);
    await tokens.renew('old');
    tokens.confirm('new-1');
    expect(await tokens.renew('new-1')).toBe('new-2');
  });

  it('a refusal of a token already replaced answers with the current one, without asking', async () => {
    let asked = 0;
    const tokens = new TokenManager('old', async () => `new-${++asked}`);
    tokens.set('given-by-app');
    expect(await tokens.renew('old')).toBe('given-by-app');
    expect(asked).toBe(0);
  });

  it('a renewal that could not reach the server decides nothing: the error surfaces, and the next refusal asks again', async () => {
    let asked = 0;
    const tokens = new TokenManager('old', async () => {
      asked++;
      if (asked === 1) throw new NetworkError('offline');
      return 'new';
    });
    await expect(tokens.renew('old')).rejects.toBeInstanceOf(NetworkError);
    expect(tokens.current).toBe('old');
    expect(await tokens.renew('old')).toBe('new');
    expect(asked).toBe(2);
  });

  it('setSession replaces both tokens at once and tells the listeners', () => {
    const tokens = new TokenManager(null, null);
    const seen: Array<string | null> = [];
    tokens.onChange((token) => seen.push(token));
    tokens.setSession({ access_token: 'a', refresh_token: 'r' });
    expect([tokens.current, tokens.refreshToken]).toEqual(['a', 'r']);
    tokens.setSession(null);
    expect([tokens.current, tokens.refreshToken]).toEqual([null, null]);
    expect(seen).toEqual(['a', null]);
  });
});
