import { describe, expect, it } from 'vitest';
import { parseMeal } from '../index.js';
import type { ParsedItem } from '../parse-result.js';

/** Items of `text` with the whole USDA table behind the parser, as the server runs it. */
const itemsOf = (text: string): ParsedItem[] => {
  const result = parseMeal(text);
  return result.ok ? result.items : [];
};

/** The USDA record each item names, as `sr28:NDB` or `fndds:CODE`. */
const records = (text: string) =>
  itemsOf(text).map(
    (item) => `${item.record?.database === 'usda_sr28' ? 'sr28' : 'fndds'}:${item.record?.id}`,
  );

describe('a word of a USDA description is a food word, never a typo of another food', () => {
  it('"chives" is SR\'s chives, not a Clif Bar, alone or beside a dish', () => {
    expect(records('chives')).toEqual(['sr28:11156']);
    const potato = itemsOf('baked potato with sour cream and chives');
    expect(potato.map((item) => item.food_id)).not.toContain('clif-bar');
    expect(records('baked potato with sour cream and chives')).toContain('sr28:11156');
    expect(potato.reduce((kcal, item) => kcal + item.calories, 0)).toBeLessThan(500);
  });

  it('typos that are no USDA word are still mended', () => {
    expect(itemsOf('scrambeld eggs').map((item) => item.food_id)).toEqual(['egg-scrambled']);
    expect(itemsOf('a bannana').map((item) => item.food_id)).toEqual(['banana']);
  });
});
