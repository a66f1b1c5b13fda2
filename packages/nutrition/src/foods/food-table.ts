/**
 * Builds the food table: every curated food joined with its USDA record, then every other record
 * of the import as a food that search (not the parser's name index) can find.
 */
import type { CuratedFood, MeasureConvention } from './curated-food.js';
import type { Food, NutrientsPer100g, Portion } from './food.js';
import { recordCategory } from './record-category.js';
import { recordMeasures } from './record-measures.js';
import type { UsdaNutrients, UsdaRecord, UsdaRecordRef, UsdaTable } from './usda-table.js';

/** A curated food that does not fit its record: the table refuses to build rather than guess. */
export class CuratedFoodError extends Error {
  override name = 'CuratedFoodError';
}

/** Fixed conversions a convention may be written in; a US fluid ounce of water is 29.57 g. */
const CONVENTION_UNITS: Readonly<Record<string, number>> = { g: 1, oz: 28.35, lb: 453.59 };
const FLUID_OUNCE_ML = 29.5735;
const CUP_FLUID_OUNCES = 8;

function nutrients(values: UsdaNutrients): NutrientsPer100g {
  return {
    kcal: values.kcal,
    protein_g: values.protein_g,
    carbs_g: values.carbs_g,
    fat_g: values.fat_g,
    fiber_g: values.fiber_g ?? 0,
    sugars_g: values.sugars_g ?? 0,
    sodium_mg: values.sodium_mg ?? 0,
  };
}

/** Grams of one fluid ounce of this food: from its own fl oz or cup measure, else as water. */
function fluidOunceGrams(measures: readonly Portion[]): number {
  const fluidOunce = measures.find((m) => m.unit === 'fl_oz');
  if (fluidOunce !== undefined) return fluidOunce.grams;
  const cup = measures.find((m) => m.unit === 'cup');
  return cup === undefined ? FLUID_OUNCE_ML : cup.grams / CUP_FLUID_OUNCES;
}

function conventionGrams(
  food: CuratedFood,
  unit: string,
  convention: MeasureConvention,
  measures: Portion[],
) {
  const space = convention.indexOf(' ');
  const amount = Number(convention.slice(0, space));
  const of = convention.slice(space + 1);
  const perUnit =
    CONVENTION_UNITS[of] ??
    (of === 'fl_oz' ? fluidOunceGrams(measures) : measures.find((m) => m.unit === of)?.grams);
  if (perUnit === undefined || !(amount > 0)) {
    throw new CuratedFoodError(
      `${food.id}: measure "${unit}" = "${convention}" names no measure of ${food.record}`,
    );
  }
  return Math.round(amount * perUnit * 10) / 10;
}

function curatedMeasures(food: CuratedFood, record: UsdaRecord): Portion[] {
  const measures = recordMeasures(record.portions);
  for (const [unit, convention] of Object.entries(food.measures ?? {})) {
    if (measures.some((m) => m.unit === unit)) {
      throw new CuratedFoodError(`${food.id}: "${unit}" is already a USDA measure of ${food.record}`);
    }
    const grams = conventionGrams(food, unit, convention, measures);
    measures.push({ unit, label: `1 ${unit.replaceAll('_', ' ')} (${convention.replace('_', ' ')})`, grams });
  }
  return measures;
}

function curatedFood(food: CuratedFood, record: UsdaRecord): Food {
  const portions = curatedMeasures(food, record);
  if (!portions.some((m) => m.unit === food.defaultUnit)) {
    throw new CuratedFoodError(
      `${food.id}: default unit "${food.defaultUnit}" is not a measure of ${food.record}`,
    );
  }
  return {
    id: food.id,
    name: food.name,
    record: food.record,
    description: record.description,
    category: food.category,
    curated: true,
    names: food.names,
    preparations: food.preparations,
    isDefaultForm: food.isDefaultForm,
    per100g: nutrients(record.per100g),
    portions,
    defaultPortion: food.defaultUnit,
    ...(food.comesWith === undefined ? {} : { comesWith: food.comesWith }),
  };
}

/** `sr28:01123` → `sr28-01123`: ids stay URL-safe slugs like the curated ones. */
export const recordFoodId = (ref: UsdaRecordRef) => ref.replace(':', '-');

/**
 * SR gives a serving as its first measure when it lists several of a unit ("12 fl oz" of a
 * fast-food smoothie, "3 oz" of a cooked meat): the measures keep one unit of it, so that
 * serving is kept whole as the food's `serving`, its usual portion, rather than one fl oz or oz.
 */
function servingOfFirstMeasure(record: UsdaRecord, portions: readonly Portion[]): Portion | null {
  const first = record.portions[0];
  if (first === undefined || first.amount === 1 || portions.some((m) => m.unit === 'serving')) return null;
  return { unit: 'serving', label: `${first.amount} ${first.unit}`, grams: first.grams };
}

function recordFood(record: UsdaRecord): Food {
  const measures = recordMeasures(record.portions);
  const serving = servingOfFirstMeasure(record, measures);
  const portions = serving === null ? measures : [...measures, serving];
  return {
    id: recordFoodId(record.ref),
    name: record.description,
    record: record.ref,
    description: record.description,
    category: recordCategory(record.group, record.ref.startsWith('fndds:')),
    curated: false,
    names: [],
    preparations: [],
    isDefaultForm: true,
    per100g: nutrients(record.per100g),
    portions,
    defaultPortion: portions.find((m) => m.unit === 'serving')?.unit ?? portions[0]?.unit ?? 'serving',
  };
}

export function buildFoodTable(curated: readonly CuratedFood[], table: UsdaTable): Food[] {
  const records = new Map(table.records.map((record) => [record.ref, record]));
  const foods: Food[] = [];
  const referenced = new Set<string>();
  for (const food of curated) {
    const record = records.get(food.record);
    if (record === undefined) throw new CuratedFoodError(`${food.id}: no USDA record ${food.record}`);
    referenced.add(food.record);
    foods.push(curatedFood(food, record));
  }
  for (const record of table.records) if (!referenced.has(record.ref)) foods.push(recordFood(record));
  checkCompanions(foods);
  return foods;
}

/** A companion must be a curated food, in an amount of one of its measures. */
function checkCompanions(foods: readonly Food[]): void {
  const byId = new Map(foods.map((food) => [food.id, food]));
  for (const food of foods) {
    if (food.comesWith === undefined) continue;
    const companion = byId.get(food.comesWith.food);
    const unit = food.comesWith.amount.slice(food.comesWith.amount.indexOf(' ') + 1);
    if (companion === undefined || !companion.portions.some((m) => m.unit === unit)) {
      throw new CuratedFoodError(
        `${food.id}: comes with "${food.comesWith.amount}" of unknown ${food.comesWith.food}`,
      );
    }
  }
}
