import { describe, expect, it } from 'vitest';
import { mealETag, versionFromIfMatch } from './etag.js';

describe("a meal's ETag and the If-Match that sends it back", () => {
  it('round-trips every version', () => {
    for (const version of [1, 2, 9, 10, 12345, 2 ** 40])
      expect(versionFromIfMatch(mealETag(version))).toBe(version);
  });

  it('takes surrounding spaces', () => {
    expect(versionFromIfMatch(' "3" ')).toBe(3);
  });

  it.each(['*', 'W/"3"', '3', '"03"', '"0"', '"-1"', '"3", "4"', '"3.0"', '""', '', '"1234567890123456"'])(
    'names no version for %s (it never matches, so the edit is answered 412)',
    (header) => {
      expect(versionFromIfMatch(header)).toBeNull();
    },
  );
});
