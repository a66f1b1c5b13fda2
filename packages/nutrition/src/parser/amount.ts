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
  /** The count is only "a" or "an". */
  article?: boolean;
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

/** Words that name a measure in other words: a footlong is USDA's 12-inch sub. */
const HINT_WORDS = new Map<string, readonly string[]>([['footlong', ['12', 'inch', 'footlong']]]);

const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
const DESCRIBED_BY_NUMBER = new Set([
  'calorie',
  'calories',
  'cal',
  'kcal',
  'inch',
  'inches',
  'in',
  'grain',
  'bean',
  'cheese',
  'layer',
]);

/**
 * How many tokens from `at` (a number) describe the food rather than its amount: "2%" and "85%
 * lean", a lean-to-fat ratio "90/10", "100 calorie", "6 inch", and hyphenated words such as
 * "12-grain" or "3-cheese" ("8-oz" stays an amount). 0 when the number is an amount.
 */
function descriptorLength(tokens: readonly Token[], at: number, end: number): number {
  const number = tokens[at];
  if (number?.kind !== 'number') return 0;
  // "85/15": a whole fraction above one is a lean-to-fat ratio ("1 1/2" is a mixed number).
  if (!number.text.includes(' ') && number.text.includes('/') && number.value > 1) return 1;
  const next = at + 1 < end ? tokens[at + 1] : undefined;
  if (next?.kind === 'word' && (PERCENT_WORDS.has(next.text) || DESCRIBED_BY_NUMBER.has(next.text))) return 2;
  const after = at + 2 < end ? tokens[at + 2] : undefined;
  if (next?.kind === 'dash' && after?.kind === 'word' && unitFromWords(after.text, undefined) === null) {
    return 3;
  }
  return 0;
}

const SINGLE_SERVE = new Set([
  'individual',
  'snack',
  'single',
  'school',
  'kids',
  'pudding',
  'fruit',
  'yogurt',
]);
const CONTAINER = unitFromWords('container', undefined)?.unit as Unit;
const SERVE_WORDS = new Set(['serve', 'serving', 'size', 'sized']);

/** "a snack cup", "a single-serve cup", "an individual size cup": the word(s) before "cup". */
const isSingleServe = (words: readonly string[], at: number) =>
  SINGLE_SERVE.has(words[at - 1] ?? '') ||
  (SERVE_WORDS.has(words[at - 1] ?? '') && SINGLE_SERVE.has(words[at - 2] ?? ''));

function namesNextUnit(words: readonly string[], at: number): boolean {
  const next = words[at];
  return next !== undefined && unitFromWords(next, words[at + 1])?.unit.kind === 'household';
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
      const described = descriptorLength(tokens, start + i, end);
      if (described > 0) {
        // "100% juice", "85/15 beef", "12-grain bread", "a 100 calorie pack": the number says what
        // the food is, not how much; its words still help pick a measure ("100_calorie_package").
        for (const part of wordsOf(tokens, start + i, start + i + described))
          if (part !== '') amount.hints.add(part);
        i += described;
        continue;
      }
      i += 1;
      // "0 sugar" says none was eaten; absurd numbers are typing accidents and are ignored.
      if (!(value >= 0 && value <= MAX_COUNT)) continue;
      if (amount.count === null || countFromArticle) {
        // "a side of 2 sausage links": the number counts the food, and "side" says only where it was.
        if (countFromArticle && amount.unit?.name === 'side') amount.unit = null;
        amount.count = value;
        amount.article = false;
      } else if (amount.unit === null) pendingMeasure = value;
      countFromArticle = false;
      continue;
    }
    const quantity = quantityWord(word);
    if (quantity !== undefined) {
      if ('sets' in quantity) {
        if (amount.count === null || (countFromArticle && quantity.sets !== 1)) {
          amount.count = quantity.sets;
          countFromArticle = quantity.sets === 1;
          amount.article = countFromArticle && (word === 'a' || word === 'an');
        }
      } else {
        amount.count = (amount.count ?? 1) * quantity.times;
        countFromArticle = false;
      }
      i += 1;
      continue;
    }
    const unit = unitFromWords(word, words[i + 1]);
    // "a single-serving bag", "a snack cup": a unit word naming the next unit is part of its name.
    if (unit !== null && unit.unit.kind === 'household' && namesNextUnit(words, i + unit.words)) {
      amount.hints.add(word);
      i += unit.words;
      continue;
    }
    if (unit !== null && unit.unit.name === 'cup' && isSingleServe(words, i)) {
      // "an individual cup of hummus", "a snack cup": a container, not a measuring cup.
      amount.unit ??= CONTAINER;
      i += unit.words;
      continue;
    }
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
    else if (word !== '') for (const hint of HINT_WORDS.get(word) ?? [word]) amount.hints.add(hint);
    i += 1;
  }
}
