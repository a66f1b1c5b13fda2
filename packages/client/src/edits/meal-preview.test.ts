import { describe, expect, it } from 'vitest';
import { fixtureFood, fixtureItem, fixtureMeal } from '../testing/meal-fixtures.js';
import { addItem, itemEdit, removeItem, replaceItem } from './item-edits.js';
import { LOCAL_ITEM_PREFIX, previewMeal } from './meal-preview.js';

const noFoods = () => undefined;

describe('the preview of an edit (what the store shows until the server answers)', () => {
  it('two slices instead of one: grams and nutrients scale, totals follow, the item is the user’s now', () => {
    const meal = fixtureMeal();
    const preview = previewMeal(
      meal,
      replaceItem(meal, 0, { id: 'i1', food_id: 'toast', quantity: 2, unit: 'slice' }),
      noFoods,
    );
    expect(preview.items[0]).toMatchObject({
      id: 'i1',
      quantity: 2,
      unit: 'slice',
      grams: 60,
      calories: 180,
      source: 'user',
      assumed: [],
    });
    expect(preview.totals).toEqual({ calories: 180, protein_g: 6, carbs_g: 30, fat_g: 2.4 });
    expect(preview.version).toBe(meal.version);
  });

  it('another of the food’s measures, a mass unit, or grams', () => {
    const meal = fixtureMeal();
    const cup = previewMeal(
      meal,
      replaceItem(meal, 0, { id: 'i1', food_id: 'toast', quantity: 0.5, unit: 'cup' }),
      noFoods,
    );
    expect(cup.items[0]).toMatchObject({ grams: 50, calories: 150 });
    const oz = previewMeal(
      meal,
      replaceItem(meal, 0, { id: 'i1', food_id: 'toast', quantity: 2, unit: 'oz' }),
      noFoods,
    );
    expect(oz.items[0]?.grams).toBeCloseTo(56.7, 1);
    const grams = previewMeal(meal, replaceItem(meal, 0, { id: 'i1', food_id: 'toast', grams: 45 }), noFoods);
    expect(grams.items[0]).toMatchObject({ quantity: 45, unit: 'g', grams: 45, calories: 135 });
  });

  it('a food picked from a search: its numbers per 100 g; unchanged items are kept as they were', () => {
    const meal = fixtureMeal();
    const egg = fixtureFood();
    const preview = previewMeal(meal, addItem(meal, { food_id: egg.id, quantity: 2, unit: 'large' }), (id) =>
      id === egg.id ? egg : undefined,
    );
    expect(preview.items[0]).toEqual(meal.items[0]);
    expect(preview.items[1]).toMatchObject({
      food_id: 'egg',
      name: egg.name,
      grams: 100,
      calories: 155,
      source: 'user',
    });
    expect(preview.items[1]?.id.startsWith(LOCAL_ITEM_PREFIX)).toBe(true);
    expect(preview.totals?.calories).toBe(245);
  });

  it('a food never seen here keeps the old numbers until the server answers', () => {
    const meal = fixtureMeal();
    const preview = previewMeal(
      meal,
      replaceItem(meal, 0, { id: 'i1', food_id: 'unknown', quantity: 1, unit: 'cup' }),
      noFoods,
    );
    expect(preview.items[0]?.calories).toBe(90);
  });

  it('a custom item is taken as given; removing an item drops its calories', () => {
    const meal = fixtureMeal({
      items: [
        fixtureItem(),
        fixtureItem({ id: 'i2', name: 'butter', food_id: 'butter', calories: 36, grams: 5 }),
      ],
      totals: { calories: 126, protein_g: 6, carbs_g: 30, fat_g: 2.4 },
    });
    const custom = previewMeal(
      meal,
      addItem(meal, { name: 'grandma’s cake', calories: 300, protein_g: 4, carbs_g: 40, fat_g: 12 }),
      noFoods,
    );
    expect(custom.items[2]).toMatchObject({ food_id: null, name: 'grandma’s cake', calories: 300 });
    expect(custom.totals?.calories).toBe(426);
    expect(previewMeal(meal, removeItem(meal, 1), noFoods).totals?.calories).toBe(90);
  });

  it('a new text means processing again; items given to a failed meal complete it', () => {
    const meal = fixtureMeal();
    expect(previewMeal(meal, { raw_input: 'two slices of toast' }, noFoods)).toMatchObject({
      raw_input: 'two slices of toast',
      status: 'processing',
      items: [],
      totals: null,
    });
    const failed = fixtureMeal({
      status: 'failed',
      items: [],
      totals: null,
      error: { code: 'no_food_found', message: 'x' },
    });
    const fixed = previewMeal(
      failed,
      { items: [{ name: 'soup', calories: 120, protein_g: 5, carbs_g: 10, fat_g: 4 }] },
      noFoods,
    );
    expect(fixed).toMatchObject({ status: 'completed', error: null, totals: { calories: 120 } });
  });

  it('meal type and time change alone', () => {
    const preview = previewMeal(
      fixtureMeal(),
      { meal_type: 'lunch', logged_at: '2025-01-27T13:00:00+01:00' },
      noFoods,
    );
    expect(preview).toMatchObject({
      meal_type: 'lunch',
      logged_at: '2025-01-27T12:00:00.000Z',
      status: 'completed',
    });
  });
});

describe('items as a PATCH restates them', () => {
  it('a food in one of its units by quantity, otherwise in grams; a custom item by its numbers', () => {
    expect(itemEdit(fixtureItem())).toEqual({ id: 'i1', food_id: 'toast', quantity: 1, unit: 'slice' });
    expect(itemEdit(fixtureItem({ unit: 'serving' }))).toEqual({ id: 'i1', food_id: 'toast', grams: 30 });
    expect(itemEdit(fixtureItem({ unit: 'oz', quantity: 1 }))).toMatchObject({ unit: 'oz' });
    expect(itemEdit(fixtureItem({ unit: 'g', quantity: 150, grams: 150 }))).toEqual({
      id: 'i1',
      food_id: 'toast',
      grams: 150,
    });
    expect(itemEdit(fixtureItem({ food_id: null, name: 'cake', grams: 0, calories: 300 }))).toEqual({
      id: 'i1',
      name: 'cake',
      calories: 300,
      protein_g: 3,
      carbs_g: 15,
      fat_g: 1.2,
    });
  });

  it('an item added on this device goes without its local id (the server gives it one)', () => {
    expect(itemEdit(fixtureItem({ id: `${LOCAL_ITEM_PREFIX}x` }))).toEqual({
      food_id: 'toast',
      quantity: 1,
      unit: 'slice',
    });
  });
});
