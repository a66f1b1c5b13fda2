import { describe, expect, it } from 'vitest';
import { buildFoodDatabase } from '../foods/database.js';
import { FIXTURE_FOODS } from '../testing/fixture-foods.js';
import { matchFoodName } from './food-name-match.js';
import { buildLexicon } from './lexicon.js';

const database = buildFoodDatabase(FIXTURE_FOODS);
const lexicon = buildLexicon(database);
const match = (name: string, preparation: string | null = null) =>
  matchFoodName(name, preparation, database, lexicon)?.id ?? null;

describe('matching a food name from the model', () => {
  it('uses the preparation field or words in the name to pick the form', () => {
    expect(match('egg', 'fried')).toBe('egg-fried');
    expect(match('scrambled eggs')).toBe('egg-scrambled');
    expect(match('large egg')).toBe('egg-boiled');
  });

  it('does not stretch a name to a food that only shares a word', () => {
    expect(match('chicken salad')).toBeNull();
    expect(match('chocolate milk')).toBeNull();
    expect(match('pho')).toBeNull();
  });

  it('forgives a misspelt name', () => {
    expect(match('brocolli')).toBe('broccoli-steamed');
  });
});
