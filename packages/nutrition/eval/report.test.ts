import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import type { GeneratedPhrase } from './expected-values.js';
import { formatMisses, formatSummary } from './report.js';

const apple: GeneratedPhrase = {
  text: 'an apple',
  class: 'simple',
  items: [
    {
      record: 'sr28:09003',
      alternatives: [],
      twins: [],
      amount: { portion: '1 medium (3" dia)' },
      description: 'Apples, raw, with skin',
      measure: '1 medium (3" dia) (182 g)',
      grams: 182,
      kcal: 94.6,
      protein_g: 0.5,
      carbs_g: 25.1,
      fat_g: 0.3,
    },
  ],
  total: { grams: 182, kcal: 94.6, protein_g: 0.5, carbs_g: 25.1, fat_g: 0.3 },
};
const hello: GeneratedPhrase = {
  text: 'hello',
  class: 'non_food',
  items: [],
  total: { grams: 0, kcal: 0, protein_g: 0, carbs_g: 0, fat_g: 0 },
};

describe('report', () => {
  it('prints per-class figures, every target with whether it was met, and that records are not reported', () => {
    const report = evaluate([
      { phrase: apple, outcome: { ok: true, items: [{ calories: 200, carbs_g: 50 }] } },
      { phrase: hello, outcome: { ok: false, code: 'no_food_found' } },
    ]);
    const summary = formatSummary(report);
    expect(summary).toContain('phrases: 2 (1 food, 1 non-food)');
    expect(summary).toContain('records: not reported by parser');
    expect(summary).toMatch(
      /simple\s+1\s+0\.0% \(0\/1\)\s+0\.0% \(0\/1\)\s+0\s+0\s+not reported\s+not reported/,
    );
    expect(summary).toMatch(/non_food\s+1\s+refused 100\.0% \(1\/1\)/);
    expect(summary).toMatch(/food phrases within tolerance\s+0\.0%\s+>= 95%\s+MISSED/);
    expect(summary).toMatch(/non-food refused\s+100\.0%\s+>= 97%\s+met/);
    expect(summary).toMatch(/item precision\s+records: not reported by parser\s+>= 97%\s+MISSED/);
  });

  it('lists each miss with its class, expected and got kcal and carbs, the error in percent, and what was parsed', () => {
    const report = evaluate([
      { phrase: apple, outcome: { ok: true, items: [{ name: 'Pear', calories: 200, carbs_g: 50 }] } },
      { phrase: hello, outcome: { ok: true, items: [{ name: 'Mint', calories: 10, carbs_g: 2 }] } },
    ]);
    const text = formatMisses(report.misses);
    expect(text).toContain(
      '[simple] "an apple": expected 95 kcal, 25 g carbs, got 200 kcal (+111%), 50 g carbs; parsed Pear',
    );
    expect(text).toContain(
      '[non_food] "hello": expected 0 kcal, 0 g carbs, got 10 kcal, 2 g carbs; parsed Mint',
    );
  });

  it('says so when nothing was missed', () => {
    expect(formatMisses([])).toBe('No misses.');
  });
});
