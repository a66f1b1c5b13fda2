/**
 * The numbers of the food table: USDA records as the import script wrote them
 * (`npm run foods:import`), read from `data/usda-foods.json` on first use. Nothing here is typed by
 * hand; the curated layer (`curated/`) points at these records by reference.
 */
import { readFileSync } from 'node:fs';

/** `sr28:01123` (SR28 NDB number) or `fndds:31101010` (FNDDS 2017-2018 food code). */
export type UsdaRecordRef = `sr28:${string}` | `fndds:${string}`;

/** A household measure as USDA writes it: `amount` of `unit` weighs `grams` ("0.5 cup" = 120 g). */
export type UsdaPortion = { amount: number; unit: string; grams: number };

/** Per 100 g of edible portion; `null` where USDA gives no value (not zero). */
export type UsdaNutrients = {
  kcal: number;
  protein_g: number;
  fat_g: number;
  carbs_g: number;
  fiber_g: number | null;
  sugars_g: number | null;
  sodium_mg: number | null;
  alcohol_g: number | null;
};

export type UsdaRecord = {
  ref: UsdaRecordRef;
  description: string;
  /** SR food group or FNDDS WWEIA category. */
  group: string;
  /** FNDDS's other names, brands and preparations; null for SR. */
  additional: string | null;
  per100g: UsdaNutrients;
  portions: UsdaPortion[];
};

export type UsdaTable = {
  provenance: { releases: string[]; files: Record<string, string>; generatedBy: string };
  records: UsdaRecord[];
};

export const USDA_TABLE_URL = new URL('../../data/usda-foods.json', import.meta.url);

let table: UsdaTable | undefined;

/** The committed table, parsed once. Works from `src/` and from `dist/`: both sit two levels down. */
export function usdaTable(): UsdaTable {
  table ??= JSON.parse(readFileSync(USDA_TABLE_URL, 'utf8')) as UsdaTable;
  return table;
}

export function databaseOf(ref: UsdaRecordRef): 'usda_sr28' | 'usda_fndds_2017_2018' {
  return ref.startsWith('sr28:') ? 'usda_sr28' : 'usda_fndds_2017_2018';
}
