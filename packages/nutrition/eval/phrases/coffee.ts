import type { FoodPhrase } from '../phrase.js';

/** Coffee and tea orders, with milk and sugar as separate items. */
export const COFFEE_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a cup of black coffee',
    kind: 'coffee',
    covers: ['unit_cup', 'drink'],
    items: [{ food: 'coffee-black', grams: 237, kcal: 2 }],
    total_kcal: 2,
    working: 'a cup of black coffee = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal',
  },
  {
    text: 'coffee with milk and 2 sugars',
    kind: 'coffee',
    covers: ['split_with', 'split_and', 'qty_digits', 'drink'],
    items: [
      { food: 'coffee-black', grams: 237, kcal: 2 },
      { food: 'milk-whole', grams: 30.5, kcal: 19 },
      { food: 'sugar', grams: 8.4, kcal: 33 },
    ],
    total_kcal: 54,
    working:
      'coffee, a cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal; milk, a splash, taken as 2 tbsp = 2 x tbsp 15.25 g = 30.5 g x 61 kcal/100 g (FDC 171265) = 19 kcal; 2 sugars, 1 tsp each = 2 x tsp 4.2 g = 8.4 g x 387 kcal/100 g (FDC 169655) = 33 kcal',
  },
  {
    text: 'a double espresso',
    kind: 'coffee',
    covers: ['drink'],
    items: [{ food: 'espresso', grams: 60, kcal: 5 }],
    total_kcal: 5,
    working: 'a double espresso = 2 x shot (1 fl oz) 30 g = 60 g x 9 kcal/100 g (FDC 171891) = 5 kcal',
  },
  {
    text: 'espresso',
    kind: 'coffee',
    covers: ['drink'],
    items: [{ food: 'espresso', grams: 30, kcal: 3 }],
    total_kcal: 3,
    working: 'espresso, one shot = shot (1 fl oz) 30 g = 30 g x 9 kcal/100 g (FDC 171891) = 3 kcal',
  },
  {
    text: '2 cups of coffee with 1 tbsp whole milk each',
    kind: 'coffee',
    covers: ['qty_digits', 'unit_cup', 'split_with', 'unit_tbsp', 'drink'],
    items: [
      { food: 'coffee-black', grams: 474, kcal: 5 },
      { food: 'milk-whole', grams: 30.5, kcal: 19 },
    ],
    total_kcal: 24,
    working:
      '2 cups of coffee = 2 x cup (8 fl oz) 237 g = 474 g x 1 kcal/100 g (FDC 171890) = 5 kcal; 1 tbsp whole milk each = 2 tbsp = 2 x tbsp 15.25 g = 30.5 g x 61 kcal/100 g (FDC 171265) = 19 kcal',
  },
  {
    text: 'coffee, 1 tsp sugar',
    kind: 'coffee',
    covers: ['split_comma', 'unit_tsp', 'drink'],
    items: [
      { food: 'coffee-black', grams: 237, kcal: 2 },
      { food: 'sugar', grams: 4.2, kcal: 16 },
    ],
    total_kcal: 18,
    working:
      'coffee, a cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal; 1 tsp sugar = tsp 4.2 g = 4.2 g x 387 kcal/100 g (FDC 169655) = 16 kcal',
  },
  {
    text: 'a mug of tea with milk and one sugar',
    kind: 'coffee',
    covers: ['split_with', 'split_and', 'qty_word', 'drink'],
    items: [
      { food: 'tea-black', grams: 237, kcal: 2 },
      { food: 'milk-whole', grams: 30.5, kcal: 19 },
      { food: 'sugar', grams: 4.2, kcal: 16 },
    ],
    total_kcal: 37,
    working:
      'a mug of tea, taken as 1 cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 173227) = 2 kcal; milk, a splash, taken as 2 tbsp = 2 x tbsp 15.25 g = 30.5 g x 61 kcal/100 g (FDC 171265) = 19 kcal; one sugar, 1 tsp = tsp 4.2 g = 4.2 g x 387 kcal/100 g (FDC 169655) = 16 kcal',
  },
  {
    text: 'cup of tea',
    kind: 'coffee',
    covers: ['unit_cup', 'drink'],
    items: [{ food: 'tea-black', grams: 237, kcal: 2 }],
    total_kcal: 2,
    working: 'cup of tea = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 173227) = 2 kcal',
  },
  {
    text: 'black coffee and a croissant',
    kind: 'coffee',
    covers: ['split_and', 'drink'],
    items: [
      { food: 'coffee-black', grams: 237, kcal: 2 },
      { food: 'croissant', grams: 57, kcal: 231 },
    ],
    total_kcal: 233,
    working:
      'black coffee, a cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal; a croissant = medium 57 g = 57 g x 406 kcal/100 g (FDC 174987) = 231 kcal',
  },
  {
    text: 'cofee with 2 tsp sugar',
    kind: 'coffee',
    covers: ['misspelling', 'split_with', 'unit_tsp', 'drink'],
    items: [
      { food: 'coffee-black', grams: 237, kcal: 2 },
      { food: 'sugar', grams: 8.4, kcal: 33 },
    ],
    total_kcal: 35,
    working:
      'cofee (coffee), a cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal; 2 tsp sugar = 2 x tsp 4.2 g = 8.4 g x 387 kcal/100 g (FDC 169655) = 33 kcal',
  },
  {
    text: '16 fl oz coffee with 4 tbsp 2% milk',
    kind: 'coffee',
    covers: ['unit_fl_oz', 'split_with', 'unit_tbsp', 'drink'],
    items: [
      { food: 'coffee-black', grams: 474, kcal: 5 },
      { food: 'milk-2pct', grams: 61, kcal: 31 },
    ],
    total_kcal: 36,
    working:
      '16 fl oz coffee = 2 cups = 2 x cup (8 fl oz) 237 g = 474 g x 1 kcal/100 g (FDC 171890) = 5 kcal; 4 tbsp 2% milk = 4 x tbsp 15.25 g = 61 g x 50 kcal/100 g (FDC 171267) = 31 kcal',
  },
  {
    text: 'tea with honey',
    kind: 'coffee',
    covers: ['split_with', 'drink'],
    items: [
      { food: 'tea-black', grams: 237, kcal: 2 },
      { food: 'honey', grams: 7, kcal: 21 },
    ],
    total_kcal: 23,
    working:
      'tea, a cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 173227) = 2 kcal; honey, taken as 1 tsp = tsp 7 g = 7 g x 304 kcal/100 g (FDC 169640) = 21 kcal',
  },
];
