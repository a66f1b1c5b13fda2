/**
 * "1 cup of oatmeal made with water", "a caramel frappuccino with whipped cream": what a food was
 * made or served with is no item of its own when the food's record already names it ("Oatmeal,
 * cooked with water", "Caramel Frappuccino with whipped cream"): it is in the record's numbers
 * already, and counting it again would add a glass of water or a second topping.
 */
import type { Food } from '../foods/food.js';
import { type DishDraft, isDish } from './dish-parts.js';

type BaseDraft = DishDraft & { range: { span: { key: string } } };

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

const foodWords = new WeakMap<Food, readonly (readonly string[])[]>();

/** The words of a food's name and of its description, split once per food. */
function wordsOfFood(food: Food): readonly (readonly string[])[] {
  let words = foodWords.get(food);
  if (words === undefined) {
    words = [wordsOf(food.name), wordsOf(food.description)];
    foodWords.set(food, words);
  }
  return words;
}

/** "beans" in a record is the "bean" of a name key, and the other way round. */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;

/** The record's name or description holds `part` after a "with" or "in": "...with whipped cream". */
function recordNames(host: BaseDraft, part: BaseDraft, headOnly: boolean): boolean {
  const key = wordsOf(part.range.span.key);
  const wanted = headOnly ? key.slice(-1) : key;
  if (wanted.length === 0) return false;
  for (const words of wordsOfFood(host.food)) {
    const after = words.findIndex((word) => word === 'with' || word === 'in');
    if (after < 0) continue;
    // "Oatmeal, made with milk": the part may come a word or two after the "with".
    for (let at = after + 1; at <= Math.min(after + 3, words.length - wanted.length); at += 1) {
      if (wanted.every((word, k) => sameWord(words[at + k] as string, word))) return true;
    }
  }
  return false;
}

/**
 * The drafts without a part the record of the food before it already names: a "made with" part by
 * its head word ("whole milk" is the record's "milk"), a "with" part of a food that is no dish by
 * its whole name (a dish's parts are weighed together by dish-parts.ts, the first part deciding).
 */
export function withoutBaseTheRecordNames<T extends BaseDraft>(drafts: readonly T[]): T[] {
  return drafts.filter((draft, k) => {
    const host = drafts[k - 1];
    if (host === undefined || host.recipe || host.fragment.joinedBy === 'with') return true;
    if (draft.recipe) return !recordNames(host, draft, true);
    return !(draft.fragment.joinedBy === 'with' && !isDish(host.food) && recordNames(host, draft, false));
  });
}

/** Words that say what kind of topping a part is, not which: "teriyaki sauce" is named by "teriyaki". */
const TOPPING_KINDS = new Set(['sauce', 'dressing', 'dip', 'spread', 'topping', 'glaze']);
const SPREAD_PARTS = /^(salad dressing|butter|margarine)\b/;

/** The record says it is without `word`: "Caesar salad, with romaine, no dressing". */
const negates = (words: readonly string[], word: string) =>
  words.some((said, k) => sameWord(said, word) && (words[k - 1] === 'no' || words[k - 1] === 'without'));

const recordWordSets = new WeakMap<
  Food,
  { all: ReadonlySet<string>; lists: readonly (readonly string[])[] }
>();

/** The words of a dish's record and of every name people call it by, gathered once. */
function recordWordsOf(food: Food) {
  let words = recordWordSets.get(food);
  if (words === undefined) {
    const lists = [...wordsOfFood(food), ...food.names.map(wordsOf)];
    words = { all: new Set(lists.flat()), lists };
    recordWordSets.set(food, words);
  }
  return words;
}

/**
 * The dish's record already has the sauce or spread said with it: its description or one of its
 * names names it ("Chicken teriyaki" and teriyaki sauce; eggs benedict, known as "eggs benedict with
 * hollandaise", and hollandaise), unless it says "no" to it ("Caesar salad, ..., no dressing"); a
 * record "with spread" has the mayonnaise, butter or dressing spread on it, and one with
 * "condiments" the condiments.
 */
type NamedPart = { food: Food; range: { span: { key: string } } };

/** Answers per dish, by the part's food and name: every meal naming a dish and a sauce asks again. */
function remembered(
  cache: WeakMap<Food, Map<string, boolean>>,
  answer: (dish: Food, part: NamedPart) => boolean,
): (dish: Food, part: NamedPart) => boolean {
  return (dish, part) => {
    let byPart = cache.get(dish);
    if (byPart === undefined) {
      byPart = new Map();
      cache.set(dish, byPart);
    }
    const key = `${part.food.id} ${part.range.span.key}`;
    let known = byPart.get(key);
    if (known === undefined) {
      known = answer(dish, part);
      byPart.set(key, known);
    }
    return known;
  };
}

export const recordHolds = remembered(new WeakMap(), holdsPart);
export const recordNamesPart = remembered(new WeakMap(), namesPart);

function holdsPart(dish: Food, part: NamedPart): boolean {
  const { all, lists } = recordWordsOf(dish);
  const has = (word: string) =>
    all.has(word) || all.has(`${word}s`) || (word.endsWith('s') && all.has(word.slice(0, -1)));
  const key = wordsOf(part.range.span.key);
  if (lists.some((words) => negates(words, key.at(-1) ?? ''))) return false;
  for (const named of [key, wordsOf(part.food.name)]) {
    const which = named.filter((word) => !TOPPING_KINDS.has(word));
    if (which.length > 0 && which.every(has)) return true;
  }
  const description = part.food.description.toLowerCase();
  if (has('spread') && (part.food.category === 'fats_oils' || SPREAD_PARTS.test(description))) return true;
  return has('condiments') && part.food.category === 'condiments';
}

/** Words a record uses for any food of a category: "Beef stew with potatoes and vegetables". */
const CATEGORY_WORDS: Readonly<Record<string, string>> = { vegetables: 'vegetables', legumes: 'beans' };

/**
 * The dish's record or one of its names names the part, by every word of what the text called it
 * or of the part's own name, or by the word it uses for the part's kind ("vegetables").
 */
function namesPart(dish: Food, part: NamedPart): boolean {
  const { all } = recordWordsOf(dish);
  const has = (word: string) =>
    all.has(word) || all.has(`${word}s`) || (word.endsWith('s') && all.has(word.slice(0, -1)));
  const kind = CATEGORY_WORDS[part.food.category];
  if (kind !== undefined && has(kind)) return true;
  return [wordsOf(part.range.span.key), wordsOf(part.food.name)].some(
    (named) => named.length > 0 && named.every(has),
  );
}
