import { describe, expect, it } from 'vitest';
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
});
