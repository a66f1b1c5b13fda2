import type { MealItem } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { assumedHint } from './item-hint.js';

const item = (over: Partial<MealItem>): MealItem => ({
  id: 'i1',
  food_id: 'apple',
  name: 'apple',
  quantity: 1,
  unit: 'medium',
  grams: 182,
  calories: 95,
  protein_g: 0.5,
  carbs_g: 25,
  fat_g: 0.3,
  measures: [],
  assumed: [],
  source: 'parser',
  ...over,
});

describe('the hint of what was assumed', () => {
  it('an amount the parser supplied reads "1 medium, assumed"', () => {
    expect(assumedHint(item({ assumed: ['size'] }))).toBe('1 medium, assumed');
    expect(assumedHint(item({ assumed: ['quantity'], quantity: 2, unit: 'cup' }))).toBe('2 cup, assumed');
  });

  it('only the preparation assumed', () => {
    expect(assumedHint(item({ assumed: ['form'] }))).toBe('preparation assumed');
  });

  it('nothing when the text said it all, or the person set the amount', () => {
    expect(assumedHint(item({}))).toBeNull();
    expect(assumedHint(item({ assumed: ['quantity'], source: 'user' }))).toBeNull();
  });

  it('a remembered portion says so', () => {
    expect(assumedHint(item({ source: 'memory', quantity: 2, unit: 'slice' }))).toBe(
      '2 slice, your usual portion',
    );
  });
});
