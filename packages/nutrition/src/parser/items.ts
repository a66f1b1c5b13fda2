/**
 * Turns one fragment into item drafts: which tokens belong to which food, and what amount,
 * size and preparation words surround it. A fragment usually holds one food; "2 eggs 2 toast"
 * holds two (a new amount starts a new item), and "chicken burrito" one (the last name is the
 * food, the first describes it) unless the database knows the whole phrase.
 */
import type { Food, FoodCategory } from '../foods/food.js';
import { additionAmount, isToppedBase } from './additions.js';
import type { FoodSpan } from './food-spans.js';
import type { Fragment } from './fragments.js';
import { quantityWord } from './quantity-words.js';
import type { Token } from './tokenize.js';
import { isUnitWord } from './units.js';

export type ItemRange = {
  start: number;
  end: number;
  span: FoodSpan;
  /** Another food name directly before this one, read as a description of it. */
  describedBy: FoodSpan | null;
  /** "avocado toast": a fruit or vegetable named right before the bread or bowl it tops. */
  tops?: true;
};

const startsAmount = (token: Token | undefined): boolean => {
  if (token === undefined) return false;
  if (token.kind === 'number') return true;
  return token.kind === 'word' && (quantityWord(token.text) !== undefined || isUnitWord(token.text));
};

/** Words saying how a food was cooked; said after it ("eggs scrambled in butter"), they are its. */
const COOKED_WORDS = new Set([
  'scrambled',
  'fried',
  'poached',
  'boiled',
  'grilled',
  'baked',
  'roasted',
  'sauteed',
  'sautéed',
  'steamed',
  'toasted',
  'cooked',
  'broiled',
  'pan-fried',
  'stir-fried',
]);
const isCookedWord = (token: Token | undefined) => token?.kind === 'word' && COOKED_WORDS.has(token.text);

/** Categories that go on another food rather than describe it. */
const SPREAD_CATEGORIES = new Set<FoodCategory>(['fats_oils', 'condiments', 'nuts_seeds']);

/** Foods a sauce named right after them glazes: "salmon teriyaki", "chicken parm" is not the sauce. */
const SAUCED_CATEGORIES = new Set<FoodCategory>(['meat', 'poultry', 'seafood']);

/**
 * The spans without a sauce named right after a meat or fish ("salmon teriyaki, about 5 oz"): the
 * dish is the salmon, glazed, and what is said of it is said of the salmon, not of 5 oz of sauce.
 */
function withoutGlazes(spans: readonly FoodSpan[]): FoodSpan[] {
  return spans.filter((span, k) => {
    const before = spans[k - 1];
    if (before === undefined || before.end !== span.start || categoryOf(span) !== 'condiments') return true;
    const host = categoryOf(before);
    return host === undefined || !SAUCED_CATEGORIES.has(host);
  });
}

const defaultOf = (span: FoodSpan): Food | undefined =>
  span.candidates.find((food) => food.isDefaultForm) ?? span.candidates[0];
const categoryOf = (span: FoodSpan): FoodCategory | undefined => defaultOf(span)?.category;

const PRODUCE = new Set<FoodCategory>(['fruit', 'vegetables']);

/**
 * "avocado toast", "banana oatmeal", "tomato bagel": a fruit or vegetable named before a bread or a
 * breakfast bowl is put on it, and is as much of it as "toast with avocado" would be (half an
 * avocado, half a cup of banana), never a whole one, nor lost as a mere description of the base.
 */
function isToppingOn(first: FoodSpan, head: FoodSpan): boolean {
  const topping = defaultOf(first);
  const base = defaultOf(head);
  if (topping === undefined || base === undefined || !PRODUCE.has(topping.category)) return false;
  return isToppedBase(base) && additionAmount(topping, base) !== null;
}

function isSpread(first: FoodSpan): boolean {
  const category = categoryOf(first);
  return category !== undefined && SPREAD_CATEGORIES.has(category);
}

function isSpreadOn(first: FoodSpan, head: FoodSpan): boolean {
  return isSpread(first) || categoryOf(head) === 'bread';
}

const isOf = (token: Token | undefined) => token?.kind === 'word' && token.text === 'of';

/**
 * A food name that is also a unit and is followed by "of" and another food ("a roll of sushi")
 * is the unit; the amount reader takes it from there.
 */
function dropUnitNames(tokens: readonly Token[], spans: readonly FoodSpan[]): FoodSpan[] {
  return spans.filter((span, k) => !(k + 1 < spans.length && isUnitWord(span.key) && isOf(tokens[span.end])));
}

/** One food the table names by two names side by side ("banana bread" is "Bread, banana"), or null. */
export type JoinedName = (first: FoodSpan, second: FoodSpan) => FoodSpan | null;

export function itemRanges(
  tokens: readonly Token[],
  fragment: Fragment,
  joined: JoinedName = () => null,
): ItemRange[] {
  const spans = withoutGlazes(dropUnitNames(tokens, fragment.spans));
  // "banana bread", "pumpkin bread": a bread named by what is in it is one food, when the table has it.
  for (let k = 0; k + 1 < spans.length; k += 1) {
    const span = spans[k] as FoodSpan;
    const next = spans[k + 1] as FoodSpan;
    const whole =
      next.start === span.end && categoryOf(next) === 'bread' && !isSpread(span) ? joined(span, next) : null;
    if (whole !== null) spans.splice(k, 2, whole);
  }
  const ranges: ItemRange[] = [];
  let start = fragment.start;
  let describedBy: FoodSpan | null = null;
  for (let k = 0; k < spans.length; k += 1) {
    const span = spans[k] as FoodSpan;
    const next = spans[k + 1];
    if (next === undefined) {
      ranges.push({ start, end: fragment.end, span, describedBy });
      break;
    }
    if (next.start === span.end) {
      // "peanut butter toast" is both foods; "chicken burrito" is a burrito.
      if (isToppingOn(span, next))
        ranges.push({ start: span.start, end: span.end, span, describedBy: null, tops: true });
      else if (isSpreadOn(span, next))
        ranges.push({ start: span.start, end: span.end, span, describedBy: null });
      else describedBy ??= span;
      continue;
    }
    // "2 eggs scrambled in butter": how the food was cooked, said right after it, is its own.
    let boundary = span.end;
    while (boundary < next.start && isCookedWord(tokens[boundary])) boundary += 1;
    for (let i = boundary; i < next.start; i += 1) {
      if (startsAmount(tokens[i])) {
        boundary = i;
        break;
      }
    }
    ranges.push({ start, end: boundary, span, describedBy });
    start = boundary;
    describedBy = null;
  }
  return ranges;
}
