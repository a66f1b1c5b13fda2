/**
 * Random text thrown at the parser with the full database: it must never fail internally, always
 * answer with finite, non-negative numbers, and stay fast on 1,000-character inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foodDatabase } from '../foods/database.js';
import type { ParseResult } from '../parse-result.js';
import { createMealParser } from './meal-parser.js';

const failures: unknown[] = [];
const parser = createMealParser(foodDatabase(), { onInternalError: (error) => failures.push(error) });

const mealWords = [
  '2',
  '1/2',
  '½',
  'a',
  'dozen',
  'half',
  'of',
  'and',
  'with',
  ',',
  '-',
  'cups',
  'g',
  'oz',
  'eggs',
  'toast',
  'butter',
  'fried',
  'large',
  'my',
  'no',
  'x',
  '3-4',
  '.',
  '\n',
  'mac',
  'cheese',
  '&',
  'fl',
  '1,5',
  'brocolli',
];
const mealLike = fc.array(fc.constantFrom(...mealWords), { maxLength: 200 }).map((words) => words.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 1000 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  mealLike,
);

function isWellFormed(result: ParseResult): boolean {
  if (!result.ok) return result.code === 'no_food_found' && Array.isArray(result.unknown);
  return result.items.every((item) =>
    [
      item.quantity,
      item.grams,
      item.calories,
      item.protein_g,
      item.carbs_g,
      item.fat_g,
      item.sodium_mg,
      item.confidence,
    ].every((n) => Number.isFinite(n) && n >= 0),
  );
}

describe('parseMeal on arbitrary text', () => {
  it('never fails internally and always answers a well-formed result', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(isWellFormed(parser.parse(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(failures).toEqual([]);
  });

  // No clock here: the test's timeout bounds these, and regex-safety.test.ts rules out the patterns
  // that backtrack catastrophically. This proves the inputs finish and answer sensibly.
  it('answers 1,000-character inputs built to make a parser backtrack', () => {
    const nasty = [
      '1'.repeat(1000),
      '1/'.repeat(500),
      '- '.repeat(500),
      'and '.repeat(250),
      'a'.repeat(1000),
      'eggs '.repeat(200),
      `${'1 1/2 '.repeat(160)}eggs`,
      'with my '.repeat(125),
      '½'.repeat(1000),
      `${'x'.repeat(999)}!`,
    ];
    for (const text of nasty) expect(isWellFormed(parser.parse(text))).toBe(true);
    expect(failures).toEqual([]);
  });
});
