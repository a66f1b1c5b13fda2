/**
 * Splits a meal text into fragments at punctuation, new lines and connector words ("and", "with",
 * "plus", "&", "on"), but never inside a food name. A fragment remembers whether "with" or
 * "without" introduced it: "coffee with milk" adds a splash, "tea without sugar" adds nothing.
 */
import { isDish } from './dish-parts.js';
import type { FoodSpan } from './food-spans.js';
import type { Token } from './tokenize.js';

/** How a fragment was introduced: "with milk", "without sugar", "on toast"; null otherwise. */
export type Joiner = 'with' | 'without' | 'on' | null;

export type Fragment = {
  start: number;
  /** Exclusive. */
  end: number;
  joinedBy: Joiner;
  /**
   * The joiner of the list this fragment continues after a comma: in "a burger with lettuce,
   * tomato and onion" the tomato fragment has no joiner of its own but continues the "with" list.
   */
  continues: Joiner;
  spans: FoodSpan[];
};

/** Connectors after which "with"/"without" still applies: "with milk and sugar". */
const LIST_CONNECTORS = new Set(['and', 'or']);
/** Connectors that start an independent item: "eggs on toast", "a muffin, then a latte". */
const ITEM_CONNECTORS = new Set([
  'plus',
  'also',
  'then',
  'but',
  'over',
  'alongside',
  'followed',
  'by',
  'nor',
]);
const WITH_WORDS = new Map<string, Joiner>([
  ['with', 'with'],
  ['without', 'without'],
  // "a sandwich on wheat bread": an item of its own, which a dish may claim as one of its parts.
  ['on', 'on'],
]);

const ITEM_ARTICLES = new Set(['a', 'an', 'one', 'two', 'three']);
const countsAnItem = (token: Token | undefined) =>
  token?.kind === 'number' || (token?.kind === 'word' && ITEM_ARTICLES.has(token.text));

/** "eggs over easy" is how the eggs were cooked, not eggs served over something. */
const EGG_STYLES = new Set(['easy', 'medium', 'hard', 'well']);
const isEggStyle = (word: string, next: Token | undefined) =>
  word === 'over' && next?.kind === 'word' && EGG_STYLES.has(next.text);

/** A colon or "of" at `at`, right after a dish's name: what follows is what the dish is made of. */
function spellsOut(before: FoodSpan | undefined, at: number): boolean {
  if (before === undefined || before.end !== at) return false;
  const dish = before.candidates.find((food) => food.isDefaultForm) ?? before.candidates[0];
  return dish !== undefined && isDish(dish);
}

export function splitFragments(tokens: readonly Token[], spans: readonly FoodSpan[]): Fragment[] {
  const fragments: Fragment[] = [];
  let start = 0;
  let joiner: Joiner = null;
  let nextJoiner: Joiner = null;
  let list: Joiner = null;
  let nextList: Joiner = null;
  let spanIndex = 0;
  let fragmentSpans: FoodSpan[] = [];
  const close = (end: number) => {
    if (end > start) fragments.push({ start, end, joinedBy: joiner, continues: list, spans: fragmentSpans });
    fragmentSpans = [];
    joiner = nextJoiner;
    list = nextList;
  };
  let i = 0;
  while (i < tokens.length) {
    const span = spans[spanIndex];
    if (span !== undefined && span.start === i) {
      fragmentSpans.push(span);
      spanIndex += 1;
      i = span.end;
      continue;
    }
    const token = tokens[i] as Token;
    const word = token.kind === 'word' ? token.text : null;
    const madeOf = word === 'of' || (token.kind === 'break' && token.colon === true);
    if (madeOf && spellsOut(spans[spanIndex - 1], i)) {
      // "a salad: romaine, chicken and croutons", "a smoothie of banana and spinach": what follows
      // a colon or "of" right after a dish says what is in it, as a dash does.
      nextJoiner = 'with';
      nextList = null;
    } else if (token.kind === 'dash') {
      // "a tuna melt - tuna salad and cheese on bread": what follows a dash spells the item out.
      nextJoiner = 'with';
      nextList = null;
    } else if (token.kind === 'break') {
      nextList = token.comma === true ? (joiner ?? list) : null;
      nextJoiner = null;
    } else if (word !== null && WITH_WORDS.has(word)) {
      nextJoiner = WITH_WORDS.get(word) ?? null;
      nextList = null;
    } else if (word !== null && ITEM_CONNECTORS.has(word) && !isEggStyle(word, tokens[i + 1])) {
      nextJoiner = null;
      nextList = null;
    } else if (!(word !== null && LIST_CONNECTORS.has(word))) {
      i += 1;
      continue;
    } else if (nextJoiner === 'on' || (nextJoiner === 'without' && countsAnItem(tokens[i + 1]))) {
      // "with" opens a list; "on" names one thing: in "a sandwich on rye and an apple" the apple is
      // an item of its own, not something else the sandwich is on. "Without" lists what was left
      // out ("tea without sugar and milk") until an item is counted: "without the bun and a salad".
      nextJoiner = null;
    }
    close(i);
    start = i + 1;
    i += 1;
  }
  close(tokens.length);
  return fragments;
}
