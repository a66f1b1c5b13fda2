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

function saysFlavour(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && FLAVOUR_WORDS.has(token.text)) return true;
  }
  return false;
}

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
  if (describedBy !== null) flavours.push(...flavourOf(describedBy));
  return flavours;
}

/**
 * "helado de chocolate", "yogur de fresa" ("ice cream of chocolate" once the Spanish is read): a
 * flavour or fruit named right after the food and "of" is its flavour, as one said before it is.
 */
export function flavourAfter(
  tokens: readonly Token[],
  end: number,
  next: FoodSpan | undefined,
): FoodSpan | null {
  const of = tokens[end];
  if (next === undefined || next.start !== end + 1 || of?.kind !== 'word' || of.text !== 'of') return null;
  return flavourOf(next).length > 0 ? next : null;
}

/** The flavour a food named as one says: a fruit, or a word of the flavour list. */
function flavourOf(span: FoodSpan | null): { word: string; fruit: boolean }[] {
  const food = span === null ? undefined : defaultOf(span);
  if (span === null || food === undefined) return [];
  const word = singular(span.key);
  if (food.category === 'fruit') return [{ word, fruit: true }];
  return FLAVOUR_WORDS.has(word) ? [{ word, fruit: false }] : [];
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
  after: FoodSpan | null = null,
): Food | null {
  // Most items have no flavour said with them: find that out without building anything.
  if (describedBy === null && after === null && !saysFlavour(tokens, start, spanStart)) return null;
  const exact = moreExactName(food, key, describedBy);
  if (exact !== null) return exact;
  const flavours = flavoursSaid(tokens, start, spanStart, describedBy);
  if (after !== null) flavours.push(...flavourOf(after));
  if (flavours.length === 0) return null;
  const match = topMatch(database);
  // "helado": a food named in Spanish is also asked for by its record's own head ("Ice cream").
  const names = [...new Set([key, food.description.split(',')[0]?.toLowerCase() ?? key])];
  for (const { word, fruit } of flavours) {
    if (wordsOfFood(food).has(word)) return null;
    for (const name of names) {
      for (const flavour of fruit ? [word, 'fruit'] : [word]) {
        const found = match(`${name} ${flavour}`);
        const same = found !== null && found !== food && found.category === food.category;
        if (same && wordsOfFood(found).has(flavour)) return found;
      }
    }
  }
  return null;
}

/** The flavoured record is the flavour `span` names: "Yogurt, fruit" is "yogur de fresa". */
export function hasFlavourOf(food: Food, span: FoodSpan): boolean {
  return flavourOf(span).some(
    ({ word, fruit }) => namesFlavour(food, word) || (fruit && wordsOfFood(food).has('fruit')),
  );
}

/** The record names the flavour `key` said before it: "Ham, honey, smoked" names "honey". */
export function namesFlavour(food: Food, key: string): boolean {
  const words = wordsOfFood(food);
  return wordsOf(key).every((word) => words.has(word) || words.has(singular(word)));
}
