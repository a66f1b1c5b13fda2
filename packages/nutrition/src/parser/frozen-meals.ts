/**
 * "a frozen Lean Cuisine spaghetti with meat sauce", "a Stouffer's lasagna": a dish named as a
 * frozen meal is FNDDS's frozen meal of that dish (a packaged tray, its own recipe and weight),
 * not the home recipe. The frozen meal is found by the ranked search and kept only when its
 * record is a frozen meal that still names the dish ("Spaghetti with meat sauce, diet frozen meal").
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { topMatch } from './search-fallback.js';
import type { Token } from './tokenize.js';

/** Words that say a dish came out of a freezer box, one or two words each. */
const FROZEN_MEAL_CUES = [
  'frozen',
  'lean cuisine',
  'healthy choice',
  'smart ones',
  "stouffer's",
  'stouffers',
  "marie callender's",
  'marie callenders',
  'banquet',
  'tv dinner',
  'microwave meal',
];
const CUES = FROZEN_MEAL_CUES.map((cue) => cue.split(' '));

const wordAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : '';
};

const FIRST_WORDS = new Set(CUES.map((cue) => cue[0] as string));

/** True when tokens `[start, end)` say the dish was a frozen meal. */
export function saysFrozenMeal(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    if (!FIRST_WORDS.has(wordAt(tokens, i))) continue;
    if (CUES.some((cue) => cue.every((word, k) => i + k < end && wordAt(tokens, i + k) === word)))
      return true;
  }
  return false;
}

const namesWord = (description: string, word: string) =>
  description.split(/[^a-z]+/).some((each) => each === word || each === `${word}s` || `${each}s` === word);

/** FNDDS's frozen meal of the dish named by `key` ("spaghetti with meat sauce"), or null. */
export function frozenMealOf(database: FoodDatabase, key: string): Food | null {
  const food = topMatch(database)(`${key} frozen meal`);
  if (food === null) return null;
  const description = food.description.toLowerCase();
  const words = key.split(' ');
  const first = words[0] ?? '';
  const head = words.at(-1) ?? '';
  return description.includes('frozen meal') && namesWord(description, first) && namesWord(description, head)
    ? food
    : null;
}
