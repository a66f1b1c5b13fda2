/**
 * No number of the food table is typed by hand: the committed table must be exactly what the
 * import script writes from the USDA release, and every food's values must equal its record's
 * row in the release files. Needs the release (shared/usda beside the repository, or
 * FITIQ_USDA_DIR); without it the test skips loudly, and fails under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildUsdaTable, serializeUsdaTable } from '../../import/run.js';
import { type NutrientColumns, readUsdaRelease } from '../../import/usda-csv.js';
import { foodDatabase } from './database.js';
import { USDA_TABLE_URL } from './usda-table.js';

const releaseDirectory =
  process.env.FITIQ_USDA_DIR ?? fileURLToPath(new URL('../../../../../shared/usda', import.meta.url));
const haveRelease = existsSync(`${releaseDirectory}/sr28-foods.csv`);
if (!haveRelease) {
  const reason = `USDA release not found at ${releaseDirectory} (set FITIQ_USDA_DIR)`;
  if (process.env.CI === 'true') throw new Error(`${reason}: the food table cannot be checked`);
  console.warn(`[skip] food table vs USDA release: ${reason}`);
}

describe.skipIf(!haveRelease)('the food table against the USDA release', () => {
  it('is byte for byte what `npm run foods:import` writes from the release', () => {
    const committed = readFileSync(USDA_TABLE_URL, 'utf8');
    expect(committed === serializeUsdaTable(buildUsdaTable(releaseDirectory))).toBe(true);
  });

  it("gives every food exactly its record's per-100 g values", () => {
    const release = readUsdaRelease(releaseDirectory);
    const rows = new Map<string, NutrientColumns>();
    for (const row of release.srFoods) rows.set(`sr28:${row.ndb_no}`, row);
    for (const row of release.fnddsFoods) rows.set(`fndds:${row.food_code}`, row);
    const differences: string[] = [];
    for (const food of foodDatabase().foods) {
      const row = rows.get(food.record);
      if (row === undefined) {
        differences.push(`${food.id}: no row ${food.record}`);
        continue;
      }
      const expected = {
        kcal: row.kcal,
        protein_g: row.protein_g,
        carbs_g: row.carbs_g,
        fat_g: row.fat_g,
        fiber_g: row.fiber_g ?? 0,
        sugars_g: row.sugars_g ?? 0,
        sodium_mg: row.sodium_mg ?? 0,
      };
      if (JSON.stringify(food.per100g) !== JSON.stringify(expected)) {
        differences.push(`${food.id} (${food.record}): ${JSON.stringify(food.per100g)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
