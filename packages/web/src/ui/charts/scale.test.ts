import { describe, expect, it } from 'vitest';
import { linePath, niceMax } from './scale.js';

describe('chart scales', () => {
  it('axis maxima are round numbers at or above the data', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(0.7)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(180)).toBe(200);
    expect(niceMax(1000)).toBe(1000);
  });

  it('a missing value breaks the line', () => {
    expect(linePath([[0, 1], [2, 3], null, [4, 5], [6, 7]])).toBe('M0.0,1.0L2.0,3.0M4.0,5.0L6.0,7.0');
  });
});
