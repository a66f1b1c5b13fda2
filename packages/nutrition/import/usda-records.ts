/**
 * Turns the release's rows into the table's records: which records people log (everything but
 * baby food, infant formula and FNDDS's "as ingredient" codes), and their household measures.
 */
import type { UsdaNutrients, UsdaPortion, UsdaRecord } from '../src/foods/usda-table.js';
import type { NutrientColumns, UsdaRelease } from './usda-csv.js';

const LEFT_OUT_SR_GROUPS = new Set(['Baby Foods', '']);
const LEFT_OUT_FNDDS_CATEGORY_PREFIXES = ['Baby ', 'Formula', 'Human milk'];

/** "1", "1/2", "1-1/2", "10-3/4" at the start of an FNDDS portion description. */
function leadingAmount(description: string): { amount: number; rest: string } | null {
  const space = description.indexOf(' ');
  if (space <= 0) return null;
  const head = description.slice(0, space);
  const rest = description.slice(space + 1).trim();
  const whole = head.split('-');
  let amount = 0;
  for (const part of whole) {
    const [numerator, denominator] = part.split('/');
    const value = denominator === undefined ? Number(numerator) : Number(numerator) / Number(denominator);
    if (!Number.isFinite(value) || value <= 0) return null;
    amount += value;
  }
  // "1-3" reads as a range elsewhere in FNDDS ("1-3 pieces"): only "N-a/b" is a mixed number.
  if (whole.length === 2 && !(whole[1] ?? '').includes('/')) return null;
  return { amount, rest };
}

const QUANTITY_NOT_SPECIFIED = 'Quantity not specified';

function fnddsPortion(description: string, grams: number): UsdaPortion | null {
  if (grams <= 0) return null;
  if (description === QUANTITY_NOT_SPECIFIED) return { amount: 1, unit: QUANTITY_NOT_SPECIFIED, grams };
  const parsed = leadingAmount(description);
  return parsed === null ? null : { amount: parsed.amount, unit: parsed.rest, grams };
}

function per100g(row: NutrientColumns): UsdaNutrients {
  const { kcal, protein_g, fat_g, carbs_g, fiber_g, sugars_g, sodium_mg, alcohol_g } = row;
  return { kcal, protein_g, fat_g, carbs_g, fiber_g, sugars_g, sodium_mg, alcohol_g };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [row]);
    else list.push(row);
  }
  return groups;
}

export function tableRecords(release: UsdaRelease): UsdaRecord[] {
  const srPortions = groupBy(release.srPortions, (row) => row.ndb_no);
  const fnddsPortions = groupBy(
    release.fnddsPortions.filter((row) => row.subcode === ''),
    (row) => row.food_code,
  );
  const sr = release.srFoods
    .filter((row) => !LEFT_OUT_SR_GROUPS.has(row.food_group))
    .map(
      (row): UsdaRecord => ({
        ref: `sr28:${row.ndb_no}`,
        description: row.description,
        group: row.food_group,
        additional: null,
        per100g: per100g(row),
        portions: (srPortions.get(row.ndb_no) ?? [])
          .sort((a, b) => a.seq - b.seq)
          .filter((portion) => portion.grams > 0 && portion.amount > 0)
          .map(({ amount, unit, grams }) => ({ amount, unit, grams })),
      }),
    );
  const fndds = release.fnddsFoods
    .filter(
      (row) =>
        !LEFT_OUT_FNDDS_CATEGORY_PREFIXES.some((prefix) => row.wweia_category.startsWith(prefix)) &&
        !row.description.toLowerCase().includes('as ingredient'),
    )
    .map(
      (row): UsdaRecord => ({
        ref: `fndds:${row.food_code}`,
        description: row.description,
        group: row.wweia_category,
        additional: row.additional_description === '' ? null : row.additional_description,
        per100g: per100g(row),
        portions: (fnddsPortions.get(row.food_code) ?? [])
          .sort((a, b) => a.seq - b.seq)
          .flatMap((portion) => fnddsPortion(portion.portion_description, portion.grams) ?? []),
      }),
    );
  return [...sr, ...fndds];
}
