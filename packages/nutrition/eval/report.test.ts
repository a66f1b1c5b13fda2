import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import type { EvalPhrase } from './phrase.js';
import { formatMisses, formatSummary } from './report.js';

const phrase: EvalPhrase = {
  text: 'an apple',
  kind: 'snack',
  covers: [],
  items: [{ food: 'apple', grams: 182, kcal: 95 }],
  total_kcal: 95,
  working: 'test',
};
const nonFood: EvalPhrase = {
  text: 'hello',
  kind: 'non_food',
  covers: ['non_food'],
  items: [],
  total_kcal: 0,
  nonFood: true,
  working: 'names no food',
};

describe('report', () => {
  it('prints every figure with its target and whether it was met', () => {
    const report = evaluate([
      { phrase, outcome: { ok: true, items: [{ food_id: 'apple', calories: 200 }] } },
      { phrase: nonFood, outcome: { ok: false, code: 'no_food_found' } },
    ]);
    const summary = formatSummary(report);
    expect(summary).toContain('2 (1 food, 1 non-food)');
    expect(summary).toMatch(/kcal within tolerance\s+0\.0% \(0\/1\)\s+>= 90%\s+MISSED/);
    expect(summary).toMatch(/non-food refused\s+100\.0% \(1\/1\)\s+>= 95%\s+met/);
  });

  it('lists each miss with expected and got kcal, the error in percent, and missing or extra items', () => {
    const report = evaluate([
      { phrase, outcome: { ok: true, items: [{ food_id: 'pear', calories: 200 }] } },
      { phrase: nonFood, outcome: { ok: true, items: [{ food_id: null, calories: 10 }] } },
    ]);
    const text = formatMisses(report.misses);
    expect(text).toContain('"an apple": expected 95 kcal, got 200 kcal (+111%); missing apple; extra pear');
    expect(text).toContain('"hello": expected 0 kcal, got 10 kcal; extra (not in database)');
  });

  it('says so when nothing was missed', () => {
    expect(formatMisses([])).toBe('No misses.');
  });
});
