import { describe, expect, it } from 'vitest';
import { twinsOf } from './expected-values.js';
import type { UsdaTables } from './usda-csv.js';

const record = (description: string, values: string, kcal = Number(values.split('|')[0])) => ({
  description,
  per100g: { kcal, protein_g: 0, carbs_g: 0, fat_g: 0 },
  values,
  portions: [],
});

const tables: UsdaTables = new Map([
  ['fndds:83102000', record('Caesar dressing', '542|2.17|57.85|3.3|0.5|2.81|1209')],
  ['sr28:43015', record('Salad dressing, caesar dressing, regular', '542|2.17|57.85|3.3|0.5|2.81|1209')],
  ['sr28:99999', record('Salad dressing, caesar dressing, light', '300|2|30|3|0.5|2.81|1209')],
  ['fndds:24207000', record('Turkey, ground', '203|27|10|0|0|0|80')],
  ['fndds:24198720', record('Chicken, ground', '203|27|10|0|0|0|80')],
  ['fndds:53206000', record('Cookie, chocolate chip', '480|5|24|64|2|35|330')],
  ['fndds:53201000', record('Cookie, NFS', '480|5|24|64|2|35|330')],
  ['fndds:94000100', record('Water, tap', '0|0|0|0|0|0|4')],
  ['fndds:94100100', record('Water, bottled, unsweetened', '0|0|0|0|0|0|4')],
]);

describe('twinsOf', () => {
  it('counts a record with every value equal and the same food words as the same food, both ways', () => {
    expect(twinsOf(tables, 'fndds:83102000')).toEqual(['sr28:43015']);
    expect(twinsOf(tables, 'sr28:43015')).toEqual(['fndds:83102000']);
  });

  it('keeps apart foods that only share their numbers', () => {
    expect(twinsOf(tables, 'fndds:24207000')).toEqual([]);
  });

  it('never lets a general NFS record stand for the kind a phrase named, but accepts the kind for NFS', () => {
    expect(twinsOf(tables, 'fndds:53206000')).toEqual([]);
    expect(twinsOf(tables, 'fndds:53201000')).toEqual(['fndds:53206000']);
  });

  it('finds no twins for records near zero energy, whose values match by being empty', () => {
    expect(twinsOf(tables, 'fndds:94000100')).toEqual([]);
  });
});
