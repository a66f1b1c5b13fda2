import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './chat-completion.js';

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing from a missing header', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(
      10_000,
    );
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
