/**
 * Checks the merged food database as a whole. Each test collects every offending entry, so one
 * run lists all that needs fixing instead of stopping at the first.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FOODS, buildFoodDatabase } from './database.js';
import type { Food } from './food.js';
import { nameKey } from './name-index.js';

/** Atwater factors; fibre is counted in carbohydrate and adds little energy. */
const atwaterKcal = (food: Food) =>
  4 * food.per100g.protein_g + 4 * food.per100g.carbs_g + 9 * food.per100g.fat_g;

function macroMismatch(food: Food): string | null {
  if (food.category === 'alcohol') return null;
  const computed = atwaterKcal(food);
  const stated = food.per100g.kcal;
  // USDA uses food-specific factors, so allow 20 % (or 15 kcal for near-zero foods like coffee).
  return Math.abs(computed - stated) <= Math.max(15, 0.2 * stated)
    ? null
    : `${food.id}: ${stated} kcal but macros give ${computed.toFixed(0)}`;
}

describe('the food database', () => {
  it('holds at least 500 foods', () => {
    expect(ALL_FOODS.length).toBeGreaterThanOrEqual(500);
  });

  it('has no duplicate ids', () => {
    const seen = new Set<string>();
    const duplicates = ALL_FOODS.filter((food) => seen.has(food.id) || !seen.add(food.id)).map(
      (food) => food.id,
    );
    expect(duplicates).toEqual([]);
  });

  it('shares a name between entries only when they are preparations of one food with one default form', () => {
    const byName = new Map<string, Food[]>();
    for (const food of ALL_FOODS) {
      for (const key of new Set(food.names.map(nameKey))) byName.set(key, [...(byName.get(key) ?? []), food]);
    }
    const problems: string[] = [];
    for (const [name, foods] of byName) {
      if (foods.length < 2) continue;
      const defaults = foods.filter((food) => food.isDefaultForm).length;
      const unprepared = foods.filter((food) => food.preparations.length === 0);
      if (defaults !== 1 || unprepared.length > 0) {
        problems.push(`"${name}": ${foods.map((f) => f.id).join(', ')} (${defaults} default forms)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has macros consistent with energy within a sane band (alcohol excepted)', () => {
    expect(ALL_FOODS.map(macroMismatch).filter((problem) => problem !== null)).toEqual([]);
  });

  it('lists every default portion among the portions, with positive grams', () => {
    const problems = ALL_FOODS.filter(
      (food) =>
        !food.portions.some((p) => p.unit === food.defaultPortion) ||
        food.portions.some((p) => !(p.grams > 0)),
    ).map((food) => food.id);
    expect(problems).toEqual([]);
  });

  it('has plausible nutrient values: non-negative, sugars and fibre within carbohydrate', () => {
    const problems = ALL_FOODS.filter((food) => {
      const n = food.per100g;
      const values = [n.kcal, n.protein_g, n.carbs_g, n.fat_g, n.fiber_g, n.sugars_g, n.sodium_mg];
      return (
        values.some((v) => !(v >= 0)) ||
        n.sugars_g > n.carbs_g + 0.5 ||
        n.protein_g + n.carbs_g + n.fat_g > 101
      );
    }).map((food) => food.id);
    expect(problems).toEqual([]);
  });

  it('writes names in lower case, each entry with at least one', () => {
    const problems = ALL_FOODS.filter(
      (food) => food.names.length === 0 || food.names.some((n) => n !== n.toLowerCase()),
    );
    expect(problems.map((food) => food.id)).toEqual([]);
  });

  it('finds a food by id and by any of its names', () => {
    const database = buildFoodDatabase(ALL_FOODS);
    const first = ALL_FOODS[0] as Food;
    expect(database.byId(first.id)).toBe(first);
    const misses = ALL_FOODS.filter(
      (food) => !food.names.every((n) => database.names.lookup(nameKey(n))?.includes(food)),
    );
    expect(misses.map((food) => food.id)).toEqual([]);
  });
});
