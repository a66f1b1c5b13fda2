/**
 * Checks the food table as a whole: the curated layer against its records, and the indexes the
 * parser uses. Each test collects every offending entry, so one run lists all that needs fixing.
 */
import { describe, expect, it } from 'vitest';
import { CURATED_FOODS } from './curated/index.js';
import { foodDatabase } from './database.js';
import type { Food } from './food.js';
import { nameKey } from './name-index.js';

const database = foodDatabase();
const curated = database.foods.filter((food) => food.curated);

describe('the food table', () => {
  it('holds at least 2,000 foods, every curated one among them', () => {
    expect(database.foods.length).toBeGreaterThanOrEqual(2000);
    expect(curated.map((food) => food.id)).toEqual(CURATED_FOODS.map((food) => food.id));
  });

  it('has no duplicate ids', () => {
    const seen = new Set<string>();
    const duplicates = database.foods.filter((food) => seen.has(food.id) || !seen.add(food.id));
    expect(duplicates.map((food) => food.id)).toEqual([]);
  });

  it('shares a name between entries only when they are preparations of one food with one default form', () => {
    const byName = new Map<string, Food[]>();
    for (const food of curated) {
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

  it('lists every default unit among the measures, each measure with positive grams and one unit', () => {
    const problems = database.foods.filter(
      (food) =>
        (food.portions.length > 0 && !food.portions.some((p) => p.unit === food.defaultPortion)) ||
        food.portions.some((p) => !(p.grams > 0)) ||
        new Set(food.portions.map((p) => p.unit)).size !== food.portions.length,
    );
    expect(problems.map((food) => food.id)).toEqual([]);
  });

  it('writes curated names in lower case, each curated food with at least one', () => {
    const problems = curated.filter(
      (food) => food.names.length === 0 || food.names.some((n) => n !== n.toLowerCase()),
    );
    expect(problems.map((food) => food.id)).toEqual([]);
  });

  it('finds a curated food by id and by any of its names; records no curated food names only by id', () => {
    const misses = curated.filter(
      (food) => !food.names.every((n) => database.names.lookup(nameKey(n))?.includes(food)),
    );
    expect(misses.map((food) => food.id)).toEqual([]);
    const record = database.foods.find((food) => !food.curated) as Food;
    expect(database.byId(record.id)).toBe(record);
    expect(database.names.lookup(nameKey(record.name))?.includes(record) ?? false).toBe(false);
  });
});
