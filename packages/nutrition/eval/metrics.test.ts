import { describe, expect, it } from 'vitest';
import {
  carbsWithin,
  implausible,
  kcalTolerance,
  matchItems,
  type ParseOutcome,
  precisionRecall,
  recordKey,
  recordsReported,
  share,
  totalCarbs,
  totalKcal,
  withinTolerance,
} from './metrics.js';

const one = (record: string, ...alternatives: string[]) => ({ record, alternatives });

describe('recordKey', () => {
  it('names SR28 and FNDDS records as phrases do', () => {
    expect(recordKey({ database: 'usda_sr28', id: '01123' })).toBe('sr28:01123');
    expect(recordKey({ database: 'usda_fndds_2017_2018', id: '31101010' })).toBe('fndds:31101010');
    expect(recordKey(null)).toBeNull();
    expect(recordKey(undefined)).toBeNull();
  });
});

describe('recordsReported', () => {
  it('is false until some parsed item carries the record field, even as null', () => {
    const without: ParseOutcome = { ok: true, items: [{ calories: 90, carbs_g: 1 }] };
    const withNull: ParseOutcome = { ok: true, items: [{ calories: 90, carbs_g: 1, record: null }] };
    expect(recordsReported([without, { ok: false, code: 'no_food_found' }])).toBe(false);
    expect(recordsReported([without, withNull])).toBe(true);
  });
});

describe('matchItems', () => {
  it('matches the same records in any order', () => {
    const match = matchItems([one('sr28:01123'), one('sr28:18075')], ['sr28:18075', 'sr28:01123']);
    expect(match).toEqual({ matched: 2, expected: 2, parsed: 2, missing: [], extra: [] });
  });

  it('counts a record listed twice once per occurrence, as multisets', () => {
    const twoEggs = matchItems([one('sr28:01123'), one('sr28:01123')], ['sr28:01123']);
    expect(twoEggs).toMatchObject({ matched: 1, missing: ['sr28:01123'], extra: [] });
    const oneBanana = matchItems([one('sr28:09040')], ['sr28:09040', 'sr28:09040']);
    expect(oneBanana).toMatchObject({ matched: 1, missing: [], extra: ['sr28:09040'] });
  });

  it('accepts an alternative record of an expected item', () => {
    const match = matchItems([one('sr28:01123', 'fndds:31101010')], ['fndds:31101010']);
    expect(match).toMatchObject({ matched: 1, missing: [], extra: [] });
  });

  it('finds the best matching when an alternative could steal a record another item needs', () => {
    // The first item accepts A or B, the second only A: greedy order would match A to the first.
    const match = matchItems([one('sr28:B', 'sr28:A'), one('sr28:A')], ['sr28:A', 'sr28:B']);
    expect(match).toMatchObject({ matched: 2, missing: [], extra: [] });
  });

  it('treats items without a record as extra, never as a match', () => {
    const match = matchItems([one('sr28:09003')], [null, 'sr28:09003']);
    expect(match).toMatchObject({ matched: 1, extra: [null], missing: [] });
  });

  it('handles empty lists on either side', () => {
    expect(matchItems([], [])).toEqual({ matched: 0, expected: 0, parsed: 0, missing: [], extra: [] });
    expect(matchItems([one('sr28:09003')], [])).toMatchObject({ matched: 0, missing: ['sr28:09003'] });
    expect(matchItems([], ['sr28:09003'])).toMatchObject({ matched: 0, extra: ['sr28:09003'] });
  });
});

describe('precisionRecall', () => {
  it('pools matched, parsed and expected counts over phrases', () => {
    const result = precisionRecall([
      matchItems([one('sr28:a'), one('sr28:b')], ['sr28:a', 'sr28:b', 'sr28:c']),
      matchItems([one('sr28:d')], []),
    ]);
    expect(result).toMatchObject({ matched: 2, parsed: 3, expected: 3 });
    expect(result.precision).toBeCloseTo(2 / 3);
    expect(result.recall).toBeCloseTo(2 / 3);
  });

  it('reports no precision rather than 0 % or 100 % when nothing was parsed', () => {
    expect(precisionRecall([matchItems([one('sr28:a')], [])])).toMatchObject({ precision: null, recall: 0 });
    expect(precisionRecall([])).toMatchObject({ precision: null, recall: null });
  });
});

describe('kcal tolerance', () => {
  it('allows 40 kcal for meals under 200 kcal and 20 % from 200 kcal up', () => {
    expect(kcalTolerance(90)).toBe(40);
    expect(kcalTolerance(200)).toBe(40);
    expect(kcalTolerance(500)).toBe(100);
  });

  it('accepts a small meal 40 kcal off but not 41, a large one 20 % off but not more', () => {
    expect(withinTolerance(100, 140)).toBe(true);
    expect(withinTolerance(100, 141)).toBe(false);
    expect(withinTolerance(600, 480)).toBe(true);
    expect(withinTolerance(600, 721)).toBe(false);
    expect(withinTolerance(600, 0)).toBe(false);
  });
});

describe('carbs within 7.5 g', () => {
  it('accepts 7.5 g off either way and no more', () => {
    expect(carbsWithin(40, 47.5)).toBe(true);
    expect(carbsWithin(40, 32.5)).toBe(true);
    expect(carbsWithin(40, 47.6)).toBe(false);
  });
});

describe('implausible totals', () => {
  it('needs both more than 3x the expected total and more than 1,500 kcal', () => {
    expect(implausible(340, 11_835)).toBe(true);
    expect(implausible(400, 1_300)).toBe(false);
    expect(implausible(900, 2_000)).toBe(false);
    expect(implausible(600, 1_801)).toBe(true);
  });
});

describe('totals and shares', () => {
  it('adds kcal and carbs of every parsed item and counts a refusal as zero', () => {
    const parsed: ParseOutcome = {
      ok: true,
      items: [
        { calories: 90, carbs_g: 1 },
        { calories: 64.5, carbs_g: 12 },
      ],
    };
    expect(totalKcal(parsed)).toBeCloseTo(154.5);
    expect(totalCarbs(parsed)).toBe(13);
    expect(totalKcal({ ok: false, code: 'no_food_found' })).toBe(0);
  });

  it('keeps an empty share honest: no rate rather than 0 %', () => {
    expect(share(1, 4)).toEqual({ count: 1, total: 4, rate: 0.25 });
    expect(share(0, 0)).toEqual({ count: 0, total: 0, rate: null });
  });
});
