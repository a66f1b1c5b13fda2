/**
 * Words that state an amount: "a dozen", "half a", "a couple of", "a few". Each either sets the
 * count or multiplies it, so "half a dozen" is 0.5 × 12 and "three quarters" is 3 × 0.25.
 */

export type QuantityWord = { sets: number } | { times: number };

const WORDS = new Map<string, QuantityWord>([
  ['a', { sets: 1 }],
  ['an', { sets: 1 }],
  ['single', { sets: 1 }],
  ['couple', { sets: 2 }],
  ['pair', { sets: 2 }],
  ['few', { sets: 3 }],
  ['several', { sets: 3 }],
  // "a stack of pancakes": a diner's short stack is three.
  ['stack', { sets: 3 }],
  ['dozen', { times: 12 }],
  ['dozens', { times: 24 }],
  ['double', { times: 2 }],
  ['triple', { times: 3 }],
  ['half', { times: 0.5 }],
  ['halves', { times: 0.5 }],
  ['quarter', { times: 0.25 }],
  ['quarters', { times: 0.25 }],
  ['third', { times: 1 / 3 }],
  ['thirds', { times: 1 / 3 }],
]);

/** "x" as in "eggs x2" or "2x": it only says that a number is a count. */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([...WORDS.keys(), 'x']);

export function quantityWord(word: string): QuantityWord | undefined {
  return WORDS.get(word);
}
