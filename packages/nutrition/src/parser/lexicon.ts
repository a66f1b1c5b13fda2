/**
 * The words the parser understands besides food names, gathered from the database once per
 * parser: preparation phrases (the database's and common ones) and everything the spelling
 * corrector must leave alone.
 */
import type { FoodDatabase } from '../foods/database.js';
import { nameKey } from '../foods/name-index.js';
import { commonEnglishWords } from './common-english.js';
import { ENGLISH_WORDS } from './english-words.js';
import {
  EATING_WORDS,
  FILLER_WORDS,
  NEGATION_WORDS,
  NOT_EATING_VERBS,
  NOT_FOOD_NOUNS,
} from './filler-words.js';
import { COMMON_PREPARATIONS, isSizeWord } from './modifiers.js';
import { QUANTITY_WORDS } from './quantity-words.js';
import { createSpellingCorrector, type SpellingCorrector } from './spelling.js';
import { isUnitWord, unitVocabulary } from './units.js';

export type Lexicon = {
  /** Number of words of the preparation phrase starting at `i`, 0 if none ("hard boiled" → 2). */
  preparationAt(words: readonly string[], i: number): number;
  isPreparationWord(word: string): boolean;
  speller: SpellingCorrector;
};

const MAX_PREPARATION_WORDS = 3;

export function buildLexicon(database: FoodDatabase): Lexicon {
  const preparations = new Set([...database.preparations, ...COMMON_PREPARATIONS.map(nameKey)]);
  const preparationWords = [...preparations].flatMap((p) => p.split(' '));
  const preparationWordSet = new Set(preparationWords);
  const vocabulary = [...database.names.words, ...preparationWords, ...unitVocabulary()];
  const protectedWords = new Set([
    ...commonEnglishWords(),
    ...ENGLISH_WORDS,
    ...FILLER_WORDS,
    ...NOT_EATING_VERBS,
    ...NOT_FOOD_NOUNS,
    ...EATING_WORDS,
    ...NEGATION_WORDS,
    ...QUANTITY_WORDS,
    // A word of a USDA record's description is a food word in its own right ("chives", "radishes"):
    // the whole table is searched for it later, so it is never "corrected" into another food
    // (a baked potato "with sour cream and chives" gained two Clif Bars).
    ...database.foods.flatMap((food) => descriptionWords(food.description)),
  ]);
  return {
    preparationAt(words, i) {
      let phrase = '';
      let found = 0;
      for (let length = 1; length <= MAX_PREPARATION_WORDS && i + length <= words.length; length += 1) {
        phrase = length === 1 ? (words[i] as string) : `${phrase} ${words[i + length - 1]}`;
        if (preparations.has(phrase)) found = length;
      }
      return found;
    },
    isPreparationWord: (word) => preparationWordSet.has(word),
    speller: createSpellingCorrector(
      vocabulary,
      protectedWords,
      new Set([...database.names.words].filter((word) => database.names.lookup(word) !== undefined)),
    ),
  };
}

const descriptionWords = (description: string): string[] =>
  description
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);

/** Words that are not food but are understood: the parser never reports them as unknown. */
export function isStructuralWord(word: string): boolean {
  return (
    FILLER_WORDS.has(word) ||
    QUANTITY_WORDS.has(word) ||
    isUnitWord(word) ||
    isSizeWord(word) ||
    NEGATION_WORDS.has(word)
  );
}
