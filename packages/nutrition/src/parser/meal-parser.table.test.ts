/**
 * The built-in parser over the real food table, one scenario per failure class of issue 18.
 * Expected numbers are computed from the table (a food's measures and per-100 g values), never
 * typed, so a re-import of the USDA release moves them along.
 */
import { describe, expect, it } from 'vitest';
import { foodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { parseMeal } from '../index.js';
import type { ParsedItem } from '../parse-result.js';

const database = foodDatabase();

function itemsOf(text: string): ParsedItem[] {
  const result = parseMeal(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.message}`);
  return result.items;
}

function onlyItem(text: string): ParsedItem {
  const items = itemsOf(text);
  expect(items, `"${text}" is one item`).toHaveLength(1);
  return items[0] as ParsedItem;
}

const foodOf = (item: ParsedItem): Food => database.byId(item.food_id ?? '') as Food;

const gramsOf = (food: Food, unit: string): number => {
  const measure = food.portions.find((portion) => portion.unit === unit);
  if (measure === undefined) throw new Error(`${food.id} has no measure ${unit}`);
  return measure.grams;
};

const refused = (text: string) => parseMeal(text).ok === false;

describe('numbers that describe a food are never amounts', () => {
  it.each([
    ['a cup of 100% apple juice', 'cup'],
    ['a glass of 2% milk', 'glass'],
    ['a cup of 1% milk', 'cup'],
  ])('"%s" is one %s', (text, unit) => {
    const item = onlyItem(text);
    expect(item.quantity).toBe(1);
    expect(item.grams).toBeCloseTo(gramsOf(foodOf(item), unit), 0);
  });

  it('"85/15" and "12-grain" describe the food: one patty, one slice', () => {
    expect(onlyItem('a 85/15 burger patty').quantity).toBe(1);
    expect(onlyItem('a slice of 12-grain bread').quantity).toBe(1);
  });

  it('a slice of bread is never thousands of kcal, whatever number the text holds', () => {
    expect(onlyItem('a slice of 100 percent whole wheat bread').calories).toBeLessThan(300);
  });
});

describe('a dish named with its parts is counted once', () => {
  it('unmeasured parts: the dish alone', () => {
    const items = itemsOf('a cheeseburger with lettuce, tomato and onion');
    expect(items).toHaveLength(1);
    expect(items[0]?.name.toLowerCase()).toContain('cheeseburger');
  });

  it('measured parts: the parts alone, the dish dropped', () => {
    const items = itemsOf('a turkey sandwich with 3 slices of turkey, 2 slices of white bread and mayo');
    expect(items.map((item) => item.name.toLowerCase()).some((name) => name.includes('sandwich'))).toBe(
      false,
    );
    expect(items).toHaveLength(3);
  });

  it('a side is beside the dish, not in it', () => {
    const items = itemsOf('a quesadilla with a side of sour cream');
    expect(items).toHaveLength(2);
  });

  it('a cooked dish with a measured item beside it is both: the pasta and its breadsticks', () => {
    const names = itemsOf('lasagna with 2 breadsticks').map((item) => item.name.toLowerCase());
    expect(names).toHaveLength(2);
    expect(names[0]).toContain('lasagna');
    expect(names[1]).toContain('breadstick');
  });

  it('a whole fruit is never inside a sandwich: "with lettuce and a banana" keeps the banana', () => {
    const items = itemsOf('a ham sandwich with lettuce and a pear');
    expect(items).toHaveLength(2);
    expect(foodOf(items[1] as ParsedItem).category).toBe('fruit');
  });

  it('a name ending in a container word, then "of" a food, is the container: "a fruit cup of peaches"', () => {
    const peaches = onlyItem('a fruit cup of peaches');
    expect(foodOf(peaches).category).toBe('fruit');
    expect(peaches.name.toLowerCase()).toContain('peach');
  });

  it('a dish said as a wrap is that dish, its count the dish\'s: "2 gyro wraps"', () => {
    const gyros = onlyItem('2 gyro wraps');
    expect(gyros.quantity).toBe(2);
    expect(gyros.name.toLowerCase()).toContain('gyro');
  });

  it('"without" leaves out what it lists until an item is counted', () => {
    expect(itemsOf('tea without sugar and milk')).toHaveLength(1);
    const names = itemsOf('a hamburger without the bun and a pear').map((item) => foodOf(item).category);
    expect(names).toEqual([expect.any(String), 'fruit']);
  });

  it('what a dish is on is one thing: the fruit after it is an item of its own', () => {
    const items = itemsOf('a ham sandwich on rye and a pear');
    expect(items.map((item) => foodOf(item).category)).toEqual([expect.any(String), 'fruit']);
    expect(items[0]?.name.toLowerCase()).toContain('sandwich');
  });
});

describe('what a bowl is filled with comes in bowl-sized parts', () => {
  it('a bowl the table does not know: meat 3 oz, beans and fruit half a cup, each an assumed quantity', () => {
    const [fish, , beans, mango] = itemsOf('a poke bowl with tuna, rice, black beans and mango');
    expect(fish).toMatchObject({ quantity: 3, unit: 'oz' });
    expect(fish?.grams).toBeCloseTo(3 * 28.35, 0);
    expect(beans?.grams).toBeCloseTo(gramsOf(foodOf(beans as ParsedItem), 'cup') / 2, 0);
    expect(mango?.grams).toBeCloseTo(gramsOf(foodOf(mango as ParsedItem), 'cup') / 2, 0);
    for (const item of [fish, beans, mango]) expect(item?.assumed).toContain('quantity');
  });

  it('an amount the text gives a part stands', () => {
    const [fish] = itemsOf('a poke bowl with 5 oz salmon and rice');
    expect(fish).toMatchObject({ quantity: 5, unit: 'oz' });
  });
});

describe('toppings on a bowl', () => {
  it('fresh fruit on oatmeal or yogurt is half a cup, dried fruit two tablespoons', () => {
    const [, blueberries] = itemsOf('oatmeal with blueberries');
    expect(blueberries?.grams).toBeCloseTo(gramsOf(foodOf(blueberries as ParsedItem), 'cup') / 2, 0);
    const [, raisins] = itemsOf('yogurt with raisins');
    expect(raisins).toMatchObject({ quantity: 2, unit: 'tbsp' });
  });

  it('a fruit or vegetable on bread is half of one: "toast with avocado"', () => {
    const [, avocado] = itemsOf('toast with avocado');
    expect(avocado?.quantity).toBe(0.5);
    expect(avocado?.assumed).toContain('quantity');
  });

  it('a fruit or vegetable named before the bread it tops is as much: "avocado toast", "avocado bagel"', () => {
    for (const [text, base] of [
      ['avocado toast', 'toast with avocado'],
      ['2 slices of tomato toast', '2 slices of toast with tomato'],
      ['an avocado bagel', 'a bagel with avocado'],
    ] as const) {
      const [topping, bread] = itemsOf(text);
      const [withBread, withTopping] = itemsOf(base);
      expect(topping?.food_id, text).toBe(withTopping?.food_id);
      expect(topping?.grams, text).toBe(withTopping?.grams);
      expect(bread?.grams, text).toBe(withBread?.grams);
    }
    const [avocado] = itemsOf('avocado toast');
    expect(avocado?.grams).toBeCloseTo(gramsOf(foodOf(avocado as ParsedItem), 'avocado') / 2, 0);
  });

  it('a fruit named before oatmeal or cereal tops it, half a cup, never lost in the bowl: "banana oatmeal"', () => {
    const [banana, oatmeal] = itemsOf('banana oatmeal');
    expect(foodOf(banana as ParsedItem).category).toBe('fruit');
    expect(banana?.grams).toBeCloseTo(gramsOf(foodOf(banana as ParsedItem), 'cup') / 2, 0);
    expect(oatmeal?.name.toLowerCase()).toContain('oat');
  });

  it('a fruit named before milk or rice only flavours it: "lemon rice" is one item', () => {
    expect(itemsOf('lemon rice')).toHaveLength(1);
  });

  it('what a drink was made with is its recipe: the scoops and the milk, not a bottled shake too', () => {
    const names = itemsOf('a protein shake made with 2 scoops of whey and a cup of milk').map((item) =>
      item.name.toLowerCase(),
    );
    expect(names).toHaveLength(2);
    expect(names[0]).toContain('whey');
  });
});

describe('a flavour said before a product picks its flavoured record', () => {
  const described = (item: ParsedItem | undefined) => foodOf(item as ParsedItem).description.toLowerCase();

  it('"Chobani vanilla greek yogurt" is the vanilla greek yogurt, not the plain one', () => {
    const branded = onlyItem('Chobani vanilla greek yogurt');
    expect(branded.food_id).toBe(onlyItem('vanilla greek yogurt').food_id);
    expect(branded.food_id).not.toBe(onlyItem('greek yogurt').food_id);
  });

  it('a fruit before a yogurt is its flavour, the record USDA names by it or by "fruit"', () => {
    const strawberry = onlyItem('a strawberry greek yogurt');
    expect(described(strawberry)).toMatch(/greek.*strawberry/);
    const plain = foodOf(onlyItem('greek yogurt'));
    expect(foodOf(strawberry).per100g.sugars_g).toBeGreaterThan(plain.per100g.sugars_g);
    expect(described(onlyItem('peach greek yogurt'))).toMatch(/greek.*fruit/);
  });

  it('a flavour word that names no food still picks the record: "maple oatmeal"', () => {
    expect(described(onlyItem('maple oatmeal'))).toContain('maple');
  });

  it('a spread named as the flavour is in the record, not a second item: "honey ham"', () => {
    expect(described(onlyItem('honey ham'))).toMatch(/ham.*honey/);
  });
});

describe('a dish named by its kind, then told after a colon or "of", is counted once', () => {
  const ids = (text: string) => itemsOf(text).map((item) => item.food_id);

  it('"a smoothie of banana, spinach and almond milk" is its recipe, as "made with" is: no smoothie too', () => {
    expect(ids('a smoothie of banana, spinach and almond milk')).toEqual(
      ids('a smoothie made with banana, spinach and almond milk'),
    );
    expect(ids('a smoothie: banana, spinach, almond milk')).toHaveLength(3);
  });

  it('a burrito or a sandwich told after a colon or "of" is the dish its parts choose, as with "with"', () => {
    expect(ids('a burrito: chicken, rice, beans and cheese')).toEqual(
      ids('a burrito with chicken, rice, beans and cheese'),
    );
    expect(ids('a sandwich of ham and cheese')).toEqual(ids('a sandwich with ham and cheese'));
    expect(ids('a burrito: chicken, rice, beans and cheese')).toHaveLength(1);
  });

  it('"a salad: romaine, chicken, croutons and caesar dressing" is one salad and its dressing, no lettuce or chicken breast beside it', () => {
    const items = itemsOf('a salad: romaine, chicken, croutons and caesar dressing');
    const categories = items.map((item) => foodOf(item).category);
    expect(categories.filter((category) => category === 'dishes')).toHaveLength(1);
    expect(categories).not.toContain('vegetables');
    expect(categories).not.toContain('poultry');
    expect(items.some((item) => item.name.toLowerCase().includes('dressing'))).toBe(true);
  });

  it('a kind told after a colon is still the topic its items complete: "pizza: 3 slices of pepperoni"', () => {
    expect(ids('pizza: 3 slices of pepperoni')).toEqual(ids('pizza, 3 slices of pepperoni'));
  });

  it('"a salad with chicken" is never chicken salad made with mayonnaise, nor dressed with what was not said', () => {
    const items = itemsOf('a salad with chicken');
    expect(items).toHaveLength(1);
    expect(foodOf(items[0] as ParsedItem).description.toLowerCase()).not.toContain('mayonnaise');
  });
});

describe("a sauce or spread the dish's record already has is not counted again", () => {
  const ids = (text: string) => itemsOf(text).map((item) => item.food_id);

  it.each([
    ['eggs benedict with hollandaise', 'eggs benedict'],
    ['eggs benedict with canadian bacon and hollandaise on an english muffin', 'eggs benedict'],
    ['a BLT with mayo', 'a BLT'],
    ['a turkey sandwich with mayo', 'a turkey sandwich'],
    ['a gyro with tzatziki', 'a gyro'],
    ['teriyaki chicken with teriyaki sauce', 'teriyaki chicken'],
  ])('"%s" is "%s"', (text, dish) => {
    expect(ids(text)).toEqual(ids(dish));
  });

  it('the records say why: a sandwich "with spread", a gyro with "condiments"', () => {
    expect(foodOf(onlyItem('a BLT')).description.toLowerCase()).toContain('spread');
    expect(foodOf(onlyItem('a gyro')).description.toLowerCase()).toContain('condiments');
  });

  it('a sauce the record lacks, or says "no" to, stays an item: a hot dog with ketchup, a caesar salad with caesar dressing', () => {
    expect(itemsOf('a hot dog with ketchup')).toHaveLength(2);
    const salad = itemsOf('a caesar salad with caesar dressing');
    expect(foodOf(salad[0] as ParsedItem).description.toLowerCase()).toContain('no dressing');
    expect(salad.some((item) => item.name.toLowerCase().includes('dressing'))).toBe(true);
  });

  it('a ham and cheese sandwich is that record, not the ham sandwich', () => {
    expect(foodOf(onlyItem('a ham and cheese sandwich')).description.toLowerCase()).toContain(
      'ham and cheese',
    );
  });
});

describe("an item of a chain the table lacks is the chain's usual food, assumed, never dropped", () => {
  it('"In-N-Out Double-Double" is one double cheeseburger, its words no amount', () => {
    const burger = onlyItem('In-N-Out Double-Double');
    expect(burger.food_id).toBe(onlyItem('a double cheeseburger').food_id);
    expect(burger.quantity).toBe(1);
    expect(burger.assumed).toContain('form');
    expect(onlyItem('2 Double-Doubles from In-N-Out').quantity).toBe(2);
  });

  it("the chain's own record of its usual food comes first: a Chick-fil-A spicy deluxe is its chicken sandwich", () => {
    expect(onlyItem('Chick-fil-A spicy deluxe').food_id).toBe(
      onlyItem('a Chick-fil-A chicken sandwich').food_id,
    );
  });

  it('a chain counted is its usual item: "a Whataburger", "a ShackBurger from Shake Shack"', () => {
    const cheeseburger = onlyItem('a cheeseburger').food_id;
    expect(onlyItem('a Whataburger').food_id).toBe(cheeseburger);
    expect(onlyItem('a ShackBurger from Shake Shack').food_id).toBe(cheeseburger);
  });

  it('a chain named as where, or as an outing, is no item', () => {
    expect(refused('Whataburger for dinner')).toBe(true);
    expect(refused('went to In-N-Out after the game')).toBe(true);
    expect(refused('a Taco Bell run')).toBe(true);
  });

  it('a number in a chain\'s name is no amount: "Five Guys little cheeseburger" is one burger', () => {
    expect(onlyItem('Five Guys little cheeseburger').quantity).toBe(1);
  });
});

describe('a side said with a cooked dish is served beside it unless its record names it', () => {
  const ids = (text: string) => itemsOf(text).map((item) => item.food_id);

  it.each([
    ['2 chicken enchiladas with rice and beans', ['2 chicken enchiladas', 'rice', 'beans']],
    ['chicken tikka masala with rice', ['chicken tikka masala', 'rice']],
    ['meatloaf with mashed potatoes', ['meatloaf', 'mashed potatoes']],
    ['beef stew with rice', ['beef stew', 'rice']],
    ['huevos rancheros con frijoles', ['huevos rancheros', 'frijoles']],
  ])('"%s" is the dish and its sides', (text, alone) => {
    expect(ids(text)).toEqual(alone.map((name) => onlyItem(name).food_id));
  });

  it('a side the record names is in it: "chili with beans", "beef stew with carrots" (its vegetables)', () => {
    expect(foodOf(onlyItem('chili with beans')).description.toLowerCase()).toContain('beans');
    expect(foodOf(onlyItem('beef stew with carrots')).description.toLowerCase()).toContain('vegetables');
  });

  it('rice goes beside a stir fry, but what fills fried rice or an omelet is in it', () => {
    expect(ids('shrimp stir fry with rice')).toEqual(ids('shrimp stir fry and rice'));
    expect(itemsOf('shrimp stir fry with rice')).toHaveLength(2);
    expect(itemsOf('chicken fried rice with egg, peas and carrots')).toHaveLength(1);
    expect(itemsOf('an omelet with potatoes')).toHaveLength(1);
  });

  it('a soup holds its noodles, and raw onion garnishes: "ramen with noodles", "chili with onions" are one item', () => {
    expect(itemsOf('ramen with noodles')).toHaveLength(1);
    expect(itemsOf('chili with onions')).toHaveLength(1);
  });
});

describe('the named bread a sandwich is on chooses its record and is not counted again', () => {
  const described = (text: string) => foodOf(onlyItem(text)).description.toLowerCase();

  it('"a breakfast sandwich with egg, bacon and cheese on a croissant" is the bacon, egg and cheese croissant', () => {
    expect(described('a breakfast sandwich with egg, bacon and cheese on a croissant')).toMatch(
      /croissant.*bacon.*egg.*cheese/,
    );
  });

  it('"a bacon egg and cheese on a bagel" is the bagel one, not the English muffin one and a bagel', () => {
    expect(described('a bacon egg and cheese on a bagel')).toContain('bagel');
  });

  it('a bread with no name of its own chooses nothing: "a turkey sandwich on white bread" is a turkey sandwich', () => {
    expect(onlyItem('a turkey sandwich on white bread').food_id).toBe(onlyItem('a turkey sandwich').food_id);
  });
});

describe('Spanish foods named as in a diary', () => {
  const ids = (text: string) => itemsOf(text).map((item) => item.food_id);

  it.each([
    ['pan tostado con mantequilla', 'pan tostado with butter'],
    ['café con azúcar', 'café with sugar'],
    ['galletas', 'cookies'],
    ['una hamburguesa', 'a hamburger'],
  ])('"%s" is "%s"', (spanish, english) => {
    expect(ids(spanish)).toEqual(ids(english));
  });

  it('a dish "de" a part named in Spanish is the dish its record chooses: "un sandwich de pavo"', () => {
    expect(ids('un sandwich de pavo')).toEqual(ids('a turkey sandwich'));
  });

  it('a flavour after "de" is the flavour: "helado de chocolate", "yogur de fresa" are one flavoured item', () => {
    expect(ids('helado de chocolate')).toEqual(ids('chocolate ice cream'));
    expect(foodOf(onlyItem('yogur de fresa')).description.toLowerCase()).toContain('fruit');
  });
});

describe('a side of a food is the portion served beside a dish', () => {
  it("a side of a dish is FNDDS's usual amount; of a sauce, a two-tablespoon ramekin", () => {
    const beans = onlyItem('a side of refried beans');
    expect(beans.grams).toBeCloseTo(gramsOf(foodOf(beans), 'serving'), 0);
    const ranch = onlyItem('a side of ranch');
    expect(ranch.grams).toBeCloseTo(2 * gramsOf(foodOf(ranch), 'tbsp'), 0);
  });

  it('"a side of rice and beans" is a side of each; a number after "side of" counts the food', () => {
    const [, beans] = itemsOf('a side of rice and beans');
    expect(beans?.grams).toBeCloseTo(gramsOf(foodOf(beans as ParsedItem), 'serving'), 0);
    const links = onlyItem('a side of 3 sausage links');
    expect(links).toMatchObject({ quantity: 3, unit: 'link' });
  });
});

describe('vague amounts follow the stated conventions', () => {
  it('a drizzle of oil is a teaspoon, a dollop of peanut butter a tablespoon', () => {
    const oil = onlyItem('a drizzle of olive oil');
    expect(oil.grams).toBeCloseTo(gramsOf(foodOf(oil), 'tbsp') / 3, 0);
    const spread = onlyItem('a dollop of peanut butter');
    expect(spread.grams).toBeCloseTo(gramsOf(foodOf(spread), 'tbsp'), 0);
  });

  it('some fruit is half a cup; a scoop of ice cream half a cup', () => {
    const berries = onlyItem('some blueberries');
    expect(berries.grams).toBeCloseTo(gramsOf(foodOf(berries), 'cup') / 2, 0);
    const iceCream = onlyItem('a scoop of vanilla ice cream');
    expect(iceCream.grams).toBeCloseTo(gramsOf(foodOf(iceCream), 'cup') / 2, 0);
  });

  it('"a cup and a half" is one and a half cups', () => {
    const cereal = itemsOf('a cup and a half of cheerios')[0] as ParsedItem;
    expect(cereal.quantity).toBe(1.5);
    expect(cereal.grams).toBeCloseTo(1.5 * gramsOf(foodOf(cereal), 'cup'), 0);
  });

  it('a few M&Ms are a few pieces, not a few bags', () => {
    expect(onlyItem('a few M&Ms').calories).toBeLessThan(60);
  });
});

describe('drinks and sizes', () => {
  it('coffee-shop sizes are 12, 16 and 20 fl oz', () => {
    const tall = onlyItem('a tall latte');
    const venti = onlyItem('a venti latte');
    expect(venti.grams / tall.grams).toBeCloseTo(20 / 12, 1);
  });

  it('half an avocado is half of one avocado', () => {
    const half = onlyItem('half an avocado');
    const whole = onlyItem('an avocado');
    expect(half.grams).toBeCloseTo(whole.grams / 2, 0);
  });

  it('a small single-serving bag picks that USDA measure', () => {
    const item = onlyItem('a small single-serving bag of doritos');
    expect(item.grams).toBeCloseTo(gramsOf(foodOf(item), 'small_single_serving_bag'), 0);
  });

  it('an unstated size is assumed, and said so', () => {
    expect(onlyItem('an apple').assumed).toContain('size');
    expect(onlyItem('coffee').assumed).toContain('quantity');
  });
});

describe('cooking state picks the matching record', () => {
  it.each(['75 g raw brown rice', '2 oz dry egg noodles', '200 g raw cod'])(
    '"%s" is a raw or dry record',
    (text) => {
      const description = foodOf(onlyItem(text)).description.toLowerCase();
      expect(description.includes('raw') || description.includes('dry')).toBe(true);
    },
  );
});

describe('whole sentences', () => {
  it('filler, places and brands around the foods log only the foods', () => {
    const items = itemsOf(
      'For lunch, I had a peanut butter and jelly sandwich on wheat bread along with a juice box of 100% apple juice.',
    );
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.reduce((sum, item) => sum + item.calories, 0)).toBeLessThan(900);
  });

  it('a restaurant named after a food is no food', () => {
    const items = itemsOf('a bean burrito from Taco Bell');
    expect(items).toHaveLength(1);
    expect(items[0]?.name.toLowerCase()).toContain('burrito');
  });

  it('a kind of place named by a food is where, not what: "the ramen shop", "a taco truck"', () => {
    expect(onlyItem('a bowl of ramen from the ramen shop').name.toLowerCase()).toContain('ramen');
    expect(onlyItem('2 burritos from the taco truck').quantity).toBe(2);
    // The place is told in plain words: a food before "from the ... joint" is still food.
    expect(onlyItem('a burger from the burger joint').name.toLowerCase()).toContain('burger');
  });

  it('common words are not corrected into foods', () => {
    const names = itemsOf('a handful of almonds and a juice pouch I stole from my son').map(
      (item) => item.name,
    );
    expect(names.some((name) => name.toLowerCase().includes('sole'))).toBe(false);
  });

  it('a one-word name typed as two words is still the food ("blue berries")', () => {
    expect(onlyItem('a cup of blue berries').name).toBe(onlyItem('a cup of blueberries').name);
  });

  it('Spanish structure words read as English', () => {
    const rice = onlyItem('una taza de arroz');
    expect(rice.unit).toBe('cup');
    expect(rice.grams).toBeCloseTo(gramsOf(foodOf(rice), 'cup'), 0);
  });
});

describe("a food named only by its kind is FNDDS's record of that kind, not a refusal", () => {
  it.each([
    ['a sandwich', 'Sandwich, NFS'],
    ['some fruit', 'Fruit, NFS'],
    ['a bowl of soup', 'Soup, NFS'],
    ['a glass of juice', 'Fruit juice, NFS'],
    ['grilled fish', 'Fish, NS as to type'],
  ])('"%s" is %s', (text, description) => {
    expect(foodOf(onlyItem(text)).description).toContain(description);
  });

  it('a container word after a name, then "of" a food, is the container: "a juice box of apple juice"', () => {
    expect(onlyItem('a juice box of 100% apple juice').name.toLowerCase()).toContain('apple juice');
  });
});

describe('names no curated food has are found in the table by search', () => {
  it('a USDA record named by every word is taken, as an assumed form', () => {
    const item = onlyItem('burdock root');
    expect(foodOf(item).curated).toBe(false);
    expect(item.assumed).toContain('form');
  });

  it.each([
    '30 min on the treadmill',
    '45 minute walk with the dog',
    'breakfast at mcdonalds',
    'skipped lunch',
  ])('"%s" names no food', (text) => {
    expect(refused(text)).toBe(true);
  });
});

describe('a chain named anywhere in the text says which record its items are', () => {
  const descriptionOf = (item: ParsedItem) => foodOf(item).description;

  it("a hamburger and kids fries at McDonald's are McDonald's own, the fries a kids serving", () => {
    const items = itemsOf("I got a McDonald's kids meal: a hamburger, kids fries and a milk jug");
    expect(descriptionOf(items[0] as ParsedItem)).toMatch(/^McDONALD'S, Hamburger/);
    const fries = items[1] as ParsedItem;
    expect(descriptionOf(fries)).toMatch(/^McDONALD'S, french fries/);
    expect(fries.grams).toBeCloseTo(gramsOf(foodOf(fries), 'kid_serving'), 1);
    // The chain has no milk jug: the milk stays the plain food.
    expect(descriptionOf(items[2] as ParsedItem)).not.toMatch(/McDONALD/);
  });

  it.each([
    ['a Big Mac and a medium fries', /^McDONALD'S, french fries/],
    ['a whopper with fries', /^BURGER KING, french fries/],
  ])('an item only one chain sells names the chain: "%s"', (text, fries) => {
    const items = itemsOf(text);
    expect(items).toHaveLength(2);
    expect(descriptionOf(items[1] as ParsedItem)).toMatch(fries);
  });

  it('a count of pieces of a chain food counts its pieces: "10 piece chicken mcnuggets"', () => {
    const nuggets = onlyItem('10 piece chicken mcnuggets');
    expect(nuggets.grams).toBeCloseTo(10 * gramsOf(foodOf(nuggets), 'nugget'), 0);
  });

  it('words beside the name narrow the chain food: a Pizza Hut pan pizza, a Taco Bell bean burrito', () => {
    expect(descriptionOf(onlyItem('a slice of pizza hut pan cheese pizza'))).toMatch(/PIZZA HUT.*Pan/);
    expect(descriptionOf(itemsOf('a bean and cheese burrito from Taco Bell')[0] as ParsedItem)).toMatch(
      /^TACO BELL, Bean Burrito/,
    );
  });
});

describe('a meal named by its kind and then told item by item counts the items only', () => {
  it('"pizza ... 3 slices of pepperoni" is 3 slices of pepperoni pizza', () => {
    const items = itemsOf('We ordered pizza and I ate 3 slices of pepperoni and drank 2 beers');
    expect(items.map((item) => item.name)).toHaveLength(2);
    const pizza = items[0] as ParsedItem;
    expect(foodOf(pizza).description.toLowerCase()).toContain('pepperoni');
    expect(pizza.grams).toBeCloseTo(3 * gramsOf(foodOf(pizza), 'slice'), 0);
  });

  it('sushi then a California roll, steak night then a ribeye: the kind is not one more item', () => {
    expect(itemsOf('sushi for lunch, 8 pieces of california roll')).toHaveLength(1);
    const steak = onlyItem('steak night: an 8 oz ribeye');
    expect(steak.grams).toBeCloseTo(8 * 28.35, 0);
  });

  it('"2 pieces of fried chicken, a breast and a drumstick" is those two pieces', () => {
    const items = itemsOf('2 pieces of fried chicken, a breast and a drumstick');
    expect(items.map((item) => foodOf(item).id)).toEqual(['fried-chicken-breast', 'fried-chicken-drumstick']);
  });

  it('two foods named bare stay two foods ("chicken and rice")', () => {
    expect(itemsOf('chicken and rice')).toHaveLength(2);
  });
});

describe('dishes and their parts, further', () => {
  it('a bowl told part by part is its parts, with 3 oz of the meat its name holds', () => {
    const items = itemsOf('a chicken burrito bowl with rice, black beans, salsa and guacamole');
    expect(items).toHaveLength(5);
    const meat = items[0] as ParsedItem;
    expect(foodOf(meat).category).toBe('poultry');
    expect(meat.grams).toBeCloseTo(3 * 28.35, 0);
  });

  it('parts named with an unmeasured dish choose its record: an omelet with cheese is a cheese omelet', () => {
    const omelet = onlyItem('an omelet with cheese');
    expect(foodOf(omelet).description.toLowerCase()).toContain('cheese');
  });

  it('what tops a dish is added to it: chili topped with cheddar and sour cream is three items', () => {
    const items = itemsOf('a bowl of chili topped with cheddar and sour cream');
    expect(items.map((item) => foodOf(item).category)).toEqual(['dishes', 'dairy', 'dairy']);
  });

  it('chips beside a burger are not in it', () => {
    expect(
      itemsOf('a hamburger on a bun with ketchup and some potato chips').map((i) => foodOf(i).category),
    ).toContain('snacks');
  });

  it('an inflected common word is never corrected into a food ("topped" is not "popped")', () => {
    expect(itemsOf('chili topped with cheddar').some((item) => /popcorn/i.test(item.name))).toBe(false);
  });
});

describe('a raw or dry amount picks the raw or dry record', () => {
  it('"uncooked oatmeal" is dry oats, never a cookie mix; "raw cod" is raw cod, not "cooked, dry heat"', () => {
    const oats = onlyItem('1/3 cup uncooked oatmeal');
    expect(foodOf(oats).description.toLowerCase()).toContain('dry');
    expect(foodOf(oats).description.toLowerCase()).not.toContain('cookie');
    expect(foodOf(onlyItem('200g raw cod')).description.toLowerCase()).toContain('raw');
  });
});

describe('a percentage picks the sibling record USDA names by it', () => {
  it.each([
    ['4 oz of cooked 85% lean ground beef', /85% lean/],
    ['a 90/10 hamburger patty, 4 oz raw', /90% lean.*raw/],
    ['5 oz of 96% lean ground beef, cooked', /9[57]% lean/],
    ['a cup of 1% lowfat cottage cheese', /1% milkfat/],
  ])('"%s"', (text, description) => {
    expect(foodOf(onlyItem(text)).description).toMatch(description);
  });

  it('a sibling without the measure counted in borrows it: 2 squares of 70% chocolate are squares of it', () => {
    const named = onlyItem('2 squares of dark chocolate');
    const chocolate = onlyItem('2 squares of 70% dark chocolate');
    expect(foodOf(chocolate).description).toMatch(/70-85% cacao/);
    expect(chocolate.grams).toBeCloseTo(named.grams, 5);
    expect(chocolate.calories).toBeCloseTo((chocolate.grams * foodOf(chocolate).per100g.kcal) / 100, 0);
  });

  it.each([
    ['greek yogurt, 2%, a 7 oz container', /Greek, plain, lowfat/],
    ['5% greek yogurt', /Greek, plain, whole milk/],
    ['a cup of 2% plain yogurt', /plain, low fat/],
    ['plain yogurt, 0%', /plain, skim milk/],
  ])('a milkfat said of a food USDA names by a fat word picks that word: "%s"', (text, description) => {
    expect(foodOf(onlyItem(text)).description).toMatch(description);
  });

  it('an amount stated after the item overrides its "a": the patty is 4 oz', () => {
    expect(onlyItem('a 90/10 hamburger patty, 4 oz raw').grams).toBeCloseTo(4 * 28.35, 0);
  });
});

describe('what a food was made with is no item when its record names it', () => {
  it.each([
    ['1 cup of oatmeal made with water', /with water/],
    ['grits made with water and butter', /with water/],
  ])('"%s" has no glass of water', (text, description) => {
    const items = itemsOf(text);
    expect(foodOf(items[0] as ParsedItem).description).toMatch(description);
    expect(items.map((item) => foodOf(item).category)).not.toContain('drinks');
  });

  it('a topping the record names is no second item: a frappuccino with whipped cream', () => {
    const drink = onlyItem('a venti caramel frappuccino with whipped cream');
    expect(foodOf(drink).description.toLowerCase()).toContain('with whipped cream');
  });

  it('a topping the record does not name stays an item: coffee with milk, a bagel with cream cheese', () => {
    expect(itemsOf('coffee with milk')).toHaveLength(2);
    expect(itemsOf('a bagel with cream cheese')).toHaveLength(2);
  });

  it('a recipe the record does not name keeps its parts: a smoothie made with a banana and milk', () => {
    expect(itemsOf('a smoothie I made with a banana and milk')).toHaveLength(2);
  });
});

describe('a food named in parentheses after its kind is the food eaten', () => {
  it.each([
    ['a protein bar (a Clif bar)', /Clif Bar/],
    ['a granola bar (a Nature Valley bar)', /Nature Valley/],
  ])('"%s"', (text, name) => {
    expect(onlyItem(text).name).toMatch(name);
  });

  it('a group of another kind only describes: "a concha (pan dulce)" is one concha', () => {
    expect(onlyItem('a concha (pan dulce)').name).toMatch(/concha/i);
  });
});

describe('a dish said to be a frozen meal is the frozen meal of it', () => {
  it.each([
    ['a frozen Lean Cuisine spaghetti with meat sauce', /spaghetti.*frozen meal/i],
    ['a stouffers lasagna', /lasagna/i],
  ])('"%s"', (text, description) => {
    expect(foodOf(onlyItem(text)).description).toMatch(description);
  });

  it('the same dish with no freezer word is the home recipe', () => {
    expect(foodOf(onlyItem('spaghetti with meat sauce')).description).not.toMatch(/frozen meal/);
  });
});

describe('what comes with a cooked dish', () => {
  it.each([
    ['a bowl of beef stew with a crusty roll', 2],
    ['a bowl of chili with cornbread', 2],
    ['a bowl of ramen with a soft boiled egg', 2],
    ['beef stew with carrots and potatoes', 1],
    ['un plato de sopa de pollo con arroz', 1],
  ])(
    '"%s" is %i item(s): one countable thing or bread is beside it, bare ingredients are in it',
    (text, count) => {
      expect(itemsOf(text)).toHaveLength(count);
    },
  );

  it('an assembled dish is still told by its parts: a hamburger on a bun is one hamburger', () => {
    expect(itemsOf('a hamburger on a bun')).toHaveLength(1);
  });
});

describe('where a meal was eaten is never a food', () => {
  it.each([
    ['Chick-fil-A for dinner: a spicy chicken sandwich', 1],
    ['Taco Bell at 1am, 2 crunchy tacos', 1],
    ['Subway for lunch: a 6 inch turkey sub', 1],
    ['a glass of pinot noir at the wine bar', 1],
  ])('"%s" is %i item', (text, count) => {
    expect(itemsOf(text)).toHaveLength(count);
  });

  it('a place word that is also a unit is no amount: "wings at the sports bar" are not a bar of wings', () => {
    expect(onlyItem('wings at the sports bar').unit).not.toBe('bar');
  });

  it('a bar eaten is still food: "a granola bar", "a protein bar at the gym"', () => {
    expect(onlyItem('a granola bar').unit).toBe('bar');
    expect(onlyItem('I ate a protein bar at the gym').unit).toBe('bar');
  });
});

describe('dishes whose name promises what their record leaves out', () => {
  it('fish and chips is the fish and an order of chips, unless the meal names the fries itself', () => {
    expect(itemsOf('fish and chips').map((item) => foodOf(item).id)).toEqual([
      'fish-and-chips',
      'french-fries',
    ]);
    expect(itemsOf('fish and chips and a side of fries')).toHaveLength(2);
  });

  it('beans on toast is baked beans and a slice of toast', () => {
    expect(itemsOf('beans on toast').map((item) => foodOf(item).category)).toEqual(['legumes', 'bread']);
  });

  it("a footlong Spicy Italian is FNDDS's footlong Subway sub", () => {
    const sub = onlyItem('a footlong spicy italian');
    expect(sub.grams).toBeCloseTo(2 * gramsOf(foodOf(sub), 'submarine'), 1);
  });
});

describe('sizes', () => {
  it.each([
    ['a latte, large', 'a large latte'],
    ['a bag of doritos, the big one', 'a large bag of doritos'],
  ])('a size said after the item is its size: "%s" is "%s"', (after, before) => {
    expect(onlyItem(after).grams).toBeCloseTo(onlyItem(before).grams, 1);
  });

  it('a count of a food sized by default counts that size: 2 blueberry muffins are 2 of "a blueberry muffin"', () => {
    expect(onlyItem('2 blueberry muffins').grams).toBeCloseTo(2 * onlyItem('a blueberry muffin').grams, 1);
    expect(onlyItem('half a blueberry muffin').grams).toBeCloseTo(
      onlyItem('a blueberry muffin').grams / 2,
      1,
    );
  });
});

describe('amounts the context gives', () => {
  it('beans with no amount are half a cup, what FNDDS records people eating', () => {
    const beans = onlyItem('black beans');
    expect(beans.grams).toBeCloseTo(gramsOf(foodOf(beans), 'cup') / 2, 1);
  });

  it('milk listed right after a tea goes into it: "a cuppa, milk and one sugar"', () => {
    const milk = itemsOf('a cuppa, milk and one sugar')[1] as ParsedItem;
    expect(milk.unit).toBe('tbsp');
    expect(milk.grams).toBeLessThan(50);
  });
});

describe('packaged portions', () => {
  it('a fruit cup is the snack-size cup of canned fruit, and 2 fruit cups two of them', () => {
    const one = onlyItem('a fruit cup');
    expect(one.grams).toBeCloseTo(gramsOf(foodOf(one), 'snack_size_container'), 1);
    expect(onlyItem('2 fruit cups').grams).toBeCloseTo(2 * one.grams, 1);
  });

  it('chips eaten with a dip are tortilla chips; chips alone stay potato chips', () => {
    expect(foodOf(itemsOf('chips and salsa')[0] as ParsedItem).id).toBe('tortilla-chips');
    expect(foodOf(onlyItem('a bag of chips')).id).toBe('potato-chips');
  });
});

describe('how a food was cooked, said right after it, is its own', () => {
  it.each([
    ['2 eggs scrambled in butter', /scrambled/],
    ['2 eggs fried in butter', /fried/],
  ])('"%s"', (text, description) => {
    const [eggs, butter] = itemsOf(text) as [ParsedItem, ParsedItem];
    expect(foodOf(eggs).description.toLowerCase()).toMatch(description);
    expect(foodOf(butter).description).toMatch(/^Butter/);
  });
});

describe('"whole" says the food entire, or names its grain or milk', () => {
  it('a whole pizza is the medium pizza and half a pizza half of it, never a slice', () => {
    const pizza = onlyItem('a whole pizza');
    expect(pizza.grams).toBeCloseTo(gramsOf(foodOf(pizza), 'medium_pizza'), 1);
    expect(onlyItem('half a pizza').grams).toBeCloseTo(pizza.grams / 2, 1);
  });

  it('"a turkey burger on a whole wheat bun" is the burger, not a bun counted as the meal', () => {
    expect(foodOf(onlyItem('a turkey burger on a whole wheat bun')).description).toMatch(/burger/i);
  });
});

describe('blended drinks and foods found by search', () => {
  it('a shake told by a list with an amount in it is that recipe: the parts, not a ready-made shake too', () => {
    const items = itemsOf('a protein shake with a banana, a scoop of whey and almond milk');
    expect(items).toHaveLength(3);
    expect(items.map((item) => item.name)).not.toContain('Protein shake, ready-to-drink');
  });

  it("a food found by search is SR's serving, not one fl oz: a smoothie with banana, strawberries and yogurt", () => {
    expect(onlyItem('a smoothie with banana, strawberries and yogurt').grams).toBeGreaterThan(200);
  });

  it('peppers in a stir fry are bell peppers, not pepper steak', () => {
    expect(foodOf(onlyItem('peppers')).description).toMatch(/Peppers, sweet/);
  });
});

describe('a slice of an FNDDS bread is its regular slice', () => {
  it('not the slice eaten without its crust, nor the Vienna one: 2 slices of sourdough', () => {
    const bread = onlyItem('2 slices of sourdough');
    expect(bread.grams).toBeCloseTo(2 * gramsOf(foodOf(bread), 'medium_slice'), 1);
  });
});

describe('named products and places with a menu of their own', () => {
  it.each([
    ['a diet dr pepper', 'cola-diet'],
    ['a monster energy drink', 'monster-energy'],
    ['an ear of corn', 'corn-on-the-cob'],
    ['a medium popcorn at the movies', 'movie-theater-popcorn'],
    ['a large buttered popcorn at the movies', 'popcorn-movie'],
  ])('"%s" is %s', (text, id) => {
    expect(foodOf(onlyItem(text)).id).toBe(id);
  });

  it('a Frosty with no size is the medium one, as drinks sold by size are', () => {
    expect(onlyItem('a frosty').unit).toBe('medium');
  });
});

describe('a sauce named right after a meat or fish glazes it', () => {
  it('"salmon teriyaki, about 5 oz" is 5 oz of salmon, not of sauce', () => {
    const salmon = onlyItem('salmon teriyaki, about 5 oz');
    expect(foodOf(salmon).category).toBe('seafood');
    expect(salmon.grams).toBeCloseTo(5 * 28.35, 0);
  });

  it('a sauce said with "with" stays an item: chicken with teriyaki sauce', () => {
    expect(itemsOf('chicken with teriyaki sauce')).toHaveLength(2);
  });
});

describe('shrimp are counted by their size', () => {
  it.each([
    ['6 jumbo shrimp', 'jumbo_shrimp'],
    ['12 medium shrimp', 'medium_shrimp'],
  ])('"%s" weighs that many of USDA\'s shrimp of that size', (text, unit) => {
    const shrimp = onlyItem(text);
    const count = Number(text.split(' ')[0]);
    expect(shrimp.grams).toBeCloseTo(count * gramsOf(foodOf(shrimp), unit), 1);
  });
});

describe('a patty weighed in pounds is named by its raw meat', () => {
  it("a quarter pound patty is USDA's cooked yield of a quarter pound of raw meat", () => {
    const patty = onlyItem('a quarter pound 85/15 burger patty');
    const yieldOfQuarterPound = foodOf(patty).portions.find((p) => /yield from 1\/4 lb raw/.test(p.label));
    expect(yieldOfQuarterPound).toBeDefined();
    expect(patty.grams).toBeCloseTo(yieldOfQuarterPound?.grams ?? 0, 1);
  });
});

describe('words that describe the item before them are not items', () => {
  it('"sardines in oil" and "tuna in water" are one item each', () => {
    expect(itemsOf('a 3.75 oz can of sardines in oil')).toHaveLength(1);
    expect(itemsOf('a can of tuna in water')).toHaveLength(1);
  });

  it('"personal pan pizza, cheese" is the cheese pizza; "eggs, bacon" are two foods', () => {
    expect(itemsOf('personal pan pizza, cheese')).toHaveLength(1);
    expect(itemsOf('eggs, bacon')).toHaveLength(2);
  });
});

describe("recipes, shared dishes and a salad's own dressing", () => {
  it('a smoothie "made with" its parts is those parts', () => {
    const items = itemsOf(
      'a smoothie I made with a banana, a cup of frozen strawberries and a cup of skim milk',
    );
    expect(items.map((item) => foodOf(item).category)).not.toContain('dishes');
    expect(items).toHaveLength(3);
  });

  it('a stack split with someone is not eaten: only the 2 pancakes I had', () => {
    const items = itemsOf('my son and I split a stack of pancakes, so I had 2 pancakes with a pat of butter');
    expect(items).toHaveLength(2);
    expect(items[0]?.quantity).toBe(2);
  });

  it('"the dressing" with a caesar salad is caesar dressing, in the salad\'s usual amount', () => {
    const items = itemsOf('a chicken caesar salad with the dressing on the side');
    const salad = foodOf(items[0] as ParsedItem);
    const dressing = items[1] as ParsedItem;
    expect(foodOf(dressing).id).toBe(salad.comesWith?.food);
  });
});

describe('everyday words and measures', () => {
  it('"a bag of chips" is potato chips (American English), not fries', () => {
    expect(foodOf(onlyItem('a bag of chips')).id).toBe('potato-chips');
  });

  it('"a slice" of bread is a regular slice, never USDA\'s snack-size one', () => {
    const rye = onlyItem('a slice of rye bread');
    expect(rye.grams).toBeGreaterThan(gramsOf(foodOf(rye), 'snack_size_slice'));
  });

  it('an amount written in words after the item applies to it: "pizza, two slices"', () => {
    expect(onlyItem('leftover pizza for lunch, two slices').quantity).toBe(2);
  });
});

describe('single-serve containers', () => {
  it('a single-serve cup of peanut butter is a container, never a measuring cup of it', () => {
    for (const text of ['a single serve cup of peanut butter', 'an individual cup of peanut butter']) {
      const item = onlyItem(text);
      expect(item.grams).toBeLessThan(gramsOf(foodOf(item), 'cup') / 4);
    }
  });

  it('a footlong from the chain is twice its 6-inch sub', () => {
    const footlong = onlyItem('a footlong meatball sub from subway');
    expect(footlong.grams).toBeCloseTo(2 * gramsOf(foodOf(footlong), 'sandwich'), 0);
  });
});

describe('a bread named by what is in it', () => {
  it('"banana bread" is USDA\'s banana bread, not a banana and a slice of white bread', () => {
    expect(foodOf(onlyItem('a slice of banana bread')).description).toMatch(/^Bread, banana/);
  });

  it('"peanut butter toast" stays the spread and the toast', () => {
    expect(itemsOf('peanut butter toast')).toHaveLength(2);
  });
});

describe('sizes said in words and inches', () => {
  it('"a quarter of a watermelon" is a quarter of the whole melon; "a watermelon" alone its usual portion', () => {
    const quarter = onlyItem('a quarter of a watermelon');
    expect(quarter.grams).toBeCloseTo(gramsOf(foodOf(quarter), 'melon') / 4, 0);
    expect(onlyItem('a watermelon').grams).toBeLessThan(gramsOf(foodOf(quarter), 'melon') / 4);
  });

  it('"a mini muffin" is the mini measure, not a small one', () => {
    const muffin = onlyItem('a mini muffin');
    expect(muffin.grams).toBeCloseTo(gramsOf(foodOf(muffin), 'mini'), 1);
  });

  it('"a 12 inch pizza" is the whole pizza whose diameter USDA gives as 11-12 inches', () => {
    const pizza = onlyItem('a 12 inch pizza');
    expect(pizza.grams).toBeCloseTo(gramsOf(foodOf(pizza), 'medium_pizza'), 0);
  });
});

describe('toppings on a bowl and a plain "cereal"', () => {
  it('granola on yogurt is a quarter cup and nuts 2 tbsp, not a serving of each', () => {
    const [, granola] = itemsOf('yogurt with granola');
    expect(granola?.grams).toBeCloseTo(gramsOf(foodOf(granola as ParsedItem), 'cup') / 4, 0);
    const [, walnuts] = itemsOf('oatmeal with walnuts');
    expect(walnuts?.unit).toBe('tbsp');
    expect(walnuts?.quantity).toBe(2);
  });

  it('"a bowl of cereal" is a cup of ready-to-eat cereal; said more exactly after a comma, only once', () => {
    expect(foodOf(onlyItem('a bowl of cereal')).description).toMatch(/^Cereal, ready-to-eat/);
    const items = itemsOf('a bowl of cereal, like a cup and a half of cheerios with skim milk');
    expect(items).toHaveLength(2);
  });
});

describe('a dish spelled out after a dash', () => {
  it('"a tuna melt - tuna salad and cheese on bread" is the melt once, even though tuna salad is a dish', () => {
    expect(itemsOf('tuna melt - tuna salad and cheese on bread')).toHaveLength(1);
  });
});
