import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('chiken', 'chicken', 3)).toBe(1);
    expect(editDistance('bananna', 'banana', 3)).toBe(1);
    expect(editDistance('brocolli', 'broccoli', 3)).toBe(2);
  });

  it('counts two swapped neighbours as one slip', () => {
    expect(editDistance('chikcen', 'chicken', 3)).toBe(1);
    expect(editDistance('tomaot', 'tomato', 3)).toBe(1);
  });

  it('gives up past the limit instead of computing the exact distance', () => {
    expect(editDistance('keyboard', 'zzzzzzzz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('works on words longer than its preallocated rows', () => {
    const long = 'x'.repeat(200);
    expect(editDistance(long, `${long}y`, 2)).toBe(1);
  });
});
