import type { MealItem } from '@fitiq/contract';
import { foodCatalog } from '@fitiq/nutrition';
import { describe, expect, it } from 'vitest';
import { portionsToRemember } from '../portions/portions-to-remember.js';
import { applyItemEdits } from './item-edits.js';

const catalog = foodCatalog();
const [banana] = catalog.search('banana', 1);
if (!banana) throw new Error('no banana in the table');
const priced = (quantity: number, unit: string) => {
  const result = catalog.itemFor(banana.id, { quantity, unit });
  if (!result.ok) throw new Error(`the table cannot price ${quantity} ${unit}`);
  return result.item;
};
const parsed = (id: string, assumed: MealItem['assumed']): MealItem => ({
  ...priced(1, banana.default_unit),
  id,
  assumed,
  source: 'parser',
});

describe('applying an edit to a meal’s items', () => {
  const before = [parsed('a', ['quantity']), parsed('b', [])];

  it('keeps an item sent back unchanged exactly as it was, by measure or by its grams', () => {
    const [a, b] = before as [MealItem, MealItem];
    const result = applyItemEdits(
      before,
      [
        { id: 'a', food_id: banana.id, quantity: a.quantity, unit: a.unit },
        { id: 'b', food_id: banana.id, grams: b.grams },
      ],
      catalog,
    );
    expect(result).toEqual({ ok: true, items: before, amountsSet: [] });
  });

  it('a changed amount is the user’s, priced by the table, and reported as an amount set on the same food', () => {
    const result = applyItemEdits(
      before,
      [{ id: 'a', food_id: banana.id, quantity: 2, unit: banana.default_unit }],
      catalog,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.items).toEqual([
      { ...priced(2, banana.default_unit), id: 'a', assumed: [], source: 'user' },
    ]);
    expect(result.amountsSet).toEqual([{ item: result.items[0], before: before[0] }]);
  });

  it('names every refusal with its path', () => {
    const result = applyItemEdits(
      before,
      [
        { id: 'zz', food_id: banana.id, grams: 10 },
        { food_id: 'no-such-food', grams: 10 },
        { food_id: banana.id, quantity: 1, unit: 'bucket' },
        { name: '  ', calories: 1, protein_g: 0, carbs_g: 0, fat_g: 0 },
      ],
      catalog,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      '/body/items/0/id',
      '/body/items/1/food_id',
      '/body/items/2/unit',
      '/body/items/3/name',
    ]);
  });
});

describe('which set amounts become remembered portions', () => {
  const set = (before: MealItem) => ({
    item: { ...priced(3, banana.default_unit), id: before.id, assumed: [], source: 'user' as const },
    before,
  });

  it('an amount the parser assumed, or one a remembered portion filled', () => {
    const remembered = portionsToRemember(
      'u1',
      [set(parsed('a', ['quantity'])), set({ ...parsed('b', []), source: 'memory' })],
      [],
      'now',
    );
    expect(remembered.map((p) => [p.foodId, p.quantity, p.unit])).toEqual([
      [banana.id, 3, banana.default_unit],
      [banana.id, 3, banana.default_unit],
    ]);
  });

  it('not an amount the text gave, unless the food already has a remembered portion', () => {
    const stated = set(parsed('a', ['size']));
    expect(portionsToRemember('u1', [stated], [], 'now')).toEqual([]);
    const kept = {
      userId: 'u1',
      foodId: banana.id,
      name: banana.name,
      quantity: 2,
      unit: 'g',
      grams: 2,
      updatedAt: 'then',
    };
    expect(portionsToRemember('u1', [stated], [kept], 'now')).toHaveLength(1);
  });
});
