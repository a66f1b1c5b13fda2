import type { Summary } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { formatTrends } from './trends-table.js';

const day = (date: string, meals: number, calories = 0) => ({
  date,
  meals,
  calories,
  protein_g: meals ? 100 : 0,
  carbs_g: meals ? 200.25 : 0,
  fat_g: meals ? 70 : 0,
});

const summary = (goal: number | null): Summary => ({
  days: [day('2026-03-28', 2, 1800), day('2026-03-29', 0), day('2026-03-30', 3, 2300)],
  averages: { calories: 2050, protein_g: 100, carbs_g: 200.25, fat_g: 70, days_logged: 2 },
  goals: { calories: goal, protein_g: 120, carbs_g: null, fat_g: null },
});

describe('fitiq trends as a table', () => {
  it('a row per day, dashes for a day without meals, the averages over the days logged and the goals', () => {
    expect(formatTrends(summary(2000), 'Europe/Paris')).toBe(
      [
        '2026-03-28 to 2026-03-30 (Europe/Paris): 2 of 3 days logged',
        'date             meals  kcal  of goal  protein g  carbs g  fat g',
        '2026-03-28  Sat      2  1800      90%        100    200.3     70',
        '2026-03-29  Sun      0     -        -          -        -      -',
        '2026-03-30  Mon      3  2300     115%        100    200.3     70',
        'average                 2050     103%        100    200.3     70',
        'goal                    2000                 120        -      -',
        'Averages are over the 2 days with meals.',
      ].join('\n'),
    );
  });

  it('without a calorie goal there is no "of goal" column', () => {
    expect(formatTrends(summary(null), 'UTC')).not.toContain('of goal');
  });

  it('a range with no meals says so instead of averaging zeros', () => {
    const empty: Summary = {
      days: [day('2026-03-29', 0)],
      averages: { calories: 0, protein_g: 0, carbs_g: 0, fat_g: 0, days_logged: 0 },
      goals: { calories: null, protein_g: null, carbs_g: null, fat_g: null },
    };
    const text = formatTrends(empty, 'UTC');
    expect(text).toContain('0 of 1 days logged');
    expect(text).toMatch(/^average\s+-\s+-\s+-\s+-$/m);
    expect(text).toContain('No meals in these days yet.');
  });
});
