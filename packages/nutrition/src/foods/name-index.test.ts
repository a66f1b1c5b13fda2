import { describe, expect, it } from 'vitest';
import { FIXTURE_FOODS } from '../testing/fixture-foods.js';
import { buildFoodDatabase } from './database.js';

const database = buildFoodDatabase(FIXTURE_FOODS);
const idsFor = (key: string) => database.names.lookup(key)?.map((food) => food.id);

describe('name index', () => {
  it('finds foods by name, synonym and derived plural', () => {
    expect(idsFor('oj')).toEqual(['orange-juice']);
    expect(idsFor('bananas')).toEqual(['banana']);
    expect(idsFor('tomatoes')).toEqual(['tomato']);
  });

  it('normalises names like input: hyphens, "&", case and run-together spellings', () => {
    expect(idsFor('mac and cheese')).toEqual(['mac-and-cheese']);
    expect(idsFor('icecream')).toEqual(['ice-cream-vanilla']);
  });

  it('groups the preparations of one food under their shared name', () => {
    expect(idsFor('egg')).toEqual(['egg-boiled', 'egg-fried', 'egg-scrambled']);
  });

  it('knows which keys continue into longer names', () => {
    expect(database.names.continues('peanut')).toBe(true);
    expect(database.names.continues('banana')).toBe(false);
  });

  it('tells a plural key from a singular one', () => {
    expect(database.names.isPlural('eggs')).toBe(true);
    expect(database.names.isPlural('egg')).toBe(false);
  });
});

describe('choosing a form', () => {
  const eggs = database.names.lookup('egg') ?? [];

  it('picks the entry whose preparation the text names', () => {
    expect(database.chooseForm(eggs, new Set(['fried']))?.id).toBe('egg-fried');
    expect(database.chooseForm(eggs, new Set(['hard boiled']))?.id).toBe('egg-boiled');
  });

  it('falls back to the default form', () => {
    expect(database.chooseForm(eggs, new Set())?.id).toBe('egg-boiled');
    expect(database.chooseForm(eggs, new Set(['deep fried']))?.id).toBe('egg-boiled');
  });
});
