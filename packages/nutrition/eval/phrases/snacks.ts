import type { FoodPhrase } from '../phrase.js';

/** Snacks: fruit, nuts, crisps, chocolate, cheese. */
export const SNACK_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'an apple',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'apple', grams: 182, kcal: 95 }],
    total_kcal: 95,
    working: 'an apple = medium 182 g = 182 g x 52 kcal/100 g (FDC 171688) = 95 kcal',
  },
  {
    text: 'a banana',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'banana', grams: 118, kcal: 105 }],
    total_kcal: 105,
    working: 'a banana = medium 118 g = 118 g x 89 kcal/100 g (FDC 173944) = 105 kcal',
  },
  {
    text: '2 bananas',
    kind: 'snack',
    covers: ['qty_digits'],
    items: [{ food: 'banana', grams: 236, kcal: 210 }],
    total_kcal: 210,
    working: '2 bananas = 2 x medium 118 g = 236 g x 89 kcal/100 g (FDC 173944) = 210 kcal',
  },
  {
    text: 'one large apple and a small orange',
    kind: 'snack',
    covers: ['qty_word', 'size_word', 'split_and'],
    items: [
      { food: 'apple', grams: 223, kcal: 116 },
      { food: 'orange', grams: 96, kcal: 45 },
    ],
    total_kcal: 161,
    working:
      'one large apple = large 223 g = 223 g x 52 kcal/100 g (FDC 171688) = 116 kcal; a small orange = small 96 g = 96 g x 47 kcal/100 g (FDC 169097) = 45 kcal',
  },
  {
    text: 'an orange',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'orange', grams: 131, kcal: 62 }],
    total_kcal: 62,
    working: 'an orange = medium 131 g = 131 g x 47 kcal/100 g (FDC 169097) = 62 kcal',
  },
  {
    text: 'a handful of almonds',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'almonds', grams: 28.4, kcal: 164 }],
    total_kcal: 164,
    working:
      'a handful of almonds, taken as 1 oz = 1 oz x 28.35 g = 28.4 g x 579 kcal/100 g (FDC 170567) = 164 kcal',
  },
  {
    text: '20 almonds',
    kind: 'snack',
    covers: ['qty_digits', 'unit_piece'],
    items: [{ food: 'almonds', grams: 24, kcal: 139 }],
    total_kcal: 139,
    working: '20 almonds = 20 x almond 1.2 g = 24 g x 579 kcal/100 g (FDC 170567) = 139 kcal',
  },
  {
    text: '1 oz of walnuts and an apple',
    kind: 'snack',
    covers: ['unit_oz', 'split_and', 'qty_word'],
    items: [
      { food: 'walnuts', grams: 28.4, kcal: 186 },
      { food: 'apple', grams: 182, kcal: 95 },
    ],
    total_kcal: 281,
    working:
      '1 oz of walnuts = 1 oz x 28.35 g = 28.4 g x 654 kcal/100 g (FDC 170187) = 186 kcal; an apple = medium 182 g = 182 g x 52 kcal/100 g (FDC 171688) = 95 kcal',
  },
  {
    text: 'a bag of crisps',
    kind: 'snack',
    covers: ['regional_name'],
    items: [{ food: 'potato-chips', grams: 28.4, kcal: 151 }],
    total_kcal: 151,
    working:
      'a bag of crisps (potato chips), taken as a 1 oz bag = 1 oz x 28.35 g = 28.4 g x 532 kcal/100 g (FDC 2709422) = 151 kcal',
  },
  {
    text: '28g crisps and a can of coke',
    kind: 'snack',
    covers: ['unit_g', 'regional_name', 'split_and', 'drink'],
    items: [
      { food: 'potato-chips', grams: 28, kcal: 149 },
      { food: 'cola', grams: 368, kcal: 136 },
    ],
    total_kcal: 285,
    working:
      '28 g crisps (potato chips) = 28 g x 532 kcal/100 g (FDC 2709422) = 149 kcal; a can of coke = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: '3 cups of air-popped popcorn',
    kind: 'snack',
    covers: ['qty_digits', 'unit_cup', 'preparation'],
    items: [{ food: 'popcorn-air-popped', grams: 24, kcal: 93 }],
    total_kcal: 93,
    working: '3 cups of air-popped popcorn = 3 x cup 8 g = 24 g x 387 kcal/100 g (FDC 2708219) = 93 kcal',
  },
  {
    text: 'a milk chocolate bar',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'milk-chocolate', grams: 44, kcal: 235 }],
    total_kcal: 235,
    working: 'a milk chocolate bar = bar (1.55 oz) 44 g = 44 g x 535 kcal/100 g (FDC 2710328) = 235 kcal',
  },
  {
    text: '1 oz dark chocolate',
    kind: 'snack',
    covers: ['unit_oz'],
    items: [{ food: 'chocolate-dark', grams: 28.4, kcal: 170 }],
    total_kcal: 170,
    working: '1 oz dark chocolate = 1 oz x 28.35 g = 28.4 g x 598 kcal/100 g (FDC 170273) = 170 kcal',
  },
  {
    text: 'a glazed donut',
    kind: 'snack',
    covers: ['qty_word'],
    items: [{ food: 'doughnut-glazed', grams: 60, kcal: 242 }],
    total_kcal: 242,
    working:
      'a glazed donut (doughnut) = medium (3-3/4") 60 g = 60 g x 403 kcal/100 g (FDC 175020) = 242 kcal',
  },
  {
    text: '2 glazed doughnuts',
    kind: 'snack',
    covers: ['qty_digits'],
    items: [{ food: 'doughnut-glazed', grams: 120, kcal: 484 }],
    total_kcal: 484,
    working: '2 glazed doughnuts = 2 x medium (3-3/4") 60 g = 120 g x 403 kcal/100 g (FDC 175020) = 484 kcal',
  },
  {
    text: 'a cup of grapes',
    kind: 'snack',
    covers: ['qty_word', 'unit_cup'],
    items: [{ food: 'grapes', grams: 151, kcal: 104 }],
    total_kcal: 104,
    working: 'a cup of grapes = cup 151 g = 151 g x 69 kcal/100 g (FDC 174683) = 104 kcal',
  },
  {
    text: 'a few strawberries',
    kind: 'snack',
    covers: ['qty_few'],
    items: [{ food: 'strawberries', grams: 36, kcal: 12 }],
    total_kcal: 12,
    working: 'a few strawberries = 3 x medium 12 g = 36 g x 32 kcal/100 g (FDC 167762) = 12 kcal',
  },
  {
    text: 'a couple of clementines',
    kind: 'snack',
    covers: ['qty_couple'],
    items: [{ food: 'clementine', grams: 148, kcal: 70 }],
    total_kcal: 70,
    working: 'a couple of clementines = 2 x fruit 74 g = 148 g x 47 kcal/100 g (FDC 168195) = 70 kcal',
  },
  {
    text: 'a pear and a peach',
    kind: 'snack',
    covers: ['qty_word', 'split_and'],
    items: [
      { food: 'pear', grams: 178, kcal: 101 },
      { food: 'peach', grams: 150, kcal: 59 },
    ],
    total_kcal: 160,
    working:
      'a pear = medium 178 g = 178 g x 57 kcal/100 g (FDC 169118) = 101 kcal; a peach = medium 150 g = 150 g x 39 kcal/100 g (FDC 169928) = 59 kcal',
  },
  {
    text: '1 mango',
    kind: 'snack',
    covers: ['qty_digits'],
    items: [{ food: 'mango', grams: 336, kcal: 202 }],
    total_kcal: 202,
    working: '1 mango = fruit without refuse 336 g = 336 g x 60 kcal/100 g (FDC 169910) = 202 kcal',
  },
  {
    text: 'a cup of pineapple chunks and a kiwi',
    kind: 'snack',
    covers: ['unit_cup', 'split_and', 'qty_word'],
    items: [
      { food: 'pineapple', grams: 165, kcal: 83 },
      { food: 'kiwi', grams: 69, kcal: 42 },
    ],
    total_kcal: 125,
    working:
      'a cup of pineapple chunks = cup chunks 165 g = 165 g x 50 kcal/100 g (FDC 169124) = 83 kcal; a kiwi = fruit (2") 69 g = 69 g x 61 kcal/100 g (FDC 168153) = 42 kcal',
  },
  {
    text: 'a small box of raisins',
    kind: 'snack',
    covers: ['size_word'],
    items: [{ food: 'raisins', grams: 43, kcal: 129 }],
    total_kcal: 129,
    working:
      'a small box of raisins = small box (1.5 oz) 43 g = 43 g x 299 kcal/100 g (FDC 168165) = 129 kcal',
  },
  {
    text: '1 oz pretzels',
    kind: 'snack',
    covers: ['unit_oz'],
    items: [{ food: 'pretzels', grams: 28.4, kcal: 108 }],
    total_kcal: 108,
    working: '1 oz pretzels = 1 oz x 28.35 g = 28.4 g x 380 kcal/100 g (FDC 174432) = 108 kcal',
  },
  {
    text: 'apple with 2 tbsp of peanut butter',
    kind: 'snack',
    covers: ['split_with', 'unit_tbsp'],
    items: [
      { food: 'apple', grams: 182, kcal: 95 },
      { food: 'peanut-butter', grams: 32, kcal: 188 },
    ],
    total_kcal: 283,
    working:
      'apple = medium 182 g = 182 g x 52 kcal/100 g (FDC 171688) = 95 kcal; 2 tbsp of peanut butter = 2 x tbsp 16 g = 32 g x 588 kcal/100 g (FDC 174266) = 188 kcal',
  },
  {
    text: 'a cup of raspberries and a cup of blueberries',
    kind: 'snack',
    covers: ['unit_cup', 'split_and'],
    items: [
      { food: 'raspberries', grams: 123, kcal: 64 },
      { food: 'blueberries', grams: 148, kcal: 84 },
    ],
    total_kcal: 148,
    working:
      'a cup of raspberries = cup 123 g = 123 g x 52 kcal/100 g (FDC 167755) = 64 kcal; a cup of blueberries = cup 148 g = 148 g x 57 kcal/100 g (FDC 171711) = 84 kcal',
  },
  {
    text: '1/2 cup of vanilla ice cream',
    kind: 'snack',
    covers: ['qty_fraction', 'unit_cup'],
    items: [{ food: 'ice-cream-vanilla', grams: 66, kcal: 137 }],
    total_kcal: 137,
    working:
      '1/2 cup of vanilla ice cream = 0.5 x cup 132 g = 66 g x 207 kcal/100 g (FDC 2705630) = 137 kcal',
  },
  {
    text: '2 scoops of ice cream',
    kind: 'snack',
    covers: ['qty_digits'],
    items: [{ food: 'ice-cream-vanilla', grams: 132, kcal: 273 }],
    total_kcal: 273,
    working:
      '2 scoops of ice cream, 1 scoop = 1/2 cup = 2 x 1/2 cup 66 g = 132 g x 207 kcal/100 g (FDC 2705630) = 273 kcal',
  },
  {
    text: '1.5 oz cheddar and 10 grapes',
    kind: 'snack',
    covers: ['qty_decimal', 'unit_oz', 'split_and', 'qty_digits'],
    items: [
      { food: 'cheese-cheddar', grams: 42.5, kcal: 171 },
      { food: 'grapes', grams: 50, kcal: 35 },
    ],
    total_kcal: 206,
    working:
      '1.5 oz cheddar = 1.5 oz x 28.35 g = 42.5 g x 403 kcal/100 g (FDC 173414) = 171 kcal; 10 grapes = 10 x grape 5 g = 50 g x 69 kcal/100 g (FDC 174683) = 35 kcal',
  },
  {
    text: 'carrots 2 medium + hummus 2 tbsp',
    kind: 'snack',
    covers: ['size_word', 'split_plus', 'unit_tbsp'],
    items: [
      { food: 'carrot-raw', grams: 122, kcal: 50 },
      { food: 'hummus', grams: 30, kcal: 50 },
    ],
    total_kcal: 100,
    working:
      'carrots 2 medium = 2 x medium 61 g = 122 g x 41 kcal/100 g (FDC 170393) = 50 kcal; hummus 2 tbsp = 2 x tbsp 15 g = 30 g x 166 kcal/100 g (FDC 174289) = 50 kcal',
  },
  {
    text: 'a bannana',
    kind: 'snack',
    covers: ['misspelling', 'qty_word'],
    items: [{ food: 'banana', grams: 118, kcal: 105 }],
    total_kcal: 105,
    working: 'a bannana (banana) = medium 118 g = 118 g x 89 kcal/100 g (FDC 173944) = 105 kcal',
  },
  {
    text: 'an aple and some almonds',
    kind: 'snack',
    covers: ['misspelling', 'split_and'],
    items: [
      { food: 'apple', grams: 182, kcal: 95 },
      { food: 'almonds', grams: 28.4, kcal: 164 },
    ],
    total_kcal: 259,
    working:
      'an aple (apple) = medium 182 g = 182 g x 52 kcal/100 g (FDC 171688) = 95 kcal; some almonds, taken as 1 oz = 1 oz x 28.35 g = 28.4 g x 579 kcal/100 g (FDC 170567) = 164 kcal',
  },
  {
    text: 'stawberries 1 cup',
    kind: 'snack',
    covers: ['misspelling', 'unit_cup'],
    items: [{ food: 'strawberries', grams: 152, kcal: 49 }],
    total_kcal: 49,
    working:
      'stawberries (strawberries) 1 cup halves = cup halves 152 g = 152 g x 32 kcal/100 g (FDC 167762) = 49 kcal',
  },
  {
    text: 'had some watermelon, 2 cups',
    kind: 'snack',
    covers: ['filler', 'unit_cup'],
    items: [{ food: 'watermelon', grams: 304, kcal: 91 }],
    total_kcal: 91,
    working: 'watermelon, 2 cups diced = 2 x cup diced 152 g = 304 g x 30 kcal/100 g (FDC 167765) = 91 kcal',
  },
  {
    text: 'a slice of watermelon',
    kind: 'snack',
    covers: ['unit_slice'],
    items: [{ food: 'watermelon', grams: 286, kcal: 86 }],
    total_kcal: 86,
    working:
      'a slice of watermelon (wedge, 1/16 of melon) = wedge 286 g = 286 g x 30 kcal/100 g (FDC 167765) = 86 kcal',
  },
  {
    text: 'peanut butter toast',
    kind: 'snack',
    covers: ['dish'],
    items: [
      { food: 'bread-white', grams: 25, kcal: 67 },
      { food: 'peanut-butter', grams: 16, kcal: 94 },
    ],
    total_kcal: 161,
    working:
      'toast, taken as 1 slice, as white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal; peanut butter, taken as 1 tbsp = tbsp 16 g = 16 g x 588 kcal/100 g (FDC 174266) = 94 kcal',
  },
  {
    text: 'greek yoghurt 150g with 1/2 cup raspberries',
    kind: 'snack',
    covers: ['regional_name', 'unit_g', 'split_with', 'qty_fraction', 'unit_cup'],
    items: [
      { food: 'yogurt-greek-nonfat', grams: 150, kcal: 89 },
      { food: 'raspberries', grams: 61.5, kcal: 32 },
    ],
    total_kcal: 121,
    working:
      'greek yoghurt (yogurt) 150 g = 150 g x 59 kcal/100 g (FDC 170894) = 89 kcal; 1/2 cup raspberries = 0.5 x cup 123 g = 61.5 g x 52 kcal/100 g (FDC 167755) = 32 kcal',
  },
  {
    text: '100 g almonds',
    kind: 'snack',
    covers: ['unit_g'],
    items: [{ food: 'almonds', grams: 100, kcal: 579 }],
    total_kcal: 579,
    working: '100 g almonds = 100 g x 579 kcal/100 g (FDC 170567) = 579 kcal',
  },
  {
    text: 'half a cup of walnuts',
    kind: 'snack',
    covers: ['qty_half', 'unit_cup'],
    items: [{ food: 'walnuts', grams: 58.5, kcal: 383 }],
    total_kcal: 383,
    working:
      'half a cup of walnuts (chopped) = 0.5 x cup chopped 117 g = 58.5 g x 654 kcal/100 g (FDC 170187) = 383 kcal',
  },
  {
    text: 'a couple of hard boiled eggs',
    kind: 'snack',
    covers: ['qty_couple', 'preparation'],
    items: [{ food: 'egg-hard-boiled', grams: 100, kcal: 155 }],
    total_kcal: 155,
    working: 'a couple of hard boiled eggs = 2 x large 50 g = 100 g x 155 kcal/100 g (FDC 173424) = 155 kcal',
  },
  {
    text: 'two slices of cheddar',
    kind: 'snack',
    covers: ['qty_word', 'unit_slice'],
    items: [{ food: 'cheese-cheddar', grams: 56, kcal: 226 }],
    total_kcal: 226,
    working: 'two slices of cheddar = 2 x slice (1 oz) 28 g = 56 g x 403 kcal/100 g (FDC 173414) = 226 kcal',
  },
  {
    text: '¼ cup of almonds',
    kind: 'snack',
    covers: ['qty_unicode_fraction', 'unit_cup'],
    items: [{ food: 'almonds', grams: 35.8, kcal: 207 }],
    total_kcal: 207,
    working:
      '¼ cup of almonds (whole) = 0.25 x cup whole 143 g = 35.8 g x 579 kcal/100 g (FDC 170567) = 207 kcal',
  },
  {
    text: 'a dozen almonds',
    kind: 'snack',
    covers: ['qty_dozen'],
    items: [{ food: 'almonds', grams: 14.4, kcal: 83 }],
    total_kcal: 83,
    working: 'a dozen almonds = 12 x almond 1.2 g = 14.4 g x 579 kcal/100 g (FDC 170567) = 83 kcal',
  },
  {
    text: 'a few slices of cheddar',
    kind: 'snack',
    covers: ['qty_few', 'unit_slice'],
    items: [{ food: 'cheese-cheddar', grams: 84, kcal: 339 }],
    total_kcal: 339,
    working:
      'a few slices of cheddar = 3 x slice (1 oz) 28 g = 84 g x 403 kcal/100 g (FDC 173414) = 339 kcal',
  },
  {
    text: 'a few grapes and a few almonds',
    kind: 'snack',
    covers: ['qty_few', 'split_and'],
    items: [
      { food: 'grapes', grams: 15, kcal: 10 },
      { food: 'almonds', grams: 3.6, kcal: 21 },
    ],
    total_kcal: 31,
    working:
      'a few grapes = 3 x grape 5 g = 15 g x 69 kcal/100 g (FDC 174683) = 10 kcal; a few almonds = 3 x almond 1.2 g = 3.6 g x 579 kcal/100 g (FDC 170567) = 21 kcal',
  },
];
