/**
 * Hostile text for the built-in parser, beyond meal-parser.property.test.ts: huge and odd numbers,
 * punctuation storms, every script of Unicode, tokens repeated up to the API's 1,000-character limit.
 * It never throws (nor swallows a bug), answers the same thing twice, and every item is physically
 * possible: no food has more than 9 kcal or more than 1 g of macronutrients per gram.
 * "Bounded time" is proven without a stopwatch: inputs grow tenfold at a time up to the limit, and a
 * parser that backtracked would blow the test timeout long before the last one (see also
 * regex-safety.test.ts, the static half of that proof).
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/nutrition/src/parser/meal-parser.fuzz.property.test.ts
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { foodDatabase } from '../foods/database.js';
import type { ParseResult } from '../parse-result.js';
import { createMealParser } from './meal-parser.js';

/** The API's limit on meal texts (RAW_INPUT_MAX_LENGTH in @fitiq/contract, which this package does not use). */
const RAW_INPUT_MAX_LENGTH = 1000;

const failures: unknown[] = [];
const parser = createMealParser(foodDatabase(), { onInternalError: (error) => failures.push(error) });
afterEach(() => expect(failures).toEqual([]));

/** 10,000 (the largest count read) of a kilogram, at the largest size and a dense food. */
const MAX_ITEM_GRAMS = 10_000 * 1000 * 2.5 * 2;

const expectWellFormed = (result: ParseResult) => {
  if (!result.ok) {
    expect(result.code).toBe('no_food_found');
    return;
  }
  expect(result.items.length).toBeGreaterThan(0);
  for (const item of result.items) {
    const numbers = [item.quantity, item.grams, item.calories, item.protein_g, item.carbs_g, item.fat_g];
    for (const n of numbers)
      expect(Number.isFinite(n) && n >= 0, `${n} in ${JSON.stringify(item)}`).toBe(true);
    expect(item.grams).toBeLessThanOrEqual(MAX_ITEM_GRAMS);
    // Rounding to whole kcal and tenths of a gram may add a little.
    expect(item.calories).toBeLessThanOrEqual(9 * item.grams + 1);
    expect(item.protein_g + item.carbs_g + item.fat_g).toBeLessThanOrEqual(item.grams + 0.5);
    expect(item.confidence).toBeLessThanOrEqual(1);
  }
};

const numberText = fc.oneof(
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom(
    '1e308',
    '1e-308',
    '-0',
    'NaN',
    'Infinity',
    '1/0',
    '0/0',
    '999999999999999999999',
    '½½',
    '1,000,000',
    '1.2.3',
    '--5',
    '3-',
  ),
);
const foodish = fc.constantFrom(
  'eggs',
  'rice',
  'kg',
  'cups',
  'of',
  'large',
  'and',
  'butter',
  'litres',
  'pizza',
  'slices',
);
const punctuation = fc.string({
  unit: fc.constantFrom(...'.,;:!?-–—/\\()[]{}"\'`*&%$#@^~|<>+=_ '.split('')),
  maxLength: 300,
});
const hostile = fc.oneof(
  fc.array(fc.oneof(numberText, foodish), { maxLength: 60 }).map((words) => words.join(' ')),
  punctuation,
  fc.string({ unit: 'binary', maxLength: RAW_INPUT_MAX_LENGTH }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .tuple(fc.oneof(foodish, numberText, punctuation), fc.nat({ max: RAW_INPUT_MAX_LENGTH }))
    .map(([token, n]) => `${token} `.repeat(n).slice(0, RAW_INPUT_MAX_LENGTH)),
);

describe('the built-in parser on hostile text', () => {
  it('never throws, answers a well-formed result, and answers the same twice', () => {
    const fresh = createMealParser(foodDatabase());
    fc.assert(
      fc.property(hostile, (text) => {
        const result = parser.parse(text);
        expectWellFormed(result);
        expect(parser.parse(text)).toEqual(result);
        expect(fresh.parse(text)).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a huge count', '999999999999999999999 eggs'],
    ['a count at the limit of a kilogram', '10000 kg rice'],
    ['a division by zero', '1/0 cup milk'],
    ['an exponent', '1e308 g butter'],
    ['nothing but punctuation', '!?'.repeat(500)],
    ['a food repeated to the limit', 'egg '.repeat(250)],
  ])('regression: %s', (_name, text) => {
    expectWellFormed(parser.parse(text));
  });

  it.each([
    ['digits', '1'],
    ['fractions', '1/'],
    ['numbers and units', '2 cups '],
    ['connectors', 'and with '],
    ['a food with amounts', '3 large eggs, '],
    ['near-misses for the speller', 'brocolli '],
    ['hyphen ranges', '3-4-'],
  ])('input of growing size made of %s finishes (no super-linear blow-up)', (_name, unit) => {
    for (const size of [10, 100, RAW_INPUT_MAX_LENGTH]) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      expectWellFormed(parser.parse(text));
    }
  });
});
