/**
 * Turns each phrase's records and amounts into grams and nutrients from the USDA tables. Pure: the
 * tables come in, the generated data goes out; `compute-expected.ts` does the file I/O.
 */
import type { Amount, EvalClass, EvalPhrase, ExpectedItem, RecordRef } from './phrase.js';
import type { Nutrients, UsdaPortion, UsdaRecord, UsdaTables } from './usda-csv.js';

export const GRAMS_PER_OZ = 28.35;
export const ML_PER_FL_OZ = 29.5735;

export type ExpectedValues = Nutrients & { grams: number };
export type GeneratedItem = ExpectedValues & {
  record: RecordRef;
  alternatives: RecordRef[];
  /** Records whose every per-100 g value equals the record's (see `twinsOf`): the same food as well. */
  twins: RecordRef[];
  amount: Amount;
  description: string;
  /** The USDA measure the grams came from, e.g. "2 x 1 large (50 g)" or "8 fl oz via 1 cup (240 g)". */
  measure: string;
};
export type GeneratedReading = { items: GeneratedItem[]; total: ExpectedValues };
export type GeneratedPhrase = GeneratedReading & {
  text: string;
  class: EvalClass;
  /** The phrase's other readings (see FoodPhrase.otherReadings), each with its own total. */
  otherReadings?: GeneratedReading[];
};
export type GeneratedExpected = { generatedBy: string; source: string; phrases: GeneratedPhrase[] };

export const GENERATED_BY =
  'npm run eval:expected -- ../shared/usda (packages/nutrition/eval/compute-expected.ts)';
export const SOURCE = 'USDA SR28 (SR Legacy) and FNDDS 2017-2018 CSV extracts, ../shared/usda';

/** Volume of the household measures a volume can be converted through, in US fl oz, in order of preference. */
const VOLUME_MEASURES: Record<string, number> = {
  '1 fl oz': 1,
  '1 fl oz (no ice)': 1,
  '1 cup': 8,
  '1 cup (8 fl oz)': 8,
  '1 tbsp': 0.5,
  '1 tablespoon': 0.5,
  '1 tsp': 1 / 6,
  '1 teaspoon': 1 / 6,
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const fmt = (value: number) => String(round1(value));

function pickPortion(record: UsdaRecord, amount: { portion: string; seq?: number; subcode?: string }) {
  const rows = record.portions.filter(
    (p) =>
      p.description === amount.portion &&
      p.subcode === (amount.subcode ?? '') &&
      (amount.seq === undefined || p.seq === amount.seq),
  );
  if (rows.length === 1) return rows[0] as UsdaPortion;
  const listed = record.portions.map((p) => `${p.seq}${p.subcode ? `/${p.subcode}` : ''}: ${p.description}`);
  const problem = rows.length === 0 ? 'no portion' : `${rows.length} portions (give seq)`;
  throw new Error(`${problem} "${amount.portion}" in ${record.description}; it has ${listed.join(' | ')}`);
}

function volumePortion(record: UsdaRecord, via: string | undefined): { portion: UsdaPortion; flOz: number } {
  const names = via === undefined ? Object.keys(VOLUME_MEASURES) : [via];
  for (const name of names) {
    const portion = record.portions.find((p) => p.description === name && p.subcode === '');
    const flOz = VOLUME_MEASURES[name];
    if (portion && flOz !== undefined) return { portion, flOz };
  }
  throw new Error(`no volume measure ${names.join(' / ')} in ${record.description}`);
}

function gramsOf(record: UsdaRecord, amount: Amount): { grams: number; measure: string } {
  if ('portion' in amount) {
    const portion = pickPortion(record, amount);
    const count = amount.count ?? 1;
    const times = count === 1 ? '' : `${count} x `;
    return { grams: portion.grams * count, measure: `${times}${portion.description} (${portion.grams} g)` };
  }
  if ('grams' in amount) return { grams: amount.grams, measure: `${amount.grams} g` };
  if ('oz' in amount) return { grams: amount.oz * GRAMS_PER_OZ, measure: `${amount.oz} oz x 28.35 g` };
  const flOz = 'fl_oz' in amount ? amount.fl_oz : amount.ml / ML_PER_FL_OZ;
  const { portion, flOz: portionFlOz } = volumePortion(record, amount.via);
  const stated = 'fl_oz' in amount ? `${amount.fl_oz} fl oz` : `${amount.ml} ml (${fmt(flOz)} fl oz)`;
  return {
    grams: (flOz / portionFlOz) * portion.grams,
    measure: `${stated} via ${portion.description} (${portion.grams} g)`,
  };
}

function scale(per100g: Nutrients, grams: number): ExpectedValues {
  const at = (value: number) => round1((value * grams) / 100);
  return {
    grams: round1(grams),
    kcal: at(per100g.kcal),
    protein_g: at(per100g.protein_g),
    carbs_g: at(per100g.carbs_g),
    fat_g: at(per100g.fat_g),
  };
}

/** Words of USDA descriptions that say how a record is filed or prepared, not which food it is. */
const FILING_WORDS = new Set(
  'nfs regular plain salted fast foods food from restaurant with without added commercially prepared type all'.split(
    ' ',
  ),
);

/** The words naming the food, stemmed: "Fast foods, potatoes, hash browns" -> potato, hash, brown. */
const foodWords = (description: string) =>
  new Set(
    description
      .toLowerCase()
      .split(/[^a-z']+/)
      .map((word) => word.replace(/'s$/, '').replace(/(es|s|e)$/, ''))
      .filter((word) => word.length >= 3 && !FILING_WORDS.has(word)),
  );

const isSubset = (small: ReadonlySet<string>, large: ReadonlySet<string>) =>
  [...small].every((w) => large.has(w));

/** Below this, values match by being near zero (water, diet soda, black coffee), not by being copied. */
const MIN_TWIN_KCAL = 5;

const byValues = new WeakMap<UsdaTables, Map<string, RecordRef[]>>();

/**
 * The records that are `ref`'s food under another name: every value (energy, macros, fiber, sugars,
 * sodium per 100 g) equal, and one description's food words all in the other's. FNDDS took such
 * records from one SR food ("Caesar dressing" and SR's "Salad dressing, caesar dressing, regular"),
 * or files one food twice ("Pretzels, hard, NFS" and "Pretzels, hard, plain, salted"). A parser
 * that names either has named the food, so each counts as `ref`. The words keep out foods that only
 * share their numbers (ground turkey and ground chicken, vodka and whiskey with soda), and a general
 * record ("Cookie, NFS", whose values FNDDS took from the commonest kind) never stands for the kind
 * the phrase named ("Cookie, chocolate chip").
 */
export function twinsOf(tables: UsdaTables, ref: RecordRef): RecordRef[] {
  let index = byValues.get(tables);
  if (index === undefined) {
    index = new Map();
    for (const [key, record] of tables) {
      if (record.per100g.kcal < MIN_TWIN_KCAL) continue;
      index.set(record.values, [...(index.get(record.values) ?? []), key as RecordRef]);
    }
    byValues.set(tables, index);
  }
  const record = tables.get(ref);
  if (record === undefined || record.per100g.kcal < MIN_TWIN_KCAL) return [];
  const words = foodWords(record.description);
  const namesTheSameFood = (other: RecordRef) => {
    const description = tables.get(other)?.description ?? '';
    const otherWords = foodWords(description);
    const unspecified = /\bNFS\b|\bNS as to\b/.test(description);
    return isSubset(words, otherWords) || (!unspecified && isSubset(otherWords, words));
  };
  return (index.get(record.values) ?? []).filter((other) => other !== ref && namesTheSameFood(other));
}

function computeItem(tables: UsdaTables, item: ExpectedItem): GeneratedItem {
  const record = tables.get(item.record);
  if (!record) throw new Error(`no USDA record ${item.record}`);
  for (const alternative of item.alternatives ?? []) {
    if (!tables.has(alternative)) throw new Error(`no USDA record ${alternative} (alternative)`);
  }
  const { grams, measure } = gramsOf(record, item.amount);
  if (!(grams > 0)) throw new Error(`${item.record} ${record.description}: ${measure} is no amount`);
  return {
    record: item.record,
    alternatives: [...(item.alternatives ?? [])],
    twins: twinsOf(tables, item.record).filter((twin) => !item.alternatives?.includes(twin)),
    amount: item.amount,
    description: record.description,
    measure,
    ...scale(record.per100g, grams),
  };
}

export function sumValues(items: readonly ExpectedValues[]): ExpectedValues {
  const sum = (pick: (v: ExpectedValues) => number) => round1(items.reduce((t, v) => t + pick(v), 0));
  return {
    grams: sum((v) => v.grams),
    kcal: sum((v) => v.kcal),
    protein_g: sum((v) => v.protein_g),
    carbs_g: sum((v) => v.carbs_g),
    fat_g: sum((v) => v.fat_g),
  };
}

/** Throws on the first record or portion that the tables do not hold, naming the phrase. */
export function computeExpected(phrases: readonly EvalPhrase[], tables: UsdaTables): GeneratedExpected {
  const generated = phrases.map((phrase): GeneratedPhrase => {
    const reading = (items: readonly ExpectedItem[]): GeneratedReading => {
      const computed = items.map((item) => computeItem(tables, item));
      return { items: computed, total: sumValues(computed) };
    };
    try {
      if (phrase.class === 'non_food') return { text: phrase.text, class: phrase.class, ...reading([]) };
      const others = phrase.otherReadings?.map(reading);
      const generated: GeneratedPhrase = { text: phrase.text, class: phrase.class, ...reading(phrase.items) };
      return others === undefined ? generated : { ...generated, otherReadings: others };
    } catch (error) {
      throw new Error(`"${phrase.text}": ${(error as Error).message}`);
    }
  });
  return { generatedBy: GENERATED_BY, source: SOURCE, phrases: generated };
}
