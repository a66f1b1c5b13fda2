/**
 * Finds the database entry for a food name given on its own, as an LLM returns it ("egg",
 * preparation "fried"). Stricter than the meal parser: the whole name must be one database name
 * plus preparation or size words, so "chicken salad" never becomes a salad or a chicken.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { nameKey } from '../foods/name-index.js';
import { emptyModifiers, readModifiers, wordsOf } from './amount.js';
import { findFoodSpans } from './food-spans.js';
import { isStructuralWord, type Lexicon } from './lexicon.js';
import { combineNumbers } from './numbers.js';
import { tokenize } from './tokenize.js';

export function matchFoodName(
  name: string,
  preparation: string | null,
  database: FoodDatabase,
  lexicon: Lexicon,
): Food | null {
  const tokens = combineNumbers(tokenize(name));
  for (const [i, token] of tokens.entries()) {
    const fix = token.kind === 'word' ? lexicon.speller.correct(token.text) : null;
    if (fix !== null) tokens[i] = { kind: 'word', text: fix };
  }
  const spans = findFoodSpans(tokens, database.names);
  const span = spans[0];
  if (span === undefined || spans.length > 1) return null;
  const outside = [...wordsOf(tokens, 0, span.start), ...wordsOf(tokens, span.end, tokens.length)];
  const explained = (word: string) =>
    word === '' || isStructuralWord(word) || lexicon.isPreparationWord(word);
  if (!outside.every(explained)) return null;
  const modifiers = emptyModifiers();
  readModifiers(tokens, 0, span.start, lexicon, modifiers);
  readModifiers(tokens, span.end, tokens.length, lexicon, modifiers);
  if (preparation !== null) modifiers.preparations.add(nameKey(preparation));
  return database.chooseForm(span.candidates, modifiers.preparations) ?? null;
}
