/**
 * Size and preparation words. Sizes scale a portion ("a large banana"); preparations pick one
 * entry among those sharing a name ("fried egg" vs the default egg). The database adds its own
 * preparation words; these are the ones every parser should know even if no entry lists them.
 */

export type Size = 'small' | 'medium' | 'large' | 'extra_large';

const SIZE_WORDS = new Map<string, Size>([
  ['small', 'small'],
  ['little', 'small'],
  ['mini', 'small'],
  ['medium', 'medium'],
  ['regular', 'medium'],
  ['average', 'medium'],
  ['large', 'large'],
  ['big', 'large'],
  ['huge', 'extra_large'],
  ['jumbo', 'extra_large'],
  ['giant', 'extra_large'],
  ['massive', 'extra_large'],
]);

/** "extra large", "x large", "very big". */
const SIZE_BOOSTERS = new Set(['extra', 'x', 'xl', 'very', 'really', 'super']);

/** How much a size word scales the default portion when the food has no portion of that size. */
export const SIZE_FACTOR: Record<Size, number> = { small: 0.75, medium: 1, large: 1.3, extra_large: 1.6 };

/** For a sized glass, cup or mug: a large drink is about 16 fl oz against a standard 8 fl oz cup. */
export const CONTAINER_SIZE_FACTOR: Record<Size, number> = {
  small: 0.75,
  medium: 1.5,
  large: 2,
  extra_large: 2.5,
};

/** "fun size", "snack-sized", "king size", "kids": package and menu sizes. */
const SIZED_PREFIXES = new Map<string, Size>([
  ['fun', 'small'],
  ['snack', 'small'],
  ['bite', 'small'],
  ['kid', 'small'],
  ['kids', 'small'],
  ['travel', 'small'],
  ['personal', 'small'],
  ['regular', 'medium'],
  ['full', 'large'],
  ['king', 'extra_large'],
  ['family', 'extra_large'],
  ['party', 'extra_large'],
  ['share', 'extra_large'],
  ['sharing', 'extra_large'],
]);
const SIZE_NOUNS = new Set(['size', 'sized']);
/** Menu words that are a size on their own: "a kids meal", "a personal pizza". */
const SIZE_ALONE = new Map<string, Size>([
  ['kids', 'small'],
  ['kid', 'small'],
  ['childrens', 'small'],
  ['personal', 'small'],
]);

export function sizeAt(words: readonly string[], i: number): { size: Size; words: number } | null {
  const word = words[i];
  if (word === undefined) return null;
  const prefixed = SIZED_PREFIXES.get(word);
  if (prefixed !== undefined && SIZE_NOUNS.has(words[i + 1] ?? '')) return { size: prefixed, words: 2 };
  const alone = SIZE_ALONE.get(word);
  if (alone !== undefined) return { size: alone, words: 1 };
  if (word === 'xl') return { size: 'extra_large', words: 1 };
  if (SIZE_BOOSTERS.has(word)) {
    const next = SIZE_WORDS.get(words[i + 1] ?? '');
    if (next === 'large' || next === 'extra_large') return { size: 'extra_large', words: 2 };
    return null;
  }
  const size = SIZE_WORDS.get(word);
  return size === undefined ? null : { size, words: 1 };
}

export function isSizeWord(word: string): boolean {
  return SIZE_WORDS.has(word) || SIZE_BOOSTERS.has(word);
}

export const COMMON_PREPARATIONS = [
  'fried',
  'deep fried',
  'pan fried',
  'stir fried',
  'air fried',
  'grilled',
  'broiled',
  'scrambled',
  'boiled',
  'hard boiled',
  'soft boiled',
  'poached',
  'baked',
  'roasted',
  'toasted',
  'steamed',
  'sauteed',
  'smoked',
  'braised',
  'stewed',
  'mashed',
  'raw',
  'cooked',
  'uncooked',
  'dry',
  'dried',
  'fresh',
  'frozen',
  'canned',
  'microwaved',
  'barbecued',
  'bbq',
  'breaded',
  'plain',
  'sweetened',
  'unsweetened',
  'homemade',
  'sunny side up',
  'over easy',
];
