/**
 * Reads the USDA CSV extracts of `../shared/usda` (see its README) into the few fields the expected
 * values need: per-100 g energy and macros, and every household portion with its grams.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Nutrients = { kcal: number; protein_g: number; carbs_g: number; fat_g: number };
/** `subcode` is FNDDS's brand subcode (candy, snack cakes), '' elsewhere. */
export type UsdaPortion = { seq: number; subcode: string; description: string; grams: number };
/**
 * `values`: every per-100 g value of the record (energy, macros, fiber, sugars, sodium) as one key.
 * FNDDS copies the values of many single foods from SR, so two records with the same key are one
 * food to anyone reading the numbers (see `twinsOf` in expected-values.ts).
 */
export type UsdaRecord = { description: string; per100g: Nutrients; values: string; portions: UsdaPortion[] };
/** Keyed by `sr28:NDB` and `fndds:CODE`, as phrases name records. */
export type UsdaTables = Map<string, UsdaRecord>;

export const USDA_FILES = ['sr28-foods.csv', 'sr28-portions.csv', 'fndds-foods.csv', 'fndds-portions.csv'];

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

/** The first of the candidate folders that holds every CSV file, or null. */
export function findUsdaDir(candidates: readonly string[]): string | null {
  return candidates.find((dir) => USDA_FILES.every((file) => existsSync(join(dir, file)))) ?? null;
}

/**
 * Where a check against the CSV files should read them: the folder, or null (skip, with a warning)
 * outside CI. Under CI a missing folder is an error, so the check can never silently stop running.
 */
export function usdaDirForCheck(
  candidates: readonly string[],
  env: Record<string, string | undefined>,
  warn: (message: string) => void,
): string | null {
  const dir = findUsdaDir(candidates);
  if (dir !== null) return dir;
  const message = `eval: USDA CSV files not found in ${candidates.join(' or ')}: expected.generated.json NOT rechecked against them`;
  if (env.CI === 'true') throw new Error(message);
  warn(message);
  return null;
}

const VALUE_COLUMNS = ['kcal', 'protein_g', 'fat_g', 'carbs_g', 'fiber_g', 'sugars_g', 'sodium_mg'];

/** An empty cell is read as 0, as FNDDS writes the values SR leaves empty. */
const valuesKey = (row: Record<string, string>) =>
  VALUE_COLUMNS.map((column) => Number(row[column] ?? '')).join('|');

const read = (dir: string, file: string) => parseCsv(readFileSync(join(dir, file), 'utf8'));

function nutrients(row: Record<string, string>): Nutrients {
  return {
    kcal: Number(row.kcal),
    protein_g: Number(row.protein_g),
    carbs_g: Number(row.carbs_g),
    fat_g: Number(row.fat_g),
  };
}

export function loadUsdaTables(dir: string): UsdaTables {
  const tables: UsdaTables = new Map();
  for (const row of read(dir, 'sr28-foods.csv')) {
    tables.set(`sr28:${row.ndb_no}`, {
      description: row.description ?? '',
      per100g: nutrients(row),
      values: valuesKey(row),
      portions: [],
    });
  }
  for (const row of read(dir, 'fndds-foods.csv')) {
    tables.set(`fndds:${row.food_code}`, {
      description: row.description ?? '',
      per100g: nutrients(row),
      values: valuesKey(row),
      portions: [],
    });
  }
  for (const row of read(dir, 'sr28-portions.csv')) {
    const description = `${row.amount} ${row.unit}`;
    tables
      .get(`sr28:${row.ndb_no}`)
      ?.portions.push({ seq: Number(row.seq), subcode: '', description, grams: Number(row.grams) });
  }
  for (const row of read(dir, 'fndds-portions.csv')) {
    tables.get(`fndds:${row.food_code}`)?.portions.push({
      seq: Number(row.seq),
      subcode: row.subcode ?? '',
      description: row.portion_description ?? '',
      grams: Number(row.grams),
    });
  }
  return tables;
}
