/**
 * Restaurant, shop and event names that contain a food word: "Taco Bell" is not a taco, "Burger King"
 * not a burger, "Olive Garden" not olives. A food name found wholly inside one of them is where
 * the meal came from, not what was eaten; a longer name that goes beyond it ("taco bell bean
 * burrito") is still food.
 */
import type { FoodSpan } from './food-spans.js';
import { combineNumbers } from './numbers.js';
import { type Token, tokenize } from './tokenize.js';

const PLACES = [
  'taco bell',
  'taco cabana',
  'taco john',
  'burger king',
  'pizza hut',
  'dairy queen',
  'jack in the box',
  'chick fil a',
  'chick fil',
  'panda express',
  'five guys',
  'olive garden',
  'red lobster',
  'waffle house',
  'cheesecake factory',
  'krispy kreme',
  'little caesars',
  'noodles and company',
  'potbelly',
  'jersey mike',
  'jersey mikes',
  'jimmy john',
  'jimmy johns',
  'papa john',
  'papa johns',
  'whataburger',
  'white castle',
  'shake shack',
  'in and out',
  'in n out',
  'wingstop',
  'buffalo wild wings',
  'outback',
  'texas roadhouse',
  'cracker barrel',
  'einstein bros',
  'bagel shop',
  'tim hortons',
  'coffee shop',
  'ice cream shop',
  'pizza place',
  'sandwich shop',
  'juice bar',
  'salad bar',
  'food court',
  'food truck',
  'the cafe',
  'a cafe',
  'the diner',
  'the deli',
  'the coffee shop',
  // Days and events named after a food.
  'taco tuesday',
  'pizza night',
  'pizza party',
  'pizza friday',
];

const keyOf = (tokens: readonly Token[]) =>
  tokens.map((token) => (token.kind === 'word' || token.kind === 'number' ? token.text : '')).join(' ');

/** Place names by their first word, as word lists: most texts hold none of these words. */
const PLACES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const place of PLACES) {
  const words = keyOf(combineNumbers(tokenize(place))).split(' ');
  const first = words[0] as string;
  PLACES_BY_FIRST_WORD.set(first, [...(PLACES_BY_FIRST_WORD.get(first) ?? []), words]);
}

const wordAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token?.kind === 'word' || token?.kind === 'number' ? token.text : '';
};

/**
 * Nouns that make the food words before them a kind of place: "the ramen shop", "a taco truck", "the
 * burger joint", "that pho place". ("bar" is not one: a granola bar is food; the bars that are
 * places are listed above.)
 */
const PLACE_NOUNS = new Set([
  'shop',
  'place',
  'stand',
  'truck',
  'joint',
  'restaurant',
  'spot',
  'counter',
  'stall',
  'cart',
  'parlor',
  'parlour',
  'shack',
  'house',
  'kitchen',
  'buffet',
]);
const PLACE_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'that',
  'this',
  'our',
  'my',
  'local',
  'favorite',
  'favourite',
]);
const NOT_A_KIND = new Set(['from', 'at', 'of', 'and', 'or', 'with', 'in', 'to', 'for', 'on', 'by']);
/** How many words may name the kind of place: "the korean fried chicken place". */
const PLACE_KIND_WORDS = 4;

/**
 * Nouns that make a place only when the text goes to or is at it: "at the wine bar", "from the
 * sports bar", while "a granola bar" and "a protein bar" are food.
 */
const PLACE_NOUNS_AFTER_AT = new Set(['bar', 'pub', 'tavern', 'brewery', 'grill', 'lounge']);
const AT_WORDS = new Set(['at', 'from', 'to', 'in']);

/** `[start, end)` of the words between a determiner and a place noun, if `i` starts such a place. */
function kindOfPlace(tokens: readonly Token[], i: number): [number, number] | null {
  if (!PLACE_DETERMINERS.has(wordAt(tokens, i))) return null;
  const atAPlace = AT_WORDS.has(wordAt(tokens, i - 1));
  for (let j = i + 2; j <= i + PLACE_KIND_WORDS + 1 && j < tokens.length; j += 1) {
    const word = wordAt(tokens, j);
    if (PLACE_NOUNS.has(word) || (atAPlace && PLACE_NOUNS_AFTER_AT.has(word))) return [i + 1, j + 1];
    // The kind is told in plain words: "a burger from the burger joint" starts no place at "a".
    if (word === '' || PLACE_DETERMINERS.has(word) || NOT_A_KIND.has(word)) return null;
  }
  return null;
}

/** Token ranges `[start, end)` of place names in the text. */
function placeRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    for (const words of PLACES_BY_FIRST_WORD.get(wordAt(tokens, i)) ?? []) {
      if (words.every((word, k) => wordAt(tokens, i + k) === word)) ranges.push([i, i + words.length]);
    }
    const kind = kindOfPlace(tokens, i);
    if (kind !== null) ranges.push(kind);
  }
  return ranges;
}

/** Chains whose own name holds no food word: as a word alone they name where, not what. */
const CHAINS = new Set([
  'mcdonalds',
  'mcdonald',
  'wendys',
  'popeyes',
  'kfc',
  'chipotle',
  'starbucks',
  'dunkin',
  'dominos',
  'arbys',
  'sonic',
  'panera',
  'applebees',
  'ihop',
  'dennys',
  'culvers',
  'zaxbys',
  'bojangles',
  'hardees',
  'qdoba',
  'subway',
  'chickfila',
  'chick-fil-a',
]);

export const isChainName = (word: string): boolean => CHAINS.has(word);

/**
 * `words` without the place names among them ("taco bell", "pizza hut"): what is left of a fragment
 * such as "Taco Bell at 1am" names no food.
 */
export function withoutPlaceWords(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const place = (PLACES_BY_FIRST_WORD.get(words[i] as string) ?? []).find((name) =>
      name.every((word, k) => words[i + k] === word),
    );
    if (place === undefined) kept.push(words[i] as string);
    else i += place.length - 1;
  }
  return kept;
}

/**
 * The tokens with the words of the places a text went to ("at the sports bar", "from the taco
 * truck") blanked: they name where, so none of them is read as a food or an amount ("bar"), while
 * the sentence keeps its shape ("a burrito from the food truck with eggs" still lists the burrito's
 * parts). Named chains stay words, since they say which record an item is (chain-context.ts).
 */
export function withPlaceKindsBlank(tokens: readonly Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i += 1) {
    if (!AT_WORDS.has(wordAt(tokens, i - 1))) continue;
    const kind = kindOfPlace(tokens, i);
    if (kind === null) continue;
    out ??= [...tokens];
    for (let k = kind[0]; k < kind[1]; k += 1) out[k] = { kind: 'word', text: '' };
  }
  return out ?? [...tokens];
}

/**
 * The spans that name food, without those ending inside a place name: "pizza" in "Pizza Hut", and
 * "slice of pizza" in "a slice of Pizza Hut cheese pizza", which reads the place as the food.
 */
export function withoutPlaceNames(tokens: readonly Token[], spans: readonly FoodSpan[]): FoodSpan[] {
  const places = placeRanges(tokens);
  if (places.length === 0) return [...spans];
  return spans.filter((span) => !places.some(([start, end]) => span.end > start && span.end <= end));
}
