/**
 * Units a person writes, what each means, and the words for it. Mass units convert directly;
 * volume units go through the food's own portions or density; household units ("slice") need
 * the food's portion list.
 */

export type Unit =
  | { kind: 'mass'; name: string; grams: number }
  | { kind: 'volume'; name: string; ml: number }
  | { kind: 'household'; name: string };

const US_CUP_ML = 236.6;
const FLUID_OUNCE_ML = 29.5735;

const UNIT_WORDS: [Unit, string[]][] = [
  [
    { kind: 'mass', name: 'g', grams: 1 },
    ['g', 'gram', 'grams', 'gr', 'grs', 'gm', 'gms', 'grm', 'gramme', 'grammes'],
  ],
  [{ kind: 'mass', name: 'kg', grams: 1000 }, ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms']],
  [{ kind: 'mass', name: 'mg', grams: 0.001 }, ['mg', 'milligram', 'milligrams']],
  [{ kind: 'mass', name: 'oz', grams: 28.3495 }, ['oz', 'ozs', 'ounce', 'ounces']],
  [{ kind: 'mass', name: 'lb', grams: 453.592 }, ['lb', 'lbs', 'pound', 'pounds']],
  [
    { kind: 'volume', name: 'fl oz', ml: FLUID_OUNCE_ML },
    ['fl oz', 'floz', 'fl ozs', 'fluid ounce', 'fluid ounces', 'fl ounce', 'fl ounces'],
  ],
  [
    { kind: 'volume', name: 'ml', ml: 1 },
    ['ml', 'mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc'],
  ],
  [{ kind: 'volume', name: 'cl', ml: 10 }, ['cl', 'centiliter', 'centilitre', 'centiliters', 'centilitres']],
  [{ kind: 'volume', name: 'dl', ml: 100 }, ['dl', 'deciliter', 'decilitre']],
  [{ kind: 'volume', name: 'l', ml: 1000 }, ['l', 'liter', 'liters', 'litre', 'litres', 'ltr', 'ltrs']],
  [{ kind: 'volume', name: 'cup', ml: US_CUP_ML }, ['cup', 'cups', 'cupful', 'cupfuls']],
  [
    { kind: 'volume', name: 'tbsp', ml: US_CUP_ML / 16 },
    ['tbsp', 'tbsps', 'tbs', 'tbl', 'tbls', 'tablespoon', 'tablespoons', 'tablespoonful'],
  ],
  [
    { kind: 'volume', name: 'tsp', ml: US_CUP_ML / 48 },
    ['tsp', 'tsps', 'teaspoon', 'teaspoons', 'teaspoonful'],
  ],
  [{ kind: 'volume', name: 'pint', ml: 16 * FLUID_OUNCE_ML }, ['pint', 'pints', 'pt']],
  [{ kind: 'volume', name: 'glass', ml: 240 }, ['glass', 'glasses']],
  [{ kind: 'volume', name: 'mug', ml: 300 }, ['mug', 'mugs']],
  [{ kind: 'volume', name: 'can', ml: 12 * FLUID_OUNCE_ML }, ['can', 'cans', 'tin', 'tins']],
  [{ kind: 'volume', name: 'bottle', ml: 500 }, ['bottle', 'bottles']],
  [{ kind: 'volume', name: 'shot', ml: 1.5 * FLUID_OUNCE_ML }, ['shot', 'shots', 'jigger']],
  [{ kind: 'volume', name: 'bowl', ml: US_CUP_ML }, ['bowl', 'bowls', 'bowlful']],
  // Kitchen words for small amounts, by the conventions in the package README: a splash is 1 fl oz,
  // a dollop 1 tbsp, a drizzle 1 tsp, a dash or a pinch 1/8 tsp.
  [{ kind: 'volume', name: 'splash', ml: US_CUP_ML / 8 }, ['splash', 'splashes', 'glug', 'glugs']],
  [{ kind: 'volume', name: 'dollop', ml: US_CUP_ML / 16 }, ['dollop', 'dollops', 'spoonful', 'spoonfuls']],
  [{ kind: 'volume', name: 'drizzle', ml: US_CUP_ML / 48 }, ['drizzle', 'drizzles', 'squirt', 'squirts']],
  [
    { kind: 'volume', name: 'dash', ml: US_CUP_ML / 384 },
    ['dash', 'dashes', 'pinch', 'pinches', 'sprinkle', 'sprinkling'],
  ],
  // Coffee-shop cup sizes.
  [{ kind: 'volume', name: 'tall', ml: 12 * FLUID_OUNCE_ML }, ['tall']],
  [{ kind: 'volume', name: 'grande', ml: 16 * FLUID_OUNCE_ML }, ['grande']],
  [{ kind: 'volume', name: 'venti', ml: 20 * FLUID_OUNCE_ML }, ['venti']],
  [{ kind: 'volume', name: 'trenta', ml: 30 * FLUID_OUNCE_ML }, ['trenta']],
  [{ kind: 'household', name: 'slice' }, ['slice', 'slices', 'slab', 'slabs']],
  [
    { kind: 'household', name: 'piece' },
    ['piece', 'pieces', 'pc', 'pcs', 'bit', 'bits', 'chunk', 'chunks', 'item', 'items', 'square', 'squares'],
  ],
  // "a whole pizza", "a whole cucumber": the food entire, else one piece of it (portion-grams.ts).
  [{ kind: 'household', name: 'whole' }, ['whole']],
  [
    { kind: 'household', name: 'serving' },
    ['serving', 'servings', 'portion', 'portions', 'plate', 'plates', 'plateful', 'helping', 'helpings'],
  ],
  [{ kind: 'household', name: 'container' }, ['container', 'containers', 'pot', 'pots']],
  // Packaging: each is looked up among the food's USDA measures by this noun ("juice box").
  [{ kind: 'household', name: 'tub' }, ['tub', 'tubs']],
  [{ kind: 'household', name: 'carton' }, ['carton', 'cartons']],
  [{ kind: 'household', name: 'box' }, ['box', 'boxes']],
  [{ kind: 'household', name: 'pouch' }, ['pouch', 'pouches']],
  [{ kind: 'household', name: 'bag' }, ['bag', 'bags', 'bagful']],
  [{ kind: 'household', name: 'tube' }, ['tube', 'tubes']],
  [{ kind: 'household', name: 'jar' }, ['jar', 'jars']],
  [{ kind: 'household', name: 'scoop' }, ['scoop', 'scoops']],
  [{ kind: 'household', name: 'bar' }, ['bar', 'bars']],
  [{ kind: 'household', name: 'packet' }, ['packet', 'packets', 'sachet', 'sachets']],
  [{ kind: 'household', name: 'package' }, ['pack', 'packs', 'package', 'packages', 'wrapper']],
  [{ kind: 'household', name: 'stick' }, ['stick', 'sticks']],
  [{ kind: 'household', name: 'pat' }, ['pat', 'pats', 'knob', 'knobs', 'dab']],
  [{ kind: 'household', name: 'fillet' }, ['fillet', 'fillets', 'filet', 'filets']],
  [{ kind: 'household', name: 'patty' }, ['patty', 'patties']],
  [{ kind: 'household', name: 'link' }, ['link', 'links']],
  [{ kind: 'household', name: 'strip' }, ['strip', 'strips', 'rasher', 'rashers']],
  [{ kind: 'household', name: 'clove' }, ['clove', 'cloves']],
  [{ kind: 'household', name: 'head' }, ['head', 'heads']],
  [{ kind: 'household', name: 'stalk' }, ['stalk', 'stalks']],
  [{ kind: 'household', name: 'leaf' }, ['leaf', 'leaves']],
  [{ kind: 'household', name: 'wedge' }, ['wedge', 'wedges']],
  [{ kind: 'household', name: 'handful' }, ['handful', 'handfuls', 'fistful']],
  [{ kind: 'household', name: 'order' }, ['order', 'orders']],
  [{ kind: 'household', name: 'side' }, ['side', 'sides']],
];

/** Unit words keyed by their words joined with a space ("fl oz"); at most two words long. */
const BY_WORDS = new Map<string, Unit>();
for (const [unit, words] of UNIT_WORDS) for (const word of words) BY_WORDS.set(word, unit);

const WHOLE_DESCRIBES = new Set([
  'wheat',
  'grain',
  'grains',
  'milk',
  'meal',
  'bean',
  'beans',
  'foods',
  'fat',
]);

export function unitFromWords(
  first: string,
  second: string | undefined,
): { unit: Unit; words: number } | null {
  // "a whole wheat bun", "whole milk": "whole" names the grain or the milk, not one whole piece.
  if (first === 'whole' && second !== undefined && WHOLE_DESCRIBES.has(second)) return null;
  if (second !== undefined) {
    const pair = BY_WORDS.get(`${first} ${second}`);
    if (pair !== undefined) return { unit: pair, words: 2 };
  }
  const single = BY_WORDS.get(first);
  return single === undefined ? null : { unit: single, words: 1 };
}

export function isUnitWord(word: string): boolean {
  return BY_WORDS.has(word);
}

/** Every single word that is (part of) a unit, for the spelling corrector's vocabulary. */
export function unitVocabulary(): string[] {
  return [...new Set(UNIT_WORDS.flatMap(([, words]) => words.flatMap((w) => w.split(' '))))];
}

export function volumeUnitMl(name: string): number | null {
  for (const [unit] of UNIT_WORDS) if (unit.kind === 'volume' && unit.name === name) return unit.ml;
  return null;
}
