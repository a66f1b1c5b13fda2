import type { Goals } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { changedGoals, formatGoals, formatGoalsInline } from './goals-options.js';

const stored: Goals = { calories: 2000, protein_g: 120, carbs_g: null, fat_g: 70 };

describe('fitiq goals options', () => {
  it('no option: nothing to change, the goals are only shown', () => {
    expect(changedGoals(stored, {})).toBeNull();
  });

  it('the goals named change and the others stay (PUT replaces all four)', () => {
    expect(changedGoals(stored, { protein: '150', carbs: '212.5' })).toEqual({
      calories: 2000,
      protein_g: 150,
      carbs_g: 212.5,
      fat_g: 70,
    });
  });

  it('"none" (or off, clear) takes one goal away; --clear takes all, then sets those given', () => {
    expect(changedGoals(stored, { fat: 'None' })).toEqual({ ...stored, fat_g: null });
    expect(changedGoals(stored, { clear: true })).toEqual({
      calories: null,
      protein_g: null,
      carbs_g: null,
      fat_g: null,
    });
    expect(changedGoals(stored, { clear: true, calories: '1800' })).toEqual({
      calories: 1800,
      protein_g: null,
      carbs_g: null,
      fat_g: null,
    });
  });

  it.each(['0', '-5', 'lots', '', 'Infinity'])('%j is refused before anything is sent', (value) => {
    expect(() => changedGoals(stored, { calories: value })).toThrow(
      `--calories must be a positive number, or "none" to clear it; not "${value}"`,
    );
  });

  it('shows each goal with its unit, or that it is not set', () => {
    expect(formatGoals(stored)).toBe(
      'calories  2000 kcal\nprotein   120 g\ncarbs     not set\nfat       70 g',
    );
  });

  it('on one line, as `fitiq watch` shows a change', () => {
    expect(formatGoalsInline(stored)).toBe('calories 2000 kcal, protein 120 g, carbs not set, fat 70 g');
  });
});
