import { describe, expect, it } from 'vitest';
import { combineNumbers } from './numbers.js';
import { type Token, tokenize } from './tokenize.js';

const show = (tokens: Token[]) =>
  tokens.map((t) => (t.kind === 'number' ? t.value : t.kind === 'word' ? t.text : `<${t.kind}>`));
const read = (text: string) => show(combineNumbers(tokenize(text)));

describe('tokenize', () => {
  it('splits digits from units and words: "100g", "2x", "x2"', () => {
    expect(read('100g rice 2x eggs x2')).toEqual([100, 'g', 'rice', 2, 'x', 'eggs', 'x', 2]);
  });

  it('reads decimals, thousands and decimal commas', () => {
    expect(read('1.5 cups, .5 l, 1,000 g, 1,5 kg')).toEqual([
      1.5,
      'cups',
      '<break>',
      0.5,
      'l',
      '<break>',
      1000,
      'g',
      '<break>',
      1.5,
      'kg',
    ]);
  });

  it('joins hyphenated words and drops apostrophes: "hard-boiled", "McDonald\'s"', () => {
    expect(read("hard-boiled eggs at McDonald's")).toEqual(['hard', 'boiled', 'eggs', 'at', 'mcdonalds']);
  });

  it('strips accents and spells out vulgar fractions', () => {
    expect(read('crème brûlée, 1½ jalapeño')).toEqual(['creme', 'brulee', '<break>', 1.5, 'jalapeno']);
  });

  it('keeps the full stop of an abbreviation but breaks at the end of a sentence', () => {
    expect(read('2 tbsp. butter. Toast')).toEqual([2, 'tbsp', 'butter', '<break>', 'toast']);
  });

  it('reads "&", "n" and "w/" as words', () => {
    expect(read('mac n cheese & toast w/ jam')).toEqual([
      'mac',
      'and',
      'cheese',
      'and',
      'toast',
      'with',
      'jam',
    ]);
  });

  it('drops times of day, which are neither amounts nor words: "at 11pm", "7:30", "8 a.m."', () => {
    expect(read('milk at 11pm')).toEqual(['milk', 'at']);
    expect(read('coffee at 7:30 and toast')).toEqual(['coffee', 'at', 'and', 'toast']);
    expect(read('eggs at 8 a.m. then 6:45 pm tea')).toEqual(['eggs', 'at', 'then', 'tea']);
    expect(read("lunch at 12 o'clock")).toEqual(['lunch', 'at']);
  });

  it('keeps numbers that only look like times: "2 amaretti", "1.5 pm", "100 pm"', () => {
    expect(read('2 amaretti')).toEqual([2, 'amaretti']);
    expect(read('1.5 pm')).toEqual([1.5, 'pm']);
    expect(read('100 pm')).toEqual([100, 'pm']);
  });
});

describe('combineNumbers', () => {
  it.each([
    ['1 1/2', 1.5],
    ['2 ¾', 2.75],
    ['one and a half', 1.5],
    ['two and a quarter', 2.25],
    ['2-3', 2.5],
    ['2 – 3', 2.5],
    ['2 to 4', 3],
    ['three or four', 3.5],
    ['twelve', 12],
  ])('"%s" is %d', (text, value) => {
    expect(read(text)).toEqual([value]);
  });

  it('does not read a falling pair as a range: "3-2"', () => {
    expect(read('3-2')).toEqual([3, '<dash>', 2]);
  });
});
