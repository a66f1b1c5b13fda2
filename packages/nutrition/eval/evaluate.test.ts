import { describe, expect, it } from 'vitest';
import { evaluate, type PhraseResult } from './evaluate.js';
import type { ParseOutcome } from './metrics.js';
import type { EvalPhrase } from './phrase.js';

const food = (text: string, items: [string, number][]): EvalPhrase => ({
  text,
  kind: 'breakfast',
  covers: [],
  items: items.map(([id, kcal]) => ({ food: id, grams: 100, kcal })),
  total_kcal: items.reduce((sum, [, kcal]) => sum + kcal, 0),
  working: 'test',
});
const nonFood = (text: string): EvalPhrase => ({
  text,
  kind: 'non_food',
  covers: ['non_food'],
  items: [],
  total_kcal: 0,
  nonFood: true,
  working: 'names no food',
});
const parsed = (...items: [string | null, number][]): ParseOutcome => ({
  ok: true,
  items: items.map(([food_id, calories]) => ({ food_id, calories })),
});
const refused: ParseOutcome = { ok: false, code: 'no_food_found' };

describe('evaluate', () => {
  it('a perfect parser meets every target and has no misses', () => {
    const results: PhraseResult[] = [
      {
        phrase: food('2 eggs and toast', [
          ['egg', 180],
          ['toast', 64],
        ]),
        outcome: parsed(['toast', 64], ['egg', 180]),
      },
      { phrase: nonFood('hello'), outcome: refused },
    ];
    const report = evaluate(results);
    expect(report.phrases).toEqual({ total: 2, food: 1, nonFood: 1 });
    expect(report.items).toMatchObject({ precision: 1, recall: 1 });
    expect(report.medianApe).toBe(0);
    expect(report.targets.every((t) => t.met)).toBe(true);
    expect(report.misses).toEqual([]);
  });

  it('lists a wrong total, a refused food phrase and an accepted non-food phrase as misses', () => {
    const report = evaluate([
      { phrase: food('a big steak', [['steak', 600]]), outcome: parsed(['steak', 300]) },
      { phrase: food('an apple', [['apple', 95]]), outcome: refused },
      { phrase: nonFood('ran 5k'), outcome: parsed([null, 50]) },
    ]);
    expect(report.misses.map((m) => m.text)).toEqual(['a big steak', 'an apple', 'ran 5k']);
    expect(report.misses[1]).toMatchObject({
      gotKcal: null,
      refusedWith: 'no_food_found',
      missing: ['apple'],
    });
    expect(report.misses[2]).toMatchObject({ nonFood: true, gotKcal: 50, extra: [null] });
    expect(report.withinTolerance).toEqual({ count: 0, total: 2, rate: 0 });
    expect(report.medianApe).toBeCloseTo(0.75);
    expect(report.foodRefused.count).toBe(1);
    expect(report.targets.filter((t) => !t.met).map((t) => t.name)).toEqual([
      'kcal within tolerance',
      'median APE',
      'non-food refused',
      'food phrases refused',
    ]);
  });

  it('counts a phrase with the right total but a wrong item as a miss', () => {
    const report = evaluate([{ phrase: food('toast', [['toast', 64]]), outcome: parsed(['bread', 64]) }]);
    expect(report.withinTolerance.rate).toBe(1);
    expect(report.misses[0]).toMatchObject({ missing: ['toast'], extra: ['bread'] });
  });
});
