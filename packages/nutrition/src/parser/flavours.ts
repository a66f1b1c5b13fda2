/**
 * "Chobani vanilla greek yogurt", "a strawberry greek yogurt", "maple oatmeal": a flavour said
 * before a product is the product's flavoured record when USDA has one. Plain greek yogurt has a
 * third of vanilla's sugar; reading the flavour as a description of the plain food loses it.
 * The flavour is a word of the closed list below, or a fruit named before the food; the flavoured
 * record is the table's best match for the food and the flavour together, of the food's own
 * category and naming the flavour (or "fruit", for a fruit USDA has no record of).
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import type { FoodSpan } from './food-spans.js';
import { topMatch } from './search-fallback.js';
import type { Token } from './tokenize.js';

/** Flavours that are no food of their own in a text ("vanilla") or name one as a flavour ("honey"). */
const FLAVOUR_WORDS = new Set([
  'vanilla',
  'chocolate',
  'strawberry',
  'blueberry',
  'raspberry',
  'cherry',
  'peach',
  'mango',
  'banana',
  'honey',
  'maple',
  'caramel',
  'mocha',
  'cinnamon',
  'coconut',
  'lemon',
  'pumpkin',
  'apple',
]);

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '');

const recordWords = new WeakMap<Food, ReadonlySet<string>>();

/** The words of a food's description and names, split once per food. */
function wordsOfFood(food: Food): ReadonlySet<string> {
  let words = recordWords.get(food);
  if (words === undefined) {
    words = new Set([...wordsOf(food.description), ...wordsOf(food.name), ...food.names.flatMap(wordsOf)]);
    recordWords.set(food, words);
  }
  return words;
}

/** "strawberries", "peaches", "bananas": the flavour is the singular. */
const singular = (word: string) => {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ches')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
};
const defaultOf = (span: FoodSpan): Food | undefined =>
  span.candidates.find((food) => food.isDefaultForm) ?? span.candidates[0];

/** The flavour words said in `[start, end)` before the food, and the fruit or flavour named right before it. */
function flavoursSaid(
  tokens: readonly Token[],
  start: number,
  end: number,
  describedBy: FoodSpan | null,
): { word: string; fruit: boolean }[] {
  const flavours: { word: string; fruit: boolean }[] = [];
  for (let i = start; i < end; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && FLAVOUR_WORDS.has(token.text))
      flavours.push({ word: token.text, fruit: false });
  }
  const described = describedBy === null ? undefined : defaultOf(describedBy);
  if (describedBy !== null && described !== undefined) {
    const word = singular(describedBy.key);
    if (described.category === 'fruit') flavours.push({ word, fruit: true });
    else if (FLAVOUR_WORDS.has(word)) flavours.push({ word, fruit: false });
  }
  return flavours;
}

/**
 * "chobani vanilla" before "greek yogurt": a name that describes the food after it and is itself
 * a kind of that food (same category, every word of the food's name in its record) is the food
 * eaten, said more exactly.
 */
function moreExactName(food: Food, key: string, describedBy: FoodSpan | null): Food | null {
  const described = describedBy === null ? undefined : defaultOf(describedBy);
  if (described === undefined || described === food || described.category !== food.category) return null;
  return namesFlavour(described, key) ? described : null;
}

/** The flavoured record of `food` (named by `key`) for the flavours said before it, or null. */
export function flavouredFood(
  database: FoodDatabase,
  food: Food,
  key: string,
  tokens: readonly Token[],
  start: number,
  spanStart: number,
  describedBy: FoodSpan | null,
): Food | null {
  const exact = moreExactName(food, key, describedBy);
  if (exact !== null) return exact;
  const flavours = flavoursSaid(tokens, start, spanStart, describedBy);
  if (flavours.length === 0) return null;
  const match = topMatch(database);
  for (const { word, fruit } of flavours) {
    if (wordsOfFood(food).has(word)) return null;
    for (const flavour of fruit ? [word, 'fruit'] : [word]) {
      const found = match(`${key} ${flavour}`);
      if (
        found !== null &&
        found !== food &&
        found.category === food.category &&
        wordsOfFood(found).has(flavour)
      )
        return found;
    }
  }
  return null;
}

/** The record names the flavour `key` said before it: "Ham, honey, smoked" names "honey". */
export function namesFlavour(food: Food, key: string): boolean {
  const words = wordsOfFood(food);
  return wordsOf(key).every((word) => words.has(word) || words.has(singular(word)));
}
