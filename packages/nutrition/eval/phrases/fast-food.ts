import type { FoodPhrase } from '../phrase.js';

/** Fast food orders, valued with USDA fast food and restaurant records. */
export const FAST_FOOD_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a big mac and medium fries',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_word', 'split_and', 'size_word'],
    items: [
      { food: 'big-mac', grams: 219, kcal: 563 },
      { food: 'french-fries', grams: 117, kcal: 365 },
    ],
    total_kcal: 928,
    working:
      'a big mac = item 219 g = 219 g x 257 kcal/100 g (FDC 170720) = 563 kcal; medium fries = medium order 117 g = 117 g x 312 kcal/100 g (FDC 170431) = 365 kcal',
  },
  {
    text: 'big mac, large fries and a coke',
    kind: 'fast_food',
    covers: ['fast_food', 'split_comma', 'split_and', 'size_word', 'drink'],
    items: [
      { food: 'big-mac', grams: 219, kcal: 563 },
      { food: 'french-fries', grams: 154, kcal: 480 },
      { food: 'cola', grams: 368, kcal: 136 },
    ],
    total_kcal: 1179,
    working:
      'big mac = item 219 g = 219 g x 257 kcal/100 g (FDC 170720) = 563 kcal; large fries = large order 154 g = 154 g x 312 kcal/100 g (FDC 170431) = 480 kcal; a coke, taken as a 12 fl oz can = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: 'a cheeseburger and small fries',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_word', 'split_and', 'size_word'],
    items: [
      { food: 'cheeseburger', grams: 119, kcal: 313 },
      { food: 'french-fries', grams: 71, kcal: 222 },
    ],
    total_kcal: 535,
    working:
      'a cheeseburger = item 119 g = 119 g x 263 kcal/100 g (FDC 170323) = 313 kcal; small fries = small order 71 g = 71 g x 312 kcal/100 g (FDC 170431) = 222 kcal',
  },
  {
    text: '2 cheeseburgers',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits'],
    items: [{ food: 'cheeseburger', grams: 238, kcal: 626 }],
    total_kcal: 626,
    working: '2 cheeseburgers = 2 x item 119 g = 238 g x 263 kcal/100 g (FDC 170323) = 626 kcal',
  },
  {
    text: '6 chicken nuggets',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits', 'unit_piece'],
    items: [{ food: 'chicken-nuggets', grams: 96, kcal: 290 }],
    total_kcal: 290,
    working: '6 chicken nuggets = 6 x piece 16 g = 96 g x 302 kcal/100 g (FDC 170723) = 290 kcal',
  },
  {
    text: '10 piece chicken nuggets and a medium fries',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits', 'unit_piece', 'split_and', 'size_word'],
    items: [
      { food: 'chicken-nuggets', grams: 160, kcal: 483 },
      { food: 'french-fries', grams: 117, kcal: 365 },
    ],
    total_kcal: 848,
    working:
      '10 piece chicken nuggets = 10 x piece 16 g = 160 g x 302 kcal/100 g (FDC 170723) = 483 kcal; a medium fries = medium order 117 g = 117 g x 312 kcal/100 g (FDC 170431) = 365 kcal',
  },
  {
    text: '2 slices of cheese pizza',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits', 'unit_slice'],
    items: [{ food: 'pizza-cheese', grams: 214, kcal: 569 }],
    total_kcal: 569,
    working:
      '2 slices of cheese pizza = 2 x slice (1/8 of 14") 107 g = 214 g x 266 kcal/100 g (FDC 170742) = 569 kcal',
  },
  {
    text: '3 pieces of pizza and a beer',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits', 'unit_piece', 'split_and', 'drink'],
    items: [
      { food: 'pizza-cheese', grams: 321, kcal: 854 },
      { food: 'beer', grams: 356, kcal: 153 },
    ],
    total_kcal: 1007,
    working:
      '3 pieces of pizza (cheese) = 3 x slice (1/8 of 14") 107 g = 321 g x 266 kcal/100 g (FDC 170742) = 854 kcal; a beer = can or bottle (12 fl oz) 356 g = 356 g x 43 kcal/100 g (FDC 168746) = 153 kcal',
  },
  {
    text: 'a hot dog and a coke',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_word', 'split_and', 'drink'],
    items: [
      { food: 'hot-dog', grams: 98, kcal: 242 },
      { food: 'cola', grams: 368, kcal: 136 },
    ],
    total_kcal: 378,
    working:
      'a hot dog = sandwich 98 g = 98 g x 247 kcal/100 g (FDC 170367) = 242 kcal; a coke, a can = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: 'two hot dogs with ketchup',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_word', 'split_with'],
    items: [
      { food: 'hot-dog', grams: 196, kcal: 484 },
      { food: 'ketchup', grams: 17, kcal: 17 },
    ],
    total_kcal: 501,
    working:
      'two hot dogs = 2 x sandwich 98 g = 196 g x 247 kcal/100 g (FDC 170367) = 484 kcal; ketchup, taken as 1 tbsp = tbsp 17 g = 17 g x 101 kcal/100 g (FDC 168556) = 17 kcal',
  },
  {
    text: 'large fries with 2 tbsp ketchup',
    kind: 'fast_food',
    covers: ['fast_food', 'size_word', 'split_with', 'unit_tbsp'],
    items: [
      { food: 'french-fries', grams: 154, kcal: 480 },
      { food: 'ketchup', grams: 34, kcal: 34 },
    ],
    total_kcal: 514,
    working:
      'large fries = large order 154 g = 154 g x 312 kcal/100 g (FDC 170431) = 480 kcal; 2 tbsp ketchup = 2 x tbsp 17 g = 34 g x 101 kcal/100 g (FDC 168556) = 34 kcal',
  },
  {
    text: 'bigmac & fries',
    kind: 'fast_food',
    covers: ['fast_food', 'misspelling', 'split_ampersand'],
    items: [
      { food: 'big-mac', grams: 219, kcal: 563 },
      { food: 'french-fries', grams: 117, kcal: 365 },
    ],
    total_kcal: 928,
    working:
      'bigmac (Big Mac) = item 219 g = 219 g x 257 kcal/100 g (FDC 170720) = 563 kcal; fries, taken as a medium order = medium order 117 g = 117 g x 312 kcal/100 g (FDC 170431) = 365 kcal',
  },
  {
    text: 'a slice of pizza',
    kind: 'fast_food',
    covers: ['fast_food', 'unit_slice'],
    items: [{ food: 'pizza-cheese', grams: 107, kcal: 285 }],
    total_kcal: 285,
    working:
      'a slice of pizza (cheese) = slice (1/8 of 14") 107 g = 107 g x 266 kcal/100 g (FDC 170742) = 285 kcal',
  },
  {
    text: 'egg mcmuffin and a coffee',
    kind: 'fast_food',
    covers: ['fast_food', 'split_and', 'drink'],
    items: [
      { food: 'breakfast-sandwich-egg-muffin', grams: 137, kcal: 300 },
      { food: 'coffee-black', grams: 237, kcal: 2 },
    ],
    total_kcal: 302,
    working:
      'egg mcmuffin = item 137 g = 137 g x 219 kcal/100 g (FDC 170719) = 300 kcal; a coffee, 1 cup = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal',
  },
  {
    text: 'cheeseburger, fries, coke',
    kind: 'fast_food',
    covers: ['fast_food', 'split_comma', 'drink'],
    items: [
      { food: 'cheeseburger', grams: 119, kcal: 313 },
      { food: 'french-fries', grams: 117, kcal: 365 },
      { food: 'cola', grams: 368, kcal: 136 },
    ],
    total_kcal: 814,
    working:
      'cheeseburger = item 119 g = 119 g x 263 kcal/100 g (FDC 170323) = 313 kcal; fries, taken as a medium order = medium order 117 g = 117 g x 312 kcal/100 g (FDC 170431) = 365 kcal; coke, a can = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: '20 chicken nuggets',
    kind: 'fast_food',
    covers: ['fast_food', 'qty_digits'],
    items: [{ food: 'chicken-nuggets', grams: 320, kcal: 966 }],
    total_kcal: 966,
    working: '20 chicken nuggets = 20 x piece 16 g = 320 g x 302 kcal/100 g (FDC 170723) = 966 kcal',
  },
  {
    text: 'a large fries',
    kind: 'fast_food',
    covers: ['fast_food', 'size_word'],
    items: [{ food: 'french-fries', grams: 154, kcal: 480 }],
    total_kcal: 480,
    working: 'a large fries = large order 154 g = 154 g x 312 kcal/100 g (FDC 170431) = 480 kcal',
  },
];
