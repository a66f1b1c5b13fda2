/**
 * Names no curated food carries ("2 tamales de pollo", "a slice of quiche lorraine") are looked
 * up in the whole table with the same ranked search as `GET /foods`: a USDA record whose
 * description holds every word, with no typo, is taken, marked as an assumed form. Guesses
 * through typos are not: a wrong food is worse than an honest "not recognised".
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { FILLER_WORDS } from './filler-words.js';
import { isChainName, withoutPlaceWords } from './place-names.js';
import { quantityWord } from './quantity-words.js';
import { isUnitWord } from './units.js';

export type FoodFinder = (text: string) => Food | null;

const MAX_QUERY_WORDS = 4;

/** The words of a leftover fragment that could name a food: no amounts, units or filler. */
function queryWords(text: string): string[] {
  return withoutPlaceWords(text.split(' ')).filter(
    (word) =>
      word !== '' &&
      !/^[0-9]/.test(word) &&
      !isUnitWord(word) &&
      quantityWord(word) === undefined &&
      !FILLER_WORDS.has(word) &&
      !isChainName(word),
  );
}

/** Answers are pure functions of the words, and leftovers repeat ("protein shake", "pho"). */
const CACHE_LIMIT = 2_000;

export function createFoodFinder(database: FoodDatabase): FoodFinder {
  let tableWords: ReadonlySet<string> | undefined;
  const cache = new Map<string, Food | null>();
  const find = (words: readonly string[]): Food | null => {
    // Built on first use: most meals name only curated foods.
    tableWords ??= new Set(
      database.foods.flatMap((food) => [...wordsIn(food.description), ...wordsIn(food.name)]),
    );
    // A word no food has cannot name one; most leftovers end here without a search.
    if (!words.every((word) => tableWords?.has(singular(word)))) return null;
    const best = database.searchIndex().search(words.join(' '), 1)[0];
    if (best === undefined || best.tier === 'fuzzy') return null;
    const food = database.byId(best.id);
    return food !== undefined && namesFood(food, words) ? food : null;
  };
  return (text) => {
    const words = queryWords(text);
    if (words.length === 0 || words.length > MAX_QUERY_WORDS) return null;
    const key = words.join(' ');
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const found = find(words);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, found);
    return found;
  };
}

const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);
const wordsIn = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '')
    .map(singular);

/**
 * The search also completes and matches inside words; here every word must be a whole word of
 * the food's description or names ("min" is not "Mini marshmallows"), and one word alone must be
 * the food itself, the head of its description ("tamales" is "Tamale with meat", but "dog" is not
 * "Corn dog").
 */
function namesFood(food: Food, words: readonly string[]): boolean {
  const description = wordsIn(food.description);
  const known = new Set([...description, ...wordsIn(food.name), ...food.names.flatMap(wordsIn)]);
  const asked = words.map(singular);
  if (!asked.every((word) => known.has(word))) return false;
  return (
    asked.length > 1 || description[0] === asked[0] || food.names.some((name) => singular(name) === asked[0])
  );
}

/**
 * The table's best food for a query, `null` when the search has none but typo matches. Answers are
 * remembered per database: the parser asks the same few questions of every meal that names a dish
 * with parts, a chain or a bread, and a search costs far more than a lookup.
 */
export type TopMatch = (query: string) => Food | null;

const topMatchers = new WeakMap<FoodDatabase, TopMatch>();

export function topMatch(database: FoodDatabase): TopMatch {
  let matcher = topMatchers.get(database);
  if (matcher === undefined) {
    const cache = new Map<string, Food | null>();
    matcher = (query) => {
      const cached = cache.get(query);
      if (cached !== undefined) return cached;
      const best = database.searchIndex().search(query, 1)[0];
      const food = best === undefined || best.tier === 'fuzzy' ? null : (database.byId(best.id) ?? null);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(query, food);
      return food;
    };
    topMatchers.set(database, matcher);
  }
  return matcher;
}
