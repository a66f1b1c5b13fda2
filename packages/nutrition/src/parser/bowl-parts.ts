/**
 * "a poke bowl with salmon, rice and edamame", "a burrito bowl with steak, rice and beans": what a
 * bowl is filled with comes in bowl-sized parts, not each food's own serving, whether or not the
 * table knows the bowl itself. Meat, poultry or fish with no amount is 3 oz cooked (the README's
 * convention), not a whole fillet; beans, vegetables and fruit half a cup, not a cup or a whole
 * avocado. Rice and grains keep their cup, sauces their spoonful.
 */
import { type Amount, hasAmount, type Modifiers } from './amount.js';
import type { Fragment } from './fragments.js';
import type { Token } from './tokenize.js';
import { unitFromWords } from './units.js';

type Part = {
  food: { category: string; portions: readonly { unit: string }[] };
  modifiers: Modifiers;
  fragment: Fragment;
  /** Set here: the amount the bowl gives a part the text left unmeasured (still an assumed quantity). */
  conventional?: Amount;
};

const amount = (count: number, unit: string) => ({
  count,
  unit: unitFromWords(unit, undefined)?.unit ?? null,
  size: null,
  hints: new Set<string>(),
});
const BOWL_MEAT = amount(3, 'oz');
const BOWL_HALF_CUP = amount(0.5, 'cup');
const MEAT_CATEGORIES = new Set(['meat', 'poultry', 'seafood']);
const HALF_CUP_CATEGORIES = new Set(['legumes', 'vegetables', 'fruit']);

function bowlPortion(part: Part): Amount | null {
  if (MEAT_CATEGORIES.has(part.food.category)) return BOWL_MEAT;
  const measuredByCup = part.food.portions.some((portion) => portion.unit === 'cup');
  return HALF_CUP_CATEGORIES.has(part.food.category) && measuredByCup ? BOWL_HALF_CUP : null;
}

const wordAt = (tokens: readonly Token[], i: number) => {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : null;
};

/** Whether the "with" list `fragment` belongs to was opened right after the word "bowl". */
function listedInBowl(tokens: readonly Token[], fragment: Fragment): boolean {
  if (fragment.joinedBy !== 'with' && fragment.continues !== 'with') return false;
  for (let i = fragment.start - 1; i > 0; i -= 1) {
    const token = tokens[i] as Token;
    if (token.kind === 'break' && token.comma !== true) return false;
    if (wordAt(tokens, i) === 'with') return wordAt(tokens, i - 1) === 'bowl';
  }
  return false;
}

export function sizeBowlParts(parts: readonly Part[], tokens: readonly Token[]): void {
  for (const part of parts) {
    const portion = hasAmount(part.modifiers) ? null : bowlPortion(part);
    if (portion !== null && listedInBowl(tokens, part.fragment)) part.conventional = portion;
  }
}
