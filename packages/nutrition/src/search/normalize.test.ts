import { describe, expect, it } from 'vitest';
import { fold, words } from './normalize.js';

describe('words', () => {
  it('lower-cases, strips accents and splits at anything that is not a letter or digit', () => {
    expect(words('Crème Brûlée, JALAPEÑO-lime (2% milk)')).toEqual([
      'creme',
      'brulee',
      'jalapeno',
      'lime',
      '2',
      'milk',
    ]);
  });

  it("drops apostrophes inside words: goat's and goats are one word", () => {
    expect(words("goat's cheese, Kellogg’s")).toEqual(['goats', 'cheese', 'kelloggs']);
  });

  it('spells out letters NFD does not split', () => {
    expect(words('Smørrebrød, Straße, Æbleskiver')).toEqual(['smorrebrod', 'strasse', 'aebleskiver']);
  });

  it('finds no word in emoji, symbols or broken text', () => {
    expect(words('🍕 !!! \ud800 ——')).toEqual([]);
  });
});

describe('fold', () => {
  it.each([
    ['eggs', 'egg'],
    ['berries', 'berry'],
    ['tomatoes', 'tomato'],
    ['peaches', 'peach'],
    ['sandwiches', 'sandwich'],
    ['glasses', 'glass'],
    ['sauces', 'sauce'],
    ['cheeses', 'cheese'],
    ['kiwis', 'kiwi'],
    ['pies', 'pie'],
  ])('%s and its singular share a key', (plural, singular) => {
    expect(fold(plural)).toBe(fold(singular));
  });

  it('cookie and cookies share a key, even though it is not a word', () => {
    expect(fold('cookies')).toBe(fold('cookie'));
    expect(fold('brownies')).toBe(fold('brownie'));
  });

  it.each(['hummus', 'couscous', 'swiss', 'asparagus', 'bass', 'rice', 'peas'.slice(0, 3)])(
    '%s is left alone',
    (word) => {
      expect(fold(word)).toBe(word);
    },
  );

  it('folding twice changes nothing', () => {
    for (const word of ['berries', 'cookies', 'tomatoes', 'glasses', 'eggs', 'brownie'])
      expect(fold(fold(word))).toBe(fold(word));
  });
});
