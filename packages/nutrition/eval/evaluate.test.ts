import { describe, expect, it } from 'vitest';
import { evaluate, type PhraseResult } from './evaluate.js';
import type { GeneratedItem, GeneratedPhrase } from './expected-values.js';
import type { ParsedItemLike, ParseOutcome } from './metrics.js';
import type { EvalClass, RecordRef } from './phrase.js';

const item = (record: RecordRef, kcal: number, carbs_g = 0): GeneratedItem => ({
  record,
  alternatives: [],
  twins: [],
  amount: { grams: 100 },
  description: record,
  measure: '100 g',
  grams: 100,
  kcal,
  protein_g: 0,
  carbs_g,
  fat_g: 0,
});
const phrase = (text: string, cls: EvalClass, items: GeneratedItem[]): GeneratedPhrase => ({
  text,
  class: cls,
  items,
  total: {
    grams: 100 * items.length,
    kcal: items.reduce((t, i) => t + i.kcal, 0),
    protein_g: 0,
    carbs_g: items.reduce((t, i) => t + i.carbs_g, 0),
    fat_g: 0,
  },
});
const parsed = (...items: ParsedItemLike[]): ParseOutcome => ({ ok: true, items });
const sr = (id: string) => ({ database: 'usda_sr28' as const, id });
const refused: ParseOutcome = { ok: false, code: 'no_food_found' };

describe('evaluate', () => {
  it('a perfect parser that reports records meets every target and has no misses', () => {
    const results: PhraseResult[] = [
      {
        phrase: phrase('2 eggs and toast', 'simple', [item('sr28:01123', 143), item('sr28:18075', 81, 14)]),
        outcome: parsed(
          { calories: 81, carbs_g: 14, record: sr('18075') },
          { calories: 143, carbs_g: 0, record: sr('01123') },
        ),
      },
      {
        phrase: phrase('For lunch I had toast.', 'sentence', [item('sr28:18075', 81, 14)]),
        outcome: parsed({ calories: 81, carbs_g: 14, record: sr('18075') }),
      },
      { phrase: phrase('skipped lunch', 'non_food', []), outcome: refused },
    ];
    const report = evaluate(results);
    expect(report.phrases).toEqual({ total: 3, food: 2, nonFood: 1 });
    expect(report.recordsReported).toBe(true);
    expect(report.overall.items).toMatchObject({ precision: 1, recall: 1 });
    expect(report.targets.filter((t) => !t.met)).toEqual([]);
    expect(report.misses).toEqual([]);
  });

  it('scores each class on its own', () => {
    const report = evaluate([
      {
        phrase: phrase('a banana', 'simple', [item('sr28:09040', 105)]),
        outcome: parsed({ calories: 105, carbs_g: 0 }),
      },
      { phrase: phrase('huevos', 'spanish', [item('sr28:01123', 143)]), outcome: refused },
    ]);
    const simple = report.classes.find((c) => c.class === 'simple');
    const spanish = report.classes.find((c) => c.class === 'spanish');
    expect(simple).toMatchObject({
      phrases: 1,
      withinTolerance: { count: 1, total: 1 },
      refused: { count: 0 },
    });
    expect(spanish).toMatchObject({
      phrases: 1,
      withinTolerance: { count: 0, total: 1 },
      refused: { count: 1 },
    });
    expect(report.overall.withinTolerance).toEqual({ count: 1, total: 2, rate: 0.5 });
  });

  it('says records are not reported, and misses the item targets, while no parsed item has a record field', () => {
    const report = evaluate([
      {
        phrase: phrase('an apple', 'simple', [item('sr28:09003', 95)]),
        outcome: parsed({ calories: 95, carbs_g: 0 }),
      },
    ]);
    expect(report.recordsReported).toBe(false);
    expect(report.overall.items).toBeNull();
    const precision = report.targets.find((t) => t.name === 'item precision');
    expect(precision).toMatchObject({ value: null, met: false, note: 'records: not reported by parser' });
    expect(report.misses).toEqual([]);
  });

  it('counts a sentence with the right kcal but carbs off by more than 7.5 g as a miss', () => {
    const report = evaluate([
      {
        phrase: phrase('For breakfast I had oatmeal.', 'sentence', [item('sr28:08120', 150, 27)]),
        outcome: parsed({ calories: 150, carbs_g: 40 }),
      },
    ]);
    expect(report.classes.find((c) => c.class === 'sentence')).toMatchObject({
      withinTolerance: { rate: 1 },
      carbsWithin: { rate: 0 },
    });
    expect(report.misses.map((m) => m.text)).toEqual(['For breakfast I had oatmeal.']);
  });

  it('lists a refused food phrase, an implausible total and an accepted non-food text as misses', () => {
    const report = evaluate([
      {
        phrase: phrase('100% apple juice box', 'number_not_amount', [item('fndds:64104010', 96)]),
        outcome: parsed({ calories: 11_835, carbs_g: 2900, name: 'Apple juice' }),
      },
      { phrase: phrase('an apple', 'simple', [item('sr28:09003', 95)]), outcome: refused },
      {
        phrase: phrase('30 min on the treadmill', 'non_food', []),
        outcome: parsed({ calories: 50, carbs_g: 0, name: 'Mint' }),
      },
    ]);
    expect(report.misses.map((m) => m.text)).toEqual([
      '100% apple juice box',
      'an apple',
      '30 min on the treadmill',
    ]);
    expect(report.misses[0]).toMatchObject({ implausible: true, parsedNames: ['Apple juice'] });
    expect(report.misses[1]).toMatchObject({ gotKcal: null, refusedWith: 'no_food_found' });
    expect(report.overall.implausible.count).toBe(1);
    expect(report.nonFoodRefused).toEqual({ count: 0, total: 1, rate: 0 });
    expect(report.targets.filter((t) => !t.met).map((t) => t.name)).toEqual([
      'food phrases within tolerance',
      'sentences within tolerance',
      'sentences carbs within 7.5 g',
      'non-food refused',
      'food phrases refused',
      'item precision',
      'item recall',
      'implausible totals',
    ]);
  });

  it('scores a dish named with its parts by whichever reading fits: the parts once, or the dish alone', () => {
    const dish = phrase(
      'grilled cheese made with 2 slices of bread and 2 slices of cheese',
      'dish_with_parts',
      [item('sr28:18069', 150, 28), item('sr28:01042', 160, 1)],
    );
    const withDish = {
      ...dish,
      otherReadings: [
        { items: [item('fndds:14640100', 380, 33)], total: { ...dish.total, kcal: 380, carbs_g: 33 } },
      ],
    };
    const parts = parsed(
      { calories: 150, carbs_g: 28, record: sr('18069') },
      { calories: 160, carbs_g: 1, record: sr('01042') },
    );
    const dishAlone = parsed({
      calories: 380,
      carbs_g: 33,
      record: { database: 'usda_fndds_2017_2018', id: '14640100' },
    });
    const both = parsed(
      { calories: 380, carbs_g: 33, record: { database: 'usda_fndds_2017_2018', id: '14640100' } },
      { calories: 150, carbs_g: 28, record: sr('18069') },
      { calories: 160, carbs_g: 1, record: sr('01042') },
    );
    const report = evaluate([
      { phrase: withDish, outcome: parts },
      { phrase: { ...withDish, text: 'the same, read as the dish' }, outcome: dishAlone },
      { phrase: { ...withDish, text: 'the same, counted twice' }, outcome: both },
    ]);
    expect(report.misses.map((m) => m.text)).toEqual(['the same, counted twice']);
    expect(report.overall.items).toMatchObject({ matched: 5, parsed: 6 });
  });

  it('lists missing and extra records once records are reported', () => {
    const report = evaluate([
      {
        phrase: phrase('toast', 'simple', [item('sr28:18075', 81)]),
        outcome: parsed({ calories: 81, carbs_g: 0, record: sr('18069') }),
      },
    ]);
    expect(report.misses[0]).toMatchObject({ missing: ['sr28:18075'], extra: ['sr28:18069'] });
  });
});
