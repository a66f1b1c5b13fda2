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
  nlea: '',
};

/** "cookies" → "cookie", "slices" → "slice"; short words and "-ss" words stay. */
function singular(word: string): string {
  const known = WORD_FORMS[word];
  if (known !== undefined) return known;
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) {
    return word.slice(0, -1);
  }
  return word;
}

/** The unit a person names for a USDA measure: the words before any comma or parenthesis. */
export function measureUnit(usdaUnit: string): string | null {
  const lower = usdaUnit.toLowerCase();
  if (lower === QUANTITY_NOT_SPECIFIED) return 'serving';
  if (UNWRITTEN.some((phrase) => lower.startsWith(phrase))) return null;
  const head = lower.split(/[,(]/, 1)[0] ?? '';
  const words = head
    .replaceAll('"', ' inch ')
    .split(/[^a-z0-9]+/)
    .map(singular)
    .filter((word) => word !== '');
  const first = words[0];
  if (first === undefined) return null;
  if (first === 'fl' && words[1] === 'oz') return 'fl_oz';
  // "large or thick slice", "6 inch sub": the leading words tell one measure from its siblings.
  // "cup chopped", "thigh without skin", "serving 1/2 cup": the first word is the unit.
  const unit = SIZE_WORDS.has(first) || /^[0-9]/.test(first) ? words.join('_') : first;
  return MASS_UNITS.has(unit) ? null : unit;
}

const SIZE_WORDS = new Set([
  'small',
  'medium',
  'large',
  'extra',
  'jumbo',
  'very',
  'thin',
  'thick',
  'regular',
  'mini',
  'miniature',
  'individual',
  'single',
  'snack',
  'kid',
  'child',
  'fast',
  'personal',
  'king',
  'half',
]);

function label(usdaUnit: string): string {
  if (usdaUnit.toLowerCase() === QUANTITY_NOT_SPECIFIED) return '1 serving (usual amount)';
  return `1 ${usdaUnit}`;
}

/**
 * One measure per unit, in USDA's order (its first measure of a kind is its usual one). A food
 * weighed by the cup also takes tablespoons and teaspoons (16 and 48 to the US cup) when USDA
 * lists none, so "2 tbsp of oats" needs no guess.
 */
export function recordMeasures(portions: readonly UsdaPortion[]): Portion[] {
  const measures: Portion[] = [];
  const seen = new Set<string>();
  for (const portion of portions) {
    const unit = measureUnit(portion.unit);
    if (unit === null || seen.has(unit)) continue;
    seen.add(unit);
    measures.push({ unit, label: label(portion.unit), grams: round1(portion.grams / portion.amount) });
  }
  const cup = measures.find((m) => m.unit === 'cup');
  if (cup !== undefined) {
    for (const [unit, perCup] of SPOONS_PER_CUP) {
      if (!seen.has(unit))
        measures.push({ unit, label: `1 ${unit} (1/${perCup} cup)`, grams: round1(cup.grams / perCup) });
    }
  }
  return measures;
}

const SPOONS_PER_CUP = [
  ['tbsp', 16],
  ['tsp', 48],
] as const;

const round1 = (value: number) => Math.round(value * 100) / 100;
