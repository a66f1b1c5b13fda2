/**
 * Reads the USDA release extracts (SR28 and FNDDS 2017-2018 as CSV, see shared/usda/README.md)
 * into typed rows. Values stay as USDA writes them; an empty cell is `null` (no value), not zero.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { UsdaNutrients } from '../src/foods/usda-table.js';

/** The nutrient columns both releases share: the table's per-100 g shape, as USDA writes them. */
export type NutrientColumns = UsdaNutrients;

export type SrFoodRow = NutrientColumns & { ndb_no: string; description: string; food_group: string };
export type SrPortionRow = { ndb_no: string; seq: number; amount: number; unit: string; grams: number };
export type FnddsFoodRow = NutrientColumns & {
  food_code: string;
  description: string;
  additional_description: string;
  wweia_category: string;
};
export type FnddsPortionRow = {
  food_code: string;
  seq: number;
  subcode: string;
  portion_description: string;
  grams: number;
};

export type UsdaRelease = {
  srFoods: SrFoodRow[];
  srPortions: SrPortionRow[];
  fnddsFoods: FnddsFoodRow[];
  fnddsPortions: FnddsPortionRow[];
};

export const USDA_FILES = [
  'sr28-foods.csv',
  'sr28-portions.csv',
  'fndds-foods.csv',
  'fndds-portions.csv',
] as const;

function readRows(directory: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(directory, file), 'utf8'), { columns: true, skip_empty_lines: true });
}

const required = (value: string | undefined, what: string): number => {
  const number = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(number)) {
    throw new Error(`USDA data: ${what} is not a number: ${JSON.stringify(value)}`);
  }
  return number;
};
const optional = (value: string | undefined): number | null =>
  value === undefined || value.trim() === '' ? null : Number(value);
const text = (value: string | undefined): string => value ?? '';

function nutrients(row: Record<string, string>, id: string): NutrientColumns {
  return {
    kcal: required(row.kcal, `${id} kcal`),
    protein_g: required(row.protein_g, `${id} protein_g`),
    fat_g: required(row.fat_g, `${id} fat_g`),
    carbs_g: required(row.carbs_g, `${id} carbs_g`),
    fiber_g: optional(row.fiber_g),
    sugars_g: optional(row.sugars_g),
    sodium_mg: optional(row.sodium_mg),
    alcohol_g: optional(row.alcohol_g),
  };
}

/** The four files of the release in `directory`; throws naming the file and cell that is wrong. */
export function readUsdaRelease(directory: string): UsdaRelease {
  return {
    srFoods: readRows(directory, 'sr28-foods.csv').map((row) => ({
      ndb_no: text(row.ndb_no),
      description: text(row.description),
      food_group: text(row.food_group),
      ...nutrients(row, `sr28 ${row.ndb_no}`),
    })),
    srPortions: readRows(directory, 'sr28-portions.csv').map((row) => ({
      ndb_no: text(row.ndb_no),
      seq: required(row.seq, `sr28 portion ${row.ndb_no} seq`),
      amount: required(row.amount, `sr28 portion ${row.ndb_no} amount`),
      unit: text(row.unit),
      grams: required(row.grams, `sr28 portion ${row.ndb_no} grams`),
    })),
    fnddsFoods: readRows(directory, 'fndds-foods.csv').map((row) => ({
      food_code: text(row.food_code),
      description: text(row.description),
      additional_description: text(row.additional_description),
      wweia_category: text(row.wweia_category),
      ...nutrients(row, `fndds ${row.food_code}`),
    })),
    fnddsPortions: readRows(directory, 'fndds-portions.csv').map((row) => ({
      food_code: text(row.food_code),
      seq: required(row.seq, `fndds portion ${row.food_code} seq`),
      subcode: text(row.subcode),
      portion_description: text(row.portion_description),
      grams: required(row.grams, `fndds portion ${row.food_code} grams`),
    })),
  };
}
