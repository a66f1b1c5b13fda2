/**
 * A record's household measures as units a text or an edit can name: USDA's "0.5 cup, chopped"
 * = 75 g becomes `{unit: "cup", label: "1 cup, chopped", grams: 150}`. Mass units are left out
 * (every food takes g, oz, lb and kg), and so are measures no person writes (cubic inches, the
 * guideline amounts FNDDS uses for condiments).
 */
import type { Portion } from './food.js';
import type { UsdaPortion } from './usda-table.js';

const QUANTITY_NOT_SPECIFIED = 'quantity not specified';
const MASS_UNITS = new Set(['oz', 'lb', 'g', 'kg', 'ounce', 'pound', 'gram']);
const UNWRITTEN = ['cubic inch', 'surface inch', 'guideline', 'package yields', 'package yield'];
const WORD_FORMS: Readonly<Record<string, string>> = {
  tablespoon: 'tbsp',
  tablespoons: 'tbsp',
  teaspoon: 'tsp',
  teaspoons: 'tsp',
  leaves: 'leaf',
  loaves: 'loaf',
  cookies: 'cookie',
  brownies: 'brownie',
  pies: 'pie',
  nlea: '',
};

/** "crackers" → "cracker", "patties" → "patty"; short words and "-ss" words stay. */
function singular(word: string): string {
  const known = WORD_FORMS[word];
  if (known !== undefined) return known;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) {
    return word.slice(0, -1);
  }
  return word;
}

/** Words after a measure's noun that only qualify it: "cup, chopped", "thigh without skin". */
const QUALIFIERS = new Set([
  'chopped',
  'sliced',
  'slices',
  'diced',
  'shredded',
  'packed',
  'unpacked',
  'halves',
  'pieces',
  'chunks',
  'cubes',
  'strips',
  'without',
  'with',
  'as',
  'in',
  'on',
  'of',
  'from',
  'inner',
  'outer',
  'shelled',
  'crumbled',
  'cubed',
  'mashed',
  'grated',
  'melted',
  'pureed',
  'drained',
  'yields',
  'yield',
  'prepared',
  'cooked',
  'raw',
  'condensed',
  'dry',
  'includes',
  'excluding',
  'approx',
  'nfs',
  'ns',
  'not',
  'any',
  'edible',
]);

const MEASURING_WORDS = new Set([
  'cup',
  'cups',
  'tbsp',
  'tablespoon',
  'tablespoons',
  'tsp',
  'teaspoon',
  'teaspoons',
  'pint',
  'quart',
  'gallon',
  'serving',
  'servings',
  'piece',
  'pieces',
  'slice',
  'slices',
]);

/** Measures named by a size ("medium (7\" long)") need no size after them. */
const SIZE_HEADS = new Set(['small', 'medium', 'large', 'extra', 'jumbo', 'mini', 'miniature', 'regular']);

const isNumeric = (word: string) => /^[0-9.]/.test(word);

/**
 * The unit a person names for a USDA measure, as the words of its head phrase: "cup, chopped" →
 * `cup`, "medium (7\" to 7-7/8\" long)" → `medium`, "small single serving bag" →
 * `small_single_serving_bag`, "juice box/pouch" → `juice_box`, "large or thick slice" →
 * `large_slice`, "thigh without skin" → `thigh`. The parser finds a measure by its last word
 * (the noun: bag, box, slice) and the words before it (small, juice, thick).
 */
export function measureUnit(usdaUnit: string): string | null {
  return measureNames(usdaUnit)?.plain ?? null;
}

/**
 * A measure's plain unit (`pancake`, `croissant`) and the same with the size USDA writes after the
 * noun (`4_inch_pancake`, `mini_croissant`), used when a record has several of one noun.
 */
export function measureNames(usdaUnit: string): { plain: string; qualified: string } | null {
  const lower = usdaUnit.toLowerCase();
  if (lower === QUANTITY_NOT_SPECIFIED) return { plain: 'serving', qualified: 'serving' };
  if (UNWRITTEN.some((phrase) => lower.startsWith(phrase))) return null;
  const head = (lower.split(/[,(]/, 1)[0] ?? '').split('/', 1)[0] ?? '';
  // "pancake (4\" dia)", "croissant, miniature": the size written after the noun tells it apart.
  const after = lower.slice(head.length);
  const inches = /^\s*\(\s*(\d+)" (?:dia|diameter)\b/.exec(after)?.[1];
  const sizeAfter = /^\s*,\s*(miniature|mini|small|medium|large|extra large|jumbo|regular|thin|thick)\b/.exec(
    after,
  )?.[1];
  // "slice, snack-size" (7-10 g of bread) is never "a slice": it always keeps its size. Nor are
  // "slice, crust not eaten" (half a regular slice of FNDDS's breads) and "slice, Vienna bread".
  const snackSized = /^\s*,\s*snack[- ]size/.test(after);
  const crustless = /^\s*,\s*(crust not eaten|vienna bread)/.test(after);
  const prefix =
    inches !== undefined
      ? `${inches}_inch_`
      : sizeAfter !== undefined
        ? `${sizeAfter.replace(' ', '_')}_`
        : '';
  let words = head
    .replaceAll('"', ' inch ')
    .split(/[^a-z0-9.]+/)
    .filter((word) => word !== '');
  // "large or thick slice": one noun, two ways to say its size; "can or bottle": two nouns.
  const or = words.indexOf('or');
  if (or > 0) {
    const after = words.slice(or + 1);
    words = after.length > 1 ? [...words.slice(0, or), ...after.slice(1)] : words.slice(0, or);
  }
  if (words[0] === 'fl' && words[1] === 'oz') return { plain: 'fl_oz', qualified: 'fl_oz' };
  const named = (plain: string) =>
    snackSized || crustless
      ? {
          plain: `${snackSized ? 'snack_size' : 'other'}_${plain}`,
          qualified: `${snackSized ? 'snack_size' : 'other'}_${plain}`,
        }
      : // "slice, regular" is what "a slice" means when a record also has thin or thick ones.
        { plain, qualified: sizeAfter === 'regular' ? plain : `${prefix}${plain}` };
  // "cup spaghetti, packed", "slice snack-size": a measuring word first is the unit by itself.
  if (MEASURING_WORDS.has(words[0] ?? '')) return named(singular(words[0] as string));
  // "cup chopped", "serving 1/2 cup", "pint as purchased": what follows the noun qualifies it.
  let end = 1;
  while (end < words.length && !QUALIFIERS.has(words[end] as string) && !isNumeric(words[end] as string)) {
    end += 1;
  }
  const kept = words
    .slice(0, end)
    .map(singular)
    .filter((word) => word !== '');
  if (kept.length === 0) return null;
  const unit = kept.join('_');
  if (MASS_UNITS.has(unit)) return null;
  return SIZE_HEADS.has(kept[0] as string) ? { plain: unit, qualified: unit } : named(unit);
}

function label(usdaUnit: string): string {
  if (usdaUnit.toLowerCase() === QUANTITY_NOT_SPECIFIED) return '1 serving (usual amount)';
  return `1 ${usdaUnit}`;
}

const SPOONS_PER_CUP = [
  ['tbsp', 16],
  ['tsp', 48],
] as const;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * One measure per unit, in USDA's order (its first measure of a kind is its usual one). A food
 * weighed by the cup also takes tablespoons and teaspoons (16 and 48 to the US cup) when USDA
 * lists none, so "2 tbsp of oats" needs no guess.
 */
export function recordMeasures(portions: readonly UsdaPortion[]): Portion[] {
  const measures: Portion[] = [];
  const seen = new Set<string>();
  const names = portions.map((portion) => measureNames(portion.unit));
  const plainCount = new Map<string, number>();
  for (const name of names)
    if (name !== null) plainCount.set(name.plain, (plainCount.get(name.plain) ?? 0) + 1);
  for (const [k, portion] of portions.entries()) {
    const name = names[k];
    if (name === null || name === undefined) continue;
    // "pancake (4\" dia)" and "pancake (6\" dia)": only a noun USDA measures twice keeps its size.
    const unit = (plainCount.get(name.plain) ?? 0) > 1 ? name.qualified : name.plain;
    if (seen.has(unit)) continue;
    seen.add(unit);
    measures.push({ unit, label: label(portion.unit), grams: round2(portion.grams / portion.amount) });
  }
  const cup = measures.find((m) => m.unit === 'cup');
  if (cup !== undefined) {
    for (const [unit, perCup] of SPOONS_PER_CUP) {
      if (!seen.has(unit)) {
        measures.push({ unit, label: `1 ${unit} (1/${perCup} cup)`, grams: round2(cup.grams / perCup) });
      }
    }
  }
  return measures;
}
