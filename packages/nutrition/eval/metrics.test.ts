import { describe, expect, it } from 'vitest';
import {
  absolutePercentageError,
  falseRefusals,
  kcalTolerance,
  matchItems,
  median,
  nonFoodDetection,
  type ParseOutcome,
  precisionRecall,
  totalKcal,
  withinTolerance,
} from './metrics.js';

const parsed = (...items: [string | null, number][]): ParseOutcome => ({
  ok: true,
  items: items.map(([food_id, calories]) => ({ food_id, calories })),
});
const refused = (code = 'no_food_found'): ParseOutcome => ({ ok: false, code });

describe('matchItems', () => {
  it('matches the same foods in any order', () => {
    const match = matchItems(['egg-fried', 'toast'], ['toast', 'egg-fried']);
    expect(match).toEqual({ matched: 2, expected: 2, parsed: 2, missing: [], extra: [] });
  });

  it('counts a food listed twice in a phrase once per occurrence', () => {
    const match = matchItems(['egg-fried', 'egg-fried', 'toast'], ['egg-fried', 'toast']);
    expect(match.matched).toBe(2);
    expect(match.missing).toEqual(['egg-fried']);
    expect(match.extra).toEqual([]);
  });

  it('does not let one expected food absorb two parsed copies of it', () => {
    const match = matchItems(['banana'], ['banana', 'banana']);
    expect(match.matched).toBe(1);
    expect(match.extra).toEqual(['banana']);
  });

  it('treats items outside the database (no food id) as extra, never as a match', () => {
    const match = matchItems(['apple'], [null, 'apple']);
    expect(match).toMatchObject({ matched: 1, extra: [null], missing: [] });
  });

  it('handles empty lists on either side', () => {
    expect(matchItems([], [])).toEqual({ matched: 0, expected: 0, parsed: 0, missing: [], extra: [] });
    expect(matchItems(['apple'], [])).toMatchObject({ matched: 0, missing: ['apple'] });
    expect(matchItems([], ['apple'])).toMatchObject({ matched: 0, extra: ['apple'] });
  });
});

describe('precisionRecall', () => {
  it('pools matched, parsed and expected counts over phrases', () => {
    const result = precisionRecall([
      matchItems(['egg', 'toast'], ['egg', 'toast', 'butter']),
      matchItems(['apple'], []),
    ]);
    expect(result).toMatchObject({ matched: 2, parsed: 3, expected: 3 });
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
  });

  it('reports no precision rather than 0 % or 100 % when nothing was parsed', () => {
    expect(precisionRecall([matchItems(['apple'], [])])).toMatchObject({ precision: null, recall: 0 });
    expect(precisionRecall([])).toMatchObject({ precision: null, recall: null });
  });
});

describe('kcal tolerance', () => {
  it('allows 40 kcal for meals under 200 kcal and 20 % from 200 kcal up', () => {
    expect(kcalTolerance(90)).toBe(40);
    expect(kcalTolerance(199)).toBe(40);
    expect(kcalTolerance(200)).toBe(40);
    expect(kcalTolerance(500)).toBe(100);
  });

  it('accepts a small meal 40 kcal off but not 41', () => {
    expect(withinTolerance(100, 140)).toBe(true);
    expect(withinTolerance(100, 60)).toBe(true);
    expect(withinTolerance(100, 141)).toBe(false);
  });

  it('accepts a large meal 20 % off in either direction but not more', () => {
    expect(withinTolerance(600, 720)).toBe(true);
    expect(withinTolerance(600, 480)).toBe(true);
    expect(withinTolerance(600, 721)).toBe(false);
    expect(withinTolerance(600, 0)).toBe(false);
  });
});

describe('absolutePercentageError and median', () => {
  it('is the absolute error as a fraction of the expected total', () => {
    expect(absolutePercentageError(200, 250)).toBeCloseTo(0.25);
    expect(absolutePercentageError(200, 150)).toBeCloseTo(0.25);
    expect(absolutePercentageError(200, 0)).toBe(1);
  });

  it('refuses an expected total of zero, which has no percentage error', () => {
    expect(() => absolutePercentageError(0, 10)).toThrow(RangeError);
  });

  it('takes the middle value, or the mean of the two middle values, without reordering its input', () => {
    const values = [0.3, 0.1, 0.2];
    expect(median(values)).toBe(0.2);
    expect(values).toEqual([0.3, 0.1, 0.2]);
    expect(median([0.4, 0.1, 0.2, 0.3])).toBeCloseTo(0.25);
    expect(median([0.5])).toBe(0.5);
    expect(median([])).toBeNull();
  });
});

describe('refusals', () => {
  it('adds the calories of every parsed item and counts a refusal as zero', () => {
    expect(totalKcal(parsed(['egg', 90], ['toast', 64.5]))).toBeCloseTo(154.5);
    expect(totalKcal(parsed())).toBe(0);
    expect(totalKcal(refused())).toBe(0);
  });

  it('counts only no_food_found refusals as detected non-food', () => {
    const detection = nonFoodDetection([
      refused(),
      refused('processing_error'),
      parsed(['egg', 90]),
      parsed(),
    ]);
    expect(detection).toEqual({ count: 1, total: 4, rate: 0.25 });
    expect(nonFoodDetection([])).toEqual({ count: 0, total: 0, rate: null });
  });

  it('counts any refusal of a food phrase as a false refusal', () => {
    expect(falseRefusals([parsed(['egg', 90]), refused(), refused('other')])).toEqual({
      count: 2,
      total: 3,
      rate: 2 / 3,
    });
    expect(falseRefusals([])).toEqual({ count: 0, total: 0, rate: null });
  });
});
