/**
 * Arbitrary text and limits thrown at the index: search never throws and always answers at most
 * `limit` distinct ids of the table, best first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFoodSearchIndex } from './food-search-index.js';
import { FIXTURE_ENTRIES } from './testing/fixture-entries.js';

const index = buildFoodSearchIndex(FIXTURE_ENTRIES);
const tableIds = new Set(FIXTURE_ENTRIES.map((entry) => entry.id));

const tableWords = [...new Set(FIXTURE_ENTRIES.flatMap((entry) => entry.name.toLowerCase().split(' ')))];
/** A word of the table, sometimes cut short or with a letter changed. */
const nearWord = fc
  .tuple(fc.constantFrom(...tableWords), fc.nat(), fc.constantFrom('keep', 'cut', 'typo'))
  .map(([word, at, how]) => {
    const i = word.length === 0 ? 0 : at % word.length;
    if (how === 'cut') return word.slice(0, i + 1);
    if (how === 'typo') return `${word.slice(0, i)}x${word.slice(i + 1)}`;
    return word;
  });
const foodLike = fc.array(nearWord, { maxLength: 12 }).map((words) => words.join(' '));
const anyQuery = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  foodLike,
);
const anyLimit = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.double(),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER),
);

describe('search on arbitrary queries', () => {
  it('never throws and answers at most limit distinct ids of the table, scores falling', () => {
    fc.assert(
      fc.property(anyQuery, anyLimit, (query, limit) => {
        const hits = index.search(query, limit);
        const ids = hits.map((hit) => hit.id);
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, Number.isNaN(limit) ? 0 : limit));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(tableIds.has(id)).toBe(true);
        for (let i = 1; i < hits.length; i += 1)
          expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score as number);
      }),
      { numRuns: 3000 },
    );
  });

  it('a short list is the start of the full list (entries skipped by their ceiling could not have entered)', () => {
    fc.assert(
      fc.property(foodLike, fc.integer({ min: 1, max: 8 }), (query, limit) => {
        expect(index.search(query, limit)).toEqual(
          index.search(query, Number.POSITIVE_INFINITY).slice(0, limit),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('answers the same twice', () => {
    fc.assert(
      fc.property(foodLike, (query) => {
        expect(index.search(query, 10)).toEqual(index.search(query, 10));
      }),
      { numRuns: 500 },
    );
  });
});
