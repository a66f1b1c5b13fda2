import type { FoodPhrase } from '../phrase.js';

/** Named dishes and home-cooked plates. */
export const DISH_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a bowl of chicken noodle soup',
    kind: 'dish',
    covers: ['dish'],
    items: [{ food: 'soup-chicken-noodle', grams: 241, kcal: 60 }],
    total_kcal: 60,
    working:
      'a bowl of chicken noodle soup, taken as 1 cup = cup 241 g = 241 g x 25 kcal/100 g (FDC 174535) = 60 kcal',
  },
  {
    text: '2 cups of tomato soup',
    kind: 'dish',
    covers: ['dish', 'unit_cup'],
    items: [{ food: 'soup-tomato', grams: 488, kcal: 146 }],
    total_kcal: 146,
    working: '2 cups of tomato soup = 2 x cup 244 g = 488 g x 30 kcal/100 g (FDC 171160) = 146 kcal',
  },
  {
    text: '1 cup potato salad',
    kind: 'dish',
    covers: ['dish', 'unit_cup'],
    items: [{ food: 'potato-salad', grams: 250, kcal: 358 }],
    total_kcal: 358,
    working: '1 cup potato salad = cup 250 g = 250 g x 143 kcal/100 g (FDC 174616) = 358 kcal',
  },
  {
    text: 'tuna salad, 1 cup',
    kind: 'dish',
    covers: ['dish', 'unit_cup'],
    items: [{ food: 'tuna-salad', grams: 205, kcal: 383 }],
    total_kcal: 383,
    working: 'tuna salad, 1 cup = cup 205 g = 205 g x 187 kcal/100 g (FDC 174225) = 383 kcal',
  },
  {
    text: '3 slices of french toast with maple syrup',
    kind: 'dish',
    covers: ['dish', 'unit_slice', 'split_with'],
    items: [
      { food: 'french-toast', grams: 195, kcal: 447 },
      { food: 'maple-syrup', grams: 40, kcal: 104 },
    ],
    total_kcal: 551,
    working:
      '3 slices of french toast = 3 x slice 65 g = 195 g x 229 kcal/100 g (FDC 175040) = 447 kcal; maple syrup, taken as 2 tbsp = 2 x tbsp 20 g = 40 g x 260 kcal/100 g (FDC 169661) = 104 kcal',
  },
  {
    text: 'a stack of 3 pancakes',
    kind: 'dish',
    covers: ['dish', 'qty_digits'],
    items: [{ food: 'pancakes', grams: 231, kcal: 524 }],
    total_kcal: 524,
    working: 'a stack of 3 pancakes = 3 x 6" pancake 77 g = 231 g x 227 kcal/100 g (FDC 175037) = 524 kcal',
  },
  {
    text: '1.5 cups spaghetti, 1/2 cup marinara',
    kind: 'dish',
    covers: ['dish', 'qty_decimal', 'unit_cup', 'qty_fraction', 'split_comma'],
    items: [
      { food: 'pasta-cooked', grams: 210, kcal: 332 },
      { food: 'marinara', grams: 125, kcal: 63 },
    ],
    total_kcal: 395,
    working:
      '1.5 cups spaghetti = 1.5 x cup 140 g = 210 g x 158 kcal/100 g (FDC 169737) = 332 kcal; 1/2 cup marinara = 0.5 x cup 250 g = 125 g x 50 kcal/100 g (FDC 174530) = 63 kcal',
  },
  {
    text: 'hummus 100g',
    kind: 'dish',
    covers: ['dish', 'unit_g'],
    items: [{ food: 'hummus', grams: 100, kcal: 166 }],
    total_kcal: 166,
    working: 'hummus 100 g = 100 g x 166 kcal/100 g (FDC 174289) = 166 kcal',
  },
  {
    text: 'a bowl of lentils with a slice of bread',
    kind: 'dish',
    covers: ['dish', 'split_with', 'unit_slice'],
    items: [
      { food: 'lentils-cooked', grams: 198, kcal: 230 },
      { food: 'bread-white', grams: 25, kcal: 67 },
    ],
    total_kcal: 297,
    working:
      'a bowl of lentils, taken as 1 cup = cup 198 g = 198 g x 116 kcal/100 g (FDC 172421) = 230 kcal; a slice of bread (white) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal',
  },
  {
    text: '4 small pancakes',
    kind: 'dish',
    covers: ['dish', 'size_word', 'qty_digits'],
    items: [{ food: 'pancakes', grams: 152, kcal: 345 }],
    total_kcal: 345,
    working: '4 small pancakes = 4 x 4" pancake 38 g = 152 g x 227 kcal/100 g (FDC 175037) = 345 kcal',
  },
  {
    text: 'a waffle with 1 tbsp maple syrup and a tbsp of butter',
    kind: 'dish',
    covers: ['dish', 'split_with', 'split_and', 'unit_tbsp'],
    items: [
      { food: 'waffle', grams: 75, kcal: 218 },
      { food: 'maple-syrup', grams: 20, kcal: 52 },
      { food: 'butter-salted', grams: 14.2, kcal: 102 },
    ],
    total_kcal: 372,
    working:
      'a waffle = 7" round 75 g = 75 g x 291 kcal/100 g (FDC 175042) = 218 kcal; 1 tbsp maple syrup = tbsp 20 g = 20 g x 260 kcal/100 g (FDC 169661) = 52 kcal; a tbsp of butter = tbsp 14.2 g = 14.2 g x 717 kcal/100 g (FDC 173410) = 102 kcal',
  },
];
