import { describe, expect, it } from 'vitest';
import { foodsAndGrams, itemsOf, parseFixture } from '../testing/parse-fixture.js';

const ids = (text: string) => itemsOf(text).map((item) => item.food_id);

describe('splitting a text into items', () => {
  it('"2 eggs and a slice of toast with butter" is three items', () => {
    expect(foodsAndGrams('2 eggs and a slice of toast with butter')).toEqual([
      ['egg-boiled', 100],
      ['toast', 22],
      ['butter', 5],
    ]);
  });

  it('splits on commas, plus, "&", semicolons and new lines', () => {
    expect(ids('banana, apple + toast & bacon; rice\ncoffee')).toEqual([
      'banana',
      'apple',
      'toast',
      'bacon',
      'rice-white-cooked',
      'coffee-black',
    ]);
  });

  it('never splits inside a name: "mac and cheese" and "mac & cheese" are one dish', () => {
    expect(ids('mac and cheese')).toEqual(['mac-and-cheese']);
    expect(ids('mac & cheese and a beer')).toEqual(['mac-and-cheese', 'beer']);
  });

  it('prefers the longest name: "peanut butter" is not butter', () => {
    expect(ids('2 tbsp peanut butter')).toEqual(['peanut-butter']);
  });

  it('"2 eggs 2 toast" without a separator is still two items', () => {
    expect(ids('2 eggs 2 toast')).toEqual(['egg-boiled', 'toast']);
  });

  it('"peanut butter toast" is the spread and the toast', () => {
    expect(ids('peanut butter toast')).toEqual(['peanut-butter', 'toast']);
  });
});

describe('"with"', () => {
  it('"coffee with milk" is coffee and a splash of milk (2 tbsp), not a cup', () => {
    expect(foodsAndGrams('coffee with milk')).toEqual([
      ['coffee-black', 237],
      ['milk-whole', 30.5],
    ]);
  });

  it('"oatmeal with milk" adds half a cup of milk', () => {
    expect(foodsAndGrams('oatmeal with milk')[1]).toEqual(['milk-whole', 122]);
  });

  it('"a banana with my coffee": the coffee is context, not an item', () => {
    expect(ids('a banana with my coffee')).toEqual(['banana']);
  });

  it('"with my coffee I had a large apple" keeps the apple', () => {
    expect(ids('with my coffee I had a large apple')).toEqual(['apple']);
  });

  it('"without" and "no" leave the food out', () => {
    expect(ids('coffee without milk')).toEqual(['coffee-black']);
    expect(ids('coffee, no sugar')).toEqual(['coffee-black']);
    expect(ids('oatmeal without milk and sugar')).toEqual(['oatmeal']);
  });
});

describe('quantities', () => {
  it.each([
    ['2 bananas', 2],
    ['1.5 bananas', 1.5],
    ['1/2 banana', 0.5],
    ['½ banana', 0.5],
    ['1 1/2 bananas', 1.5],
    ['1½ bananas', 1.5],
    ['one banana', 1],
    ['three bananas', 3],
    ['a banana', 1],
    ['an apple', 1],
    ['half a banana', 0.5],
    ['a half banana', 0.5],
    ['one and a half bananas', 1.5],
    ['a couple of bananas', 2],
    ['a few bananas', 3],
    ['a dozen eggs', 12],
    ['half a dozen eggs', 6],
    ['2 dozen eggs', 24],
    ['bananas x2', 2],
    ['3x banana', 3],
  ])('"%s" counts %d', (text, count) => {
    expect(itemsOf(text)[0]?.quantity).toBe(count);
  });

  it('"2-3 slices of bacon" reads a range as its midpoint', () => {
    expect(itemsOf('2-3 slices of bacon')[0]).toMatchObject({ quantity: 2.5, unit: 'slice', grams: 20 });
    expect(itemsOf('2 to 3 slices of bacon')[0]?.quantity).toBe(2.5);
    expect(itemsOf('2 or 3 slices of bacon')[0]?.quantity).toBe(2.5);
  });

  it('a food with no amount is its default portion', () => {
    expect(itemsOf('banana')[0]).toMatchObject({ quantity: 1, unit: 'medium', grams: 118 });
  });

  it('"eggs" without a number means a couple', () => {
    expect(itemsOf('eggs')[0]).toMatchObject({ quantity: 2, grams: 100 });
  });

  it('a count of a food served by the cup counts pieces: "6 strawberries"', () => {
    expect(itemsOf('6 strawberries')[0]).toMatchObject({ unit: 'piece', grams: 72 });
  });

  it('"rice, 1 cup" puts the amount after a comma back on the rice', () => {
    expect(foodsAndGrams('rice, 1 cup')).toEqual([['rice-white-cooked', 158]]);
  });

  it('ignores absurd numbers instead of logging tonnes of food', () => {
    expect(itemsOf('99999999 bananas')[0]?.grams).toBe(118);
    expect(itemsOf('0 bananas')).toEqual([]);
  });
});

describe('units', () => {
  it.each([
    ['150 g rice', 150],
    ['150g rice', 150],
    ['0.2 kg rice', 200],
    ['4 oz salmon', 113.4],
    ['1 lb chicken', 453.6],
    ['2 tbsp peanut butter', 32],
    ['3 tsp sugar', 12.6],
    ['1 cup of rice', 158],
    ['2 slices of toast', 44],
    ['a stick of butter', 113],
  ])('"%s" is %d g', (text, grams) => {
    expect(itemsOf(text)[0]?.grams).toBeCloseTo(grams, 0);
  });

  it("converts volume through the food's own portions and density", () => {
    expect(itemsOf('250 ml milk')[0]?.grams).toBeCloseTo(257.8, 0);
    expect(itemsOf('1 l orange juice')[0]?.grams).toBeCloseTo(1048, -1);
    expect(itemsOf('8 fl oz milk')[0]?.grams).toBeCloseTo(244, 0);
    expect(itemsOf('2 tbsp olive oil')[0]?.grams).toBe(27);
  });

  it('"2 12 oz cans of beer" is 24 oz', () => {
    expect(itemsOf('2 12 oz cans of beer')[0]).toMatchObject({ quantity: 24, unit: 'oz', grams: 680.4 });
  });

  it('"a can of beer" uses the can portion the food lists', () => {
    expect(itemsOf('a can of beer')[0]).toMatchObject({ unit: 'can', grams: 356 });
  });

  it('"a splash of milk" is 2 tbsp', () => {
    expect(itemsOf('coffee with a splash of milk')[1]).toMatchObject({
      food_id: 'milk-whole',
      unit: 'splash',
      grams: 30.5,
    });
  });

  it('"2 beers" are two of the default can, not two pieces', () => {
    expect(itemsOf('2 beers')[0]).toMatchObject({ unit: 'can', grams: 712 });
  });

  it('"2 pieces of toast" falls back to the default portion', () => {
    expect(itemsOf('2 pieces of toast')[0]?.grams).toBe(44);
  });
});

describe('size and preparation words', () => {
  it('"a large banana" uses the large portion', () => {
    expect(itemsOf('a large banana')[0]).toMatchObject({ unit: 'large', grams: 136 });
  });

  it('"a large glass of milk" is a 16 fl oz glass; "a big bowl of rice" only 1.3 bowls', () => {
    expect(itemsOf('a large glass of milk')[0]?.grams).toBeCloseTo(495, 0);
    expect(itemsOf('a big bowl of rice')[0]?.grams).toBeCloseTo(205.4, 1);
  });

  it('"a big slice of pizza" scales a portion without sizes', () => {
    expect(itemsOf('a big slice of pizza')[0]?.grams).toBeCloseTo(139.1, 1);
  });

  it.each([
    ['2 fried eggs', 'egg-fried'],
    ['scrambled eggs', 'egg-scrambled'],
    ['2 hard-boiled eggs', 'egg-boiled'],
    ['2 eggs, fried', 'egg-fried'],
    ['eggs sunny side up', 'egg-fried'],
    ['raw salmon', 'salmon-raw'],
    ['grilled salmon', 'salmon-baked'],
    ['salmon', 'salmon-baked'],
  ])('"%s" picks %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('misspellings', () => {
  it.each([
    ['chiken breast', 'chicken-breast-roasted'],
    ['bannana', 'banana'],
    ['brocolli', 'broccoli-steamed'],
    ['scrambeld eggs', 'egg-scrambled'],
    ['aple', 'apple'],
  ])('"%s" is %s, with less confidence', (text, id) => {
    const [item] = itemsOf(text);
    expect(item?.food_id).toBe(id);
    expect(item?.confidence).toBeLessThan(0.9);
  });
});

describe('filler and text that is not food', () => {
  it('an activity is when, not what: "a banana after my run" is a banana', () => {
    expect(ids('a banana after my run')).toEqual(['banana']);
    expect(ids('after swimming a banana')).toEqual(['banana']);
    expect(ids('played squash then had a banana')).toEqual(['banana']);
  });

  it('"I had a banana for breakfast this morning" is one banana', () => {
    expect(ids('I had a banana for breakfast this morning')).toEqual(['banana']);
  });

  it.each([
    'hello how are you',
    'asdfghjkl qwrtzp',
    'I ran 5 miles this morning',
    'played squash with my friends',
    'i need a break',
    'buy milk tomorrow',
    'my orange shirt',
    'apple stock is up',
    '',
    '   ',
    '!!! ??? ...',
  ])('"%s" fails with no_food_found', (text) => {
    expect(parseFixture(text)).toMatchObject({ ok: false, code: 'no_food_found' });
  });

  it('reports a food it does not know instead of guessing', () => {
    expect(parseFixture('2 zorblats')).toMatchObject({
      ok: false,
      code: 'no_food_found',
      unknown: ['2 zorblats'],
    });
    expect(parseFixture('a banana and a bowl of pho')).toMatchObject({ ok: true, unknown: ['bowl of pho'] });
  });
});

describe('output', () => {
  it('gives every nutrient, ids and a confidence, rounded', () => {
    expect(itemsOf('1 cup of rice')[0]).toEqual({
      name: 'White rice, cooked',
      quantity: 1,
      unit: 'cup',
      grams: 158,
      calories: 205,
      protein_g: 4.3,
      carbs_g: 44.6,
      fat_g: 0.5,
      fiber_g: 0.6,
      sugars_g: 0.2,
      sodium_mg: 2,
      food_id: 'rice-white-cooked',
      record: { database: 'usda_sr28', id: 'fdc-168878' },
      confidence: 0.95,
      source: 'database',
      assumed: [],
    });
  });
});
