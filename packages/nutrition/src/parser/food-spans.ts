/**
 * Finds where food names occur in the token stream, longest name first ("peanut butter" before
 * "butter", "mac and cheese" before its "and" can split anything). Runs before items are split
 * so connectors inside names are protected.
 */
import type { Food } from '../foods/food.js';
import type { NameIndex } from '../foods/name-index.js';
import type { Token } from './tokenize.js';

export type FoodSpan = {
  start: number;
  /** Exclusive. */
  end: number;
  key: string;
  candidates: readonly Food[];
};

const textOf = (token: Token | undefined): string | null =>
  token !== undefined && (token.kind === 'word' || token.kind === 'number') ? token.text : null;

export function findFoodSpans(tokens: readonly Token[], names: NameIndex): FoodSpan[] {
  const spans: FoodSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestNameAt(tokens, i, names) ?? splitNameAt(tokens, i, names);
    if (match === null) {
      i += 1;
      continue;
    }
    spans.push(match);
    i = match.end;
  }
  return spans;
}

/** "blue berries", "pan cakes": a one-word name typed as two words. */
function splitNameAt(tokens: readonly Token[], start: number, names: NameIndex): FoodSpan | null {
  const first = tokens[start];
  const second = tokens[start + 1];
  if (first?.kind !== 'word' || second?.kind !== 'word') return null;
  const key = `${first.text}${second.text}`;
  const candidates = names.lookup(key);
  return candidates === undefined ? null : { start, end: start + 2, key, candidates };
}

const isComma = (token: Token | undefined) => token?.kind === 'break' && token.comma === true;

function longestNameAt(tokens: readonly Token[], start: number, names: NameIndex): FoodSpan | null {
  let key = textOf(tokens[start]);
  let best: FoodSpan | null = null;
  let end = start + 1;
  while (key !== null) {
    const candidates = names.lookup(key);
    if (candidates !== undefined) best = { start, end, key, candidates };
    if (!names.continues(key)) break;
    // "a sausage, egg and cheese biscuit": a comma inside a name that goes on after it.
    const skip = isComma(tokens[end]) && names.continues(`${key} ${textOf(tokens[end + 1]) ?? ''}`) ? 1 : 0;
    const next = textOf(tokens[end + skip]);
    if (next === null) break;
    key = `${key} ${next}`;
    end += 1 + skip;
  }
  return best;
}
