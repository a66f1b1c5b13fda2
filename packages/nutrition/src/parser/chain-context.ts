/**
 * "I got a McDonald's kids meal: a hamburger, kids fries and a milk jug": the chain is named once,
 * apart from the items, and it says which record each item is. A hamburger from McDonald's is the
 * chain's own hamburger (SR keeps the big chains' menus), not a generic fast-food one. An item
 * takes the chain named in its own fragment, else the only chain the text names; when the chain
 * has no food of that name ("a McDonald's milk jug"), the item stays what it was.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { nameKey } from '../foods/name-index.js';
import { FILLER_WORDS } from './filler-words.js';
import { topMatch } from './search-fallback.js';
import type { Token } from './tokenize.js';

/** How people write a chain, and the words its foods' names start with ("mcdonalds hamburger"). */
const CHAIN_SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["mcdonald's", ["mcdonald's", 'mcdonald', 'mcd', 'mcds', 'mickey ds']],
  ['burger king', ['burger king', 'bk']],
  ["wendy's", ["wendy's", 'wendy']],
  ['taco bell', ['taco bell']],
  ['pizza hut', ['pizza hut']],
  ["domino's", ["domino's", 'domino']],
  ["papa john's", ["papa john's", 'papa john']],
  ['little caesars', ['little caesars', 'little caesar', "little caesar's"]],
  ['kfc', ['kfc', 'kentucky fried chicken']],
  ['popeyes', ['popeyes', "popeye's"]],
  ['subway', ['subway']],
  ['chick-fil-a', ['chick-fil-a', 'chick fil a', 'chickfila']],
  ['dunkin', ['dunkin', "dunkin'", 'dunkin donuts', "dunkin' donuts"]],
  ['starbucks', ['starbucks']],
  ['dairy queen', ['dairy queen', 'dq']],
  ['chipotle', ['chipotle']],
  ['panera', ['panera', 'panera bread']],
  ["arby's", ["arby's"]],
  ['sonic', ['sonic']],
  ['five guys', ['five guys', '5 guys']],
  ['in-n-out', ['in-n-out', 'in n out', 'in and out']],
  ['jack in the box', ['jack in the box']],
  ['panda express', ['panda express']],
  ['krispy kreme', ['krispy kreme']],
  ['whataburger', ['whataburger']],
  ['shake shack', ['shake shack']],
  ["culver's", ["culver's", 'culver']],
  ["raising cane's", ["raising cane's", 'raising cane', 'canes']],
  ["jersey mike's", ["jersey mike's", 'jersey mike']],
  ["jimmy john's", ["jimmy john's", 'jimmy john']],
  ['wingstop', ['wingstop']],
  // Not a chain, but a place with a menu of its own: popcorn at the movies is theater popcorn.
  ['movie theater', ['movie theater', 'movie theatre', 'the movies', 'cinema', 'movie', 'amc', 'regal']],
];

/**
 * Items only one chain sells: "a Big Mac and a medium fries" names McDonald's as surely as its
 * name would, so the fries are McDonald's fries.
 */
const SIGNATURE_ITEMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    "mcdonald's",
    ['big mac', 'quarter pounder', 'mcnugget', 'mcnuggets', 'mcflurry', 'mcchicken', 'mcmuffin', 'mcgriddle'],
  ],
  ["mcdonald's", ['mcgriddles', 'mcdouble', 'filet-o-fish', 'filet o fish', 'happy meal']],
  ['burger king', ['whopper', 'whoppers', 'whopper jr']],
  ["wendy's", ['frosty', 'baconator']],
  ['taco bell', ['crunchwrap', 'chalupa', 'gordita', 'doritos locos']],
  ['dairy queen', ['blizzard']],
];

type ChainSpelling = { words: readonly string[]; chain: string };

/** Spellings by their first word; a chain's own name key is what its foods' names start with. */
const SPELLINGS_BY_FIRST_WORD = new Map<string, ChainSpelling[]>();
for (const [name, spellings] of [...CHAIN_SPELLINGS, ...SIGNATURE_ITEMS]) {
  const chain = nameKey(name);
  for (const spelling of spellings) {
    const words = nameKey(spelling).split(' ');
    const first = words[0] as string;
    SPELLINGS_BY_FIRST_WORD.set(first, [...(SPELLINGS_BY_FIRST_WORD.get(first) ?? []), { words, chain }]);
  }
}

const CHAIN_WORDS = new Set(
  CHAIN_SPELLINGS.flatMap(([, spellings]) => spellings.flatMap((s) => nameKey(s).split(' '))),
);

/** A word said beside a food that may narrow which of the chain's foods it is ("pan", "spicy"). */
export const isDescriptiveWord = (word: string): boolean =>
  /^[a-z]{3,}$/.test(word) && !FILLER_WORDS.has(word) && !CHAIN_WORDS.has(word);

export type ChainMention = { chain: string; start: number; end: number };

const wordAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token?.kind === 'word' || token?.kind === 'number' ? token.text : '';
};

/** Every chain named in the text, with its token range. */
export function chainMentions(tokens: readonly Token[]): ChainMention[] {
  const mentions: ChainMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const spellings = SPELLINGS_BY_FIRST_WORD.get(wordAt(tokens, i));
    if (spellings === undefined) continue;
    let best: ChainSpelling | undefined;
    for (const spelling of spellings) {
      const matches = spelling.words.every((word, k) => wordAt(tokens, i + k) === word);
      if (matches && spelling.words.length > (best?.words.length ?? 0)) best = spelling;
    }
    if (best === undefined) continue;
    mentions.push({ chain: best.chain, start: i, end: i + best.words.length });
    i += best.words.length - 1;
  }
  return mentions;
}

/**
 * The chain an item at tokens `[start, end)` of its fragment `[fragmentStart, fragmentEnd)` comes
 * from: one named in its fragment, else the only one the text names.
 */
export function chainFor(
  mentions: readonly ChainMention[],
  fragmentStart: number,
  fragmentEnd: number,
): string | null {
  const inFragment = mentions.find((mention) => mention.start >= fragmentStart && mention.end <= fragmentEnd);
  if (inFragment !== undefined) return inFragment.chain;
  const chains = new Set(mentions.map((mention) => mention.chain));
  return chains.size === 1 ? (mentions[0]?.chain ?? null) : null;
}

/**
 * The chain's own foods for a name ("fries" at Wendy's is "wendys fries"), or undefined when the
 * chain's menu has none by that name or the name already is the chain's. Words said beside the
 * name narrow it first, through the ranked search: "pan" cheese pizza at Pizza Hut is its pan pizza.
 */
export function chainFoods(
  database: FoodDatabase,
  chain: string,
  key: string,
  beside: readonly string[],
): readonly Food[] | undefined {
  if (key.startsWith(`${chain} `)) return undefined;
  if (beside.length > 0) {
    const food = topMatch(database)(`${chain} ${beside.join(' ')} ${key}`);
    if (food !== null && isChains(food, chain)) return [food];
  }
  const words = key.split(' ');
  // "bean and cheese burrito" at Taco Bell is its bean burrito: the first word and the head noun.
  const shortened = words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : null;
  return (
    database.names.lookup(`${chain} ${key}`) ??
    (shortened === null ? undefined : database.names.lookup(`${chain} ${shortened}`))
  );
}

const chainsOfFood = new WeakMap<Food, Map<string, boolean>>();

/** The food is the chain's own (its name starts with the chain's); remembered, as names are keyed by tokenizing. */
function isChains(food: Food, chain: string): boolean {
  let byChain = chainsOfFood.get(food);
  if (byChain === undefined) {
    byChain = new Map();
    chainsOfFood.set(food, byChain);
  }
  let own = byChain.get(chain);
  if (own === undefined) {
    own = [food.name, food.description, ...food.names].some((name) => nameKey(name).startsWith(`${chain} `));
    byChain.set(chain, own);
  }
  return own;
}
