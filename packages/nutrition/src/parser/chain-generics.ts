/**
 * "In-N-Out Double-Double", "a ShackBurger from Shake Shack", "Chick-fil-A spicy deluxe": an item
 * a chain sells that no curated name or USDA record has is not dropped. It is the generic food the
 * chain's menu is made of (a Double-Double is a double cheeseburger), named more exactly when a
 * word said with it names a kind of that food ("double", "bacon", "spicy"); the parser marks it an
 * assumed form. The item's words are those right after the chain's name, or before a "from" or
 * "at" it: "Whataburger for dinner" names where, not what, and logs nothing.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { nameKey } from '../foods/name-index.js';
import type { ChainMention } from './chain-context.js';
import { FILLER_WORDS } from './filler-words.js';
import type { Fragment } from './fragments.js';
import type { Token } from './tokenize.js';

/** What each chain's menu is mostly, as a curated name; by the chain's key (chain-context.ts). */
const CHAIN_GENERICS: ReadonlyMap<string, string> = new Map(
  (
    [
      ["mcdonald's", 'cheeseburger'],
      ['burger king', 'cheeseburger'],
      ["wendy's", 'cheeseburger'],
      ['in-n-out', 'cheeseburger'],
      ['five guys', 'cheeseburger'],
      ['whataburger', 'cheeseburger'],
      ['shake shack', 'cheeseburger'],
      ["culver's", 'cheeseburger'],
      ['sonic', 'cheeseburger'],
      ['jack in the box', 'cheeseburger'],
      ['chick-fil-a', 'chicken sandwich'],
      ['popeyes', 'chicken sandwich'],
      ['kfc', 'fried chicken'],
      ["raising cane's", 'chicken tenders'],
      ['wingstop', 'chicken wings'],
      ['subway', 'sub'],
      ["jersey mike's", 'sub'],
      ["jimmy john's", 'sub'],
      ['chipotle', 'burrito'],
      ['taco bell', 'taco'],
      ['pizza hut', 'pizza'],
      ["domino's", 'pizza'],
      ["papa john's", 'pizza'],
      ['little caesars', 'pizza'],
      ['panda express', 'orange chicken'],
      ['krispy kreme', 'doughnut'],
      ['dunkin', 'doughnut'],
      ['starbucks', 'latte'],
    ] as const
  ).map(([chain, food]) => [nameKey(chain), food]),
);

/** Words that link an item to where it came from: "a Double-Double from In-N-Out". */
const FROM_WORDS = new Set(['from', 'at']);
/** Words before "a <chain>" that make it a place: "went to a Chipotle", "at a Five Guys". */
const PLACE_WORDS = new Set(['at', 'to', 'from', 'in', 'near', 'by', 'into']);
const ARTICLES = new Set(['a', 'an', 'one']);
/** More words than this around a chain's name are a sentence about it, not an item's name. */
const MAX_ITEM_WORDS = 3;

const wordAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : null;
};
/** Words of an outing to a chain, not of something it sells: "a Taco Bell run", "our Sonic stop". */
const OUTING_WORDS = new Set(['run', 'trip', 'stop', 'visit', 'drive', 'thru', 'through', 'order', 'date']);
const isItemWord = (word: string | null): word is string =>
  word !== null && word !== '' && !FILLER_WORDS.has(word) && !OUTING_WORDS.has(word);

/** The tokens `[start, end)` naming an item at the chain, and their words. */
type ItemWords = { start: number; end: number; words: string[] };

/** The words naming an item at the chain in the fragment `[from, to)`, or null when none do. */
function itemWords(
  tokens: readonly Token[],
  mention: ChainMention,
  from: number,
  to: number,
): ItemWords | null {
  if (OUTING_WORDS.has(wordAt(tokens, mention.end) ?? '')) return null;
  const words = (start: number, end: number) =>
    tokens.slice(start, end).map((token) => (token.kind === 'word' ? token.text : ''));
  let end = Math.max(mention.end, from);
  while (end < to && isItemWord(wordAt(tokens, end))) end += 1;
  if (end > mention.end) return { start: mention.end, end, words: words(mention.end, end) };
  if (FROM_WORDS.has(wordAt(tokens, mention.start - 1) ?? '')) {
    const before = mention.start - 1;
    let start = before;
    while (start - 1 >= from && isItemWord(wordAt(tokens, start - 1))) start -= 1;
    if (start < before) return { start, end: before, words: words(start, before) };
  }
  // "a Whataburger", "2 Chick-fil-As": the chain counted is its usual item.
  const counted = tokens[mention.start - 1];
  const article = counted?.kind === 'number' || ARTICLES.has(wordAt(tokens, mention.start - 1) ?? '');
  const placed = PLACE_WORDS.has(wordAt(tokens, mention.start - 2) ?? '');
  const named = mention.start - 1 >= from && article && !placed;
  return named ? { start: mention.start, end: mention.start, words: [] } : null;
}

/**
 * The chain's generic food for an item its name is said with in `fragment` (which names no food
 * the table has), with the name it was found by and where the item's own words start: those words
 * name it and are no amount ("Double-Double" is not four of anything). Null when the chain has no
 * generic food or no item is named.
 */
export function chainGeneric(
  database: FoodDatabase,
  tokens: readonly Token[],
  fragment: Fragment,
  mentions: readonly ChainMention[],
): { food: Food; key: string; wordsStart: number } | null {
  // "McDonald's kids meal: a hamburger, ...", "Chipotle run: a burrito bowl": the items follow.
  const ending = tokens[fragment.end];
  if (ending?.kind === 'break' && ending.colon === true) return null;
  for (const mention of mentions) {
    if (mention.start >= fragment.end || mention.end <= fragment.start) continue;
    const generic = CHAIN_GENERICS.get(mention.chain);
    const item = generic === undefined ? null : itemWords(tokens, mention, fragment.start, fragment.end);
    if (generic === undefined || item === null || item.words.length > MAX_ITEM_WORDS) continue;
    // "double" + "cheeseburger" is the double cheeseburger; else the chain's usual food. The
    // chain's own record of it comes first ("Chick-fil-A chicken sandwich").
    const keys = [...[...new Set(item.words)].map((word) => `${word} ${generic}`), generic];
    for (const key of keys.flatMap((name) => [`${mention.chain} ${name}`, name])) {
      const food = database.names.lookup(key)?.find((candidate) => candidate.isDefaultForm);
      if (food !== undefined) return { food, key, wordsStart: Math.min(item.start, mention.start) };
    }
  }
  return null;
}

/**
 * The tokens with the numbers of chain names as words: "Five Guys" names a place, never five of
 * anything ("Five Guys little cheeseburger" is one burger).
 */
export function withChainNumbersAsWords(
  tokens: readonly Token[],
  mentions: readonly ChainMention[],
): Token[] {
  let out: Token[] | null = null;
  for (const mention of mentions) {
    for (let i = mention.start; i < mention.end; i += 1) {
      const token = tokens[i];
      if (token?.kind !== 'number') continue;
      out ??= [...tokens];
      out[i] = { kind: 'word', text: token.text };
    }
  }
  return out ?? [...tokens];
}
