/**
 * Reads what surrounds a food name: the amount ("a couple of", "2 12 oz cans"), size, preparation
 * and negation words. The food name itself is found elsewhere; this only sees the words around it.
 */
import { NEGATION_WORDS } from './filler-words.js';
import type { Lexicon } from './lexicon.js';
import { type Size, sizeAt } from './modifiers.js';
import { quantityWord } from './quantity-words.js';
import type { Token } from './tokenize.js';
import { type Unit, unitFromWords } from './units.js';

export type Amount = {
  /** How many units (or default portions); `null` when the text does not say. */
  count: number | null;
  unit: Unit | null;
  size: Size | null;
  /** The other words said with the amount ("single", "serving", "juice"): they pick among measures. */
  hints: Set<string>;
};

export type Modifiers = {
  amount: Amount;
  preparations: Set<string>;
  negated: boolean;
};

/** Numbers outside this range are typing accidents or attacks, not amounts of food. */
const MAX_COUNT = 10_000;

export function emptyModifiers(): Modifiers {
  return {
    amount: { count: null, unit: null, size: null, hints: new Set() },
    preparations: new Set(),
    negated: false,
  };
}

export function hasAmount(modifiers: Modifiers): boolean {
  const { count, unit, size } = modifiers.amount;
  return count !== null || unit !== null || size !== null;
}

/** The words of `tokens[start, end)`, numbers as written; other tokens become empty strings. */
export function wordsOf(tokens: readonly Token[], start: number, end: number): string[] {
  const words: string[] = [];
  for (let i = start; i < end; i += 1) {
    const token = tokens[i] as Token;
    words.push(token.kind === 'word' || token.kind === 'number' ? token.text : '');
  }
  return words;
}

/** Adds what `tokens[start, end)` say to `into`. */
export function readModifiers(
  tokens: readonly Token[],
  start: number,
  end: number,
  lexicon: Lexicon,
  into: Modifiers,
): void {
  const words = wordsOf(tokens, start, end);
  const amount = into.amount;
  let countFromArticle = false;
  let pendingMeasure: number | null = null;
  let i = 0;
  while (i < words.length) {
    const token = tokens[start + i] as Token;
    const word = words[i] as string;
    if (token.kind === 'number') {
      const value = token.value;
      i += 1;
      // "0 sugar" says none was eaten; absurd numbers are typing accidents and are ignored.
      if (!(value >= 0 && value <= MAX_COUNT)) continue;
      if (amount.count === null || countFromArticle) amount.count = value;
      else if (amount.unit === null) pendingMeasure = value;
      countFromArticle = false;
      continue;
    }
    const quantity = quantityWord(word);
    if (quantity !== undefined) {
      if ('sets' in quantity) {
        if (amount.count === null || (countFromArticle && quantity.sets !== 1)) {
          amount.count = quantity.sets;
          countFromArticle = quantity.sets === 1;
        }
      } else {
        amount.count = (amount.count ?? 1) * quantity.times;
        countFromArticle = false;
      }
      i += 1;
      continue;
    }
    const unit = unitFromWords(word, words[i + 1]);
    if (unit !== null) {
      // "2 12 oz cans": the first unit is the measure, the container after it adds nothing.
      if (amount.unit === null) {
        amount.unit = unit.unit;
        if (pendingMeasure !== null) amount.count = (amount.count ?? 1) * pendingMeasure;
        pendingMeasure = null;
      }
      i += unit.words;
      continue;
    }
    const size = sizeAt(words, i);
    if (size !== null) {
      amount.size ??= size.size;
      for (let k = 0; k < size.words; k += 1) amount.hints.add(words[i + k] as string);
      i += size.words;
      continue;
    }
    const preparationWords = lexicon.preparationAt(words, i);
    if (preparationWords > 0) {
      into.preparations.add(words.slice(i, i + preparationWords).join(' '));
      i += preparationWords;
      continue;
    }
    if (NEGATION_WORDS.has(word)) into.negated = true;
    else if (word !== '') amount.hints.add(word);
    i += 1;
  }
}
