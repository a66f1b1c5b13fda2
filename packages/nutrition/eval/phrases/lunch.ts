import type { FoodPhrase } from '../phrase.js';

/** Lunches: sandwiches, salads, bowls, soups and leftovers. */
export const LUNCH_PHRASES: readonly FoodPhrase[] = [
  {
    text: '150g grilled chicken breast with 150g brown rice',
    kind: 'lunch',
    covers: ['unit_g', 'preparation', 'split_with'],
    items: [
      { food: 'chicken-breast-grilled', grams: 150, kcal: 248 },
      { food: 'rice-brown-cooked', grams: 150, kcal: 185 },
    ],
    total_kcal: 433,
    working:
      '150 g grilled chicken breast = 150 g x 165 kcal/100 g (FDC 171477) = 248 kcal; 150 g brown rice = 150 g x 123 kcal/100 g (FDC 169704) = 185 kcal',
  },
  {
    text: '6 oz grilled chicken and a cup of broccoli',
    kind: 'lunch',
    covers: ['unit_oz', 'preparation', 'split_and', 'unit_cup'],
    items: [
      { food: 'chicken-breast-grilled', grams: 170.1, kcal: 281 },
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
    ],
    total_kcal: 336,
    working:
      '6 oz grilled chicken (breast) = 6 oz x 28.35 g = 170.1 g x 165 kcal/100 g (FDC 171477) = 281 kcal; a cup of broccoli (cooked) = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal',
  },
  {
    text: 'salad with romaine, a tomato, half a cucumber and 1 tbsp olive oil',
    kind: 'lunch',
    covers: ['split_with', 'split_comma', 'split_and', 'qty_half', 'unit_tbsp'],
    items: [
      { food: 'lettuce-romaine', grams: 94, kcal: 16 },
      { food: 'tomato', grams: 123, kcal: 22 },
      { food: 'cucumber', grams: 150.5, kcal: 23 },
      { food: 'oil-olive', grams: 13.5, kcal: 119 },
    ],
    total_kcal: 180,
    working:
      'romaine, unmeasured, taken as 2 cups shredded = 2 x cup shredded 47 g = 94 g x 17 kcal/100 g (FDC 169247) = 16 kcal; a tomato = medium 123 g = 123 g x 18 kcal/100 g (FDC 170457) = 22 kcal; half a cucumber = 0.5 x cucumber (8-1/4") 301 g = 150.5 g x 15 kcal/100 g (FDC 168409) = 23 kcal; 1 tbsp olive oil = tbsp 13.5 g = 13.5 g x 884 kcal/100 g (FDC 171413) = 119 kcal',
  },
  {
    text: 'tuna salad sandwich on white bread',
    kind: 'lunch',
    covers: ['dish'],
    items: [
      { food: 'tuna-salad', grams: 102.5, kcal: 192 },
      { food: 'bread-white', grams: 50, kcal: 133 },
    ],
    total_kcal: 325,
    working:
      'tuna salad for one sandwich, taken as 1/2 cup = 0.5 x cup 205 g = 102.5 g x 187 kcal/100 g (FDC 174225) = 192 kcal; white bread, 2 slices for a sandwich = 2 x slice 25 g = 50 g x 266 kcal/100 g (FDC 174924) = 133 kcal',
  },
  {
    text: '1 cup of lentils and 1 cup of rice',
    kind: 'lunch',
    covers: ['qty_digits', 'unit_cup', 'split_and'],
    items: [
      { food: 'lentils-cooked', grams: 198, kcal: 230 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
    ],
    total_kcal: 435,
    working:
      '1 cup of lentils (cooked) = cup 198 g = 198 g x 116 kcal/100 g (FDC 172421) = 230 kcal; 1 cup of rice (white, cooked) = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal',
  },
  {
    text: 'jacket potato with 1 oz cheddar',
    kind: 'lunch',
    covers: ['regional_name', 'split_with', 'unit_oz'],
    items: [
      { food: 'potato-baked', grams: 173, kcal: 161 },
      { food: 'cheese-cheddar', grams: 28.4, kcal: 114 },
    ],
    total_kcal: 275,
    working:
      'jacket potato (baked potato) = medium 173 g = 173 g x 93 kcal/100 g (FDC 170093) = 161 kcal; 1 oz cheddar = 1 oz x 28.35 g = 28.4 g x 403 kcal/100 g (FDC 173414) = 114 kcal',
  },
  {
    text: 'a baked potato with butter',
    kind: 'lunch',
    covers: ['qty_word', 'preparation', 'split_with'],
    items: [
      { food: 'potato-baked', grams: 173, kcal: 161 },
      { food: 'butter-salted', grams: 5, kcal: 36 },
    ],
    total_kcal: 197,
    working:
      'a baked potato = medium 173 g = 173 g x 93 kcal/100 g (FDC 170093) = 161 kcal; butter, unmeasured, taken as 1 pat = pat 5 g = 5 g x 717 kcal/100 g (FDC 173410) = 36 kcal',
  },
  {
    text: 'a bowl of tomato soup and a slice of bread',
    kind: 'lunch',
    covers: ['split_and', 'unit_slice', 'dish'],
    items: [
      { food: 'soup-tomato', grams: 244, kcal: 73 },
      { food: 'bread-white', grams: 25, kcal: 67 },
    ],
    total_kcal: 140,
    working:
      'a bowl of tomato soup, taken as 1 cup = cup 244 g = 244 g x 30 kcal/100 g (FDC 171160) = 73 kcal; a slice of bread (white) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal',
  },
  {
    text: 'chicken noodle soup, 2 cups',
    kind: 'lunch',
    covers: ['unit_cup', 'qty_digits', 'dish'],
    items: [{ food: 'soup-chicken-noodle', grams: 482, kcal: 121 }],
    total_kcal: 121,
    working: 'chicken noodle soup, 2 cups = 2 x cup 241 g = 482 g x 25 kcal/100 g (FDC 174535) = 121 kcal',
  },
  {
    text: 'for lunch 1 cup quinoa, 1/2 cup black beans, half an avocado',
    kind: 'lunch',
    covers: ['unit_cup', 'qty_fraction', 'qty_half', 'split_comma', 'filler'],
    items: [
      { food: 'quinoa-cooked', grams: 185, kcal: 222 },
      { food: 'beans-black-cooked', grams: 86, kcal: 114 },
      { food: 'avocado', grams: 100.5, kcal: 161 },
    ],
    total_kcal: 497,
    working:
      '1 cup quinoa (cooked) = cup 185 g = 185 g x 120 kcal/100 g (FDC 168917) = 222 kcal; 1/2 cup black beans = 0.5 x cup 172 g = 86 g x 132 kcal/100 g (FDC 173735) = 114 kcal; half an avocado = 0.5 x avocado 201 g = 100.5 g x 160 kcal/100 g (FDC 171705) = 161 kcal',
  },
  {
    text: 'hummus and carrot sticks',
    kind: 'lunch',
    covers: ['split_and'],
    items: [
      { food: 'hummus', grams: 30, kcal: 50 },
      { food: 'carrot-raw', grams: 61, kcal: 25 },
    ],
    total_kcal: 75,
    working:
      'hummus, unmeasured, taken as 2 tbsp = 2 x tbsp 15 g = 30 g x 166 kcal/100 g (FDC 174289) = 50 kcal; carrot sticks, taken as 1 medium carrot = medium 61 g = 61 g x 41 kcal/100 g (FDC 170393) = 25 kcal',
  },
  {
    text: '4 tbsp hummus with 2 carrots',
    kind: 'lunch',
    covers: ['qty_digits', 'unit_tbsp', 'split_with'],
    items: [
      { food: 'hummus', grams: 60, kcal: 100 },
      { food: 'carrot-raw', grams: 122, kcal: 50 },
    ],
    total_kcal: 150,
    working:
      '4 tbsp hummus = 4 x tbsp 15 g = 60 g x 166 kcal/100 g (FDC 174289) = 100 kcal; 2 carrots = 2 x medium 61 g = 122 g x 41 kcal/100 g (FDC 170393) = 50 kcal',
  },
  {
    text: 'for lunch 2 slices of whole wheat bread, 2 slices of cheddar and 1 tsp mayo',
    kind: 'lunch',
    covers: ['filler', 'unit_slice', 'split_comma', 'split_and', 'unit_tsp'],
    items: [
      { food: 'bread-whole-wheat', grams: 64, kcal: 161 },
      { food: 'cheese-cheddar', grams: 56, kcal: 226 },
      { food: 'mayonnaise', grams: 4.6, kcal: 31 },
    ],
    total_kcal: 418,
    working:
      '2 slices of whole wheat bread = 2 x slice 32 g = 64 g x 252 kcal/100 g (FDC 172688) = 161 kcal; 2 slices of cheddar = 2 x slice (1 oz) 28 g = 56 g x 403 kcal/100 g (FDC 173414) = 226 kcal; 1 tsp mayo (1/3 tbsp) = tsp 4.6 g = 4.6 g x 680 kcal/100 g (FDC 171009) = 31 kcal',
  },
  {
    text: 'spinach salad with 1/2 avocado and 1 boiled egg',
    kind: 'lunch',
    covers: ['split_with', 'split_and', 'qty_fraction', 'preparation'],
    items: [
      { food: 'spinach-raw', grams: 60, kcal: 14 },
      { food: 'avocado', grams: 100.5, kcal: 161 },
      { food: 'egg-hard-boiled', grams: 50, kcal: 78 },
    ],
    total_kcal: 253,
    working:
      'spinach, unmeasured, taken as 2 cups = 2 x cup 30 g = 60 g x 23 kcal/100 g (FDC 168462) = 14 kcal; 1/2 avocado = 0.5 x avocado 201 g = 100.5 g x 160 kcal/100 g (FDC 171705) = 161 kcal; 1 boiled egg = large 50 g = 50 g x 155 kcal/100 g (FDC 173424) = 78 kcal',
  },
  {
    text: 'rocket salad with 50 g mozzarella and 2 tomatoes',
    kind: 'lunch',
    covers: ['regional_name', 'split_with', 'split_and', 'unit_g'],
    items: [
      { food: 'arugula', grams: 40, kcal: 10 },
      { food: 'cheese-mozzarella', grams: 50, kcal: 150 },
      { food: 'tomato', grams: 246, kcal: 44 },
    ],
    total_kcal: 204,
    working:
      'rocket (arugula), unmeasured, taken as 2 cups = 2 x cup 20 g = 40 g x 25 kcal/100 g (FDC 169387) = 10 kcal; 50 g mozzarella = 50 g x 300 kcal/100 g (FDC 170845) = 150 kcal; 2 tomatoes = 2 x medium 123 g = 246 g x 18 kcal/100 g (FDC 170457) = 44 kcal',
  },
  {
    text: 'garbanzo beans 1 cup + 1 tbsp olive oil',
    kind: 'lunch',
    covers: ['regional_name', 'unit_cup', 'split_plus', 'unit_tbsp'],
    items: [
      { food: 'chickpeas-cooked', grams: 164, kcal: 269 },
      { food: 'oil-olive', grams: 13.5, kcal: 119 },
    ],
    total_kcal: 388,
    working:
      'garbanzo beans (chickpeas) 1 cup = cup 164 g = 164 g x 164 kcal/100 g (FDC 173757) = 269 kcal; 1 tbsp olive oil = tbsp 13.5 g = 13.5 g x 884 kcal/100 g (FDC 171413) = 119 kcal',
  },
  {
    text: 'couscous 1 cup with courgette and red pepper',
    kind: 'lunch',
    covers: ['unit_cup', 'regional_name', 'split_with', 'split_and'],
    items: [
      { food: 'couscous-cooked', grams: 157, kcal: 176 },
      { food: 'zucchini-raw', grams: 196, kcal: 33 },
      { food: 'bell-pepper-red', grams: 119, kcal: 37 },
    ],
    total_kcal: 246,
    working:
      'couscous 1 cup = cup 157 g = 157 g x 112 kcal/100 g (FDC 169700) = 176 kcal; courgette (zucchini), taken as 1 medium = medium 196 g = 196 g x 17 kcal/100 g (FDC 169291) = 33 kcal; red pepper, taken as 1 medium = medium 119 g = 119 g x 31 kcal/100 g (FDC 170108) = 37 kcal',
  },
  {
    text: 'leftover pasta, about 2 cups, with marinara sauce',
    kind: 'lunch',
    covers: ['filler', 'unit_cup', 'split_with'],
    items: [
      { food: 'pasta-cooked', grams: 280, kcal: 442 },
      { food: 'marinara', grams: 125, kcal: 63 },
    ],
    total_kcal: 505,
    working:
      'pasta, about 2 cups (cooked) = 2 x cup 140 g = 280 g x 158 kcal/100 g (FDC 169737) = 442 kcal; marinara sauce, unmeasured, taken as 1/2 cup = 0.5 x cup 250 g = 125 g x 50 kcal/100 g (FDC 174530) = 63 kcal',
  },
  {
    text: 'potato salad 1 cup and a hot dog',
    kind: 'lunch',
    covers: ['unit_cup', 'split_and', 'fast_food'],
    items: [
      { food: 'potato-salad', grams: 250, kcal: 358 },
      { food: 'hot-dog', grams: 98, kcal: 242 },
    ],
    total_kcal: 600,
    working:
      'potato salad 1 cup = cup 250 g = 250 g x 143 kcal/100 g (FDC 174616) = 358 kcal; a hot dog = sandwich 98 g = 98 g x 247 kcal/100 g (FDC 170367) = 242 kcal',
  },
  {
    text: 'tofu 200g stir fried with broccoli and 1 cup rice',
    kind: 'lunch',
    covers: ['unit_g', 'preparation', 'split_with', 'split_and', 'unit_cup'],
    items: [
      { food: 'tofu-firm', grams: 200, kcal: 288 },
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
    ],
    total_kcal: 548,
    working:
      '200 g tofu (firm) = 200 g x 144 kcal/100 g (FDC 172475) = 288 kcal; broccoli, unmeasured, taken as 1 cup = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal; 1 cup rice (white, cooked) = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal',
  },
  {
    text: 'brocoli and chiken with rice',
    kind: 'lunch',
    covers: ['misspelling', 'split_and', 'split_with'],
    items: [
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
      { food: 'chicken-breast-grilled', grams: 85.1, kcal: 140 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
    ],
    total_kcal: 400,
    working:
      'brocoli (broccoli), taken as 1 cup = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal; chiken (chicken breast), taken as 3 oz = 3 oz x 28.35 g = 85.1 g x 165 kcal/100 g (FDC 171477) = 140 kcal; rice, taken as 1 cup = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal',
  },
  {
    text: 'black beans 1/2 cup and brown rice 150g',
    kind: 'lunch',
    covers: ['unit_cup', 'qty_fraction', 'split_and', 'unit_g'],
    items: [
      { food: 'beans-black-cooked', grams: 86, kcal: 114 },
      { food: 'rice-brown-cooked', grams: 150, kcal: 185 },
    ],
    total_kcal: 299,
    working:
      'black beans 1/2 cup = 0.5 x cup 172 g = 86 g x 132 kcal/100 g (FDC 173735) = 114 kcal; brown rice 150 g = 150 g x 123 kcal/100 g (FDC 169704) = 185 kcal',
  },
  {
    text: 'I ate a sandwich with 2 slices of white bread, 2 oz cheddar and a slice of tomato',
    kind: 'lunch',
    covers: ['filler', 'split_with', 'unit_slice', 'unit_oz', 'split_comma', 'split_and'],
    items: [
      { food: 'bread-white', grams: 50, kcal: 133 },
      { food: 'cheese-cheddar', grams: 56.7, kcal: 229 },
      { food: 'tomato', grams: 20, kcal: 4 },
    ],
    total_kcal: 366,
    working:
      '2 slices of white bread = 2 x slice 25 g = 50 g x 266 kcal/100 g (FDC 174924) = 133 kcal; 2 oz cheddar = 2 oz x 28.35 g = 56.7 g x 403 kcal/100 g (FDC 173414) = 229 kcal; a slice of tomato = medium slice 20 g = 20 g x 18 kcal/100 g (FDC 170457) = 4 kcal',
  },
  {
    text: '0.5 kg of watermelon',
    kind: 'lunch',
    covers: ['qty_decimal', 'unit_kg'],
    items: [{ food: 'watermelon', grams: 500, kcal: 150 }],
    total_kcal: 150,
    working: '0.5 kg of watermelon = 500 g = 500 g x 30 kcal/100 g (FDC 167765) = 150 kcal',
  },
  {
    text: 'chicken breast 0.25 kg and 2 cups of green beans',
    kind: 'lunch',
    covers: ['qty_decimal', 'unit_kg', 'split_and', 'unit_cup'],
    items: [
      { food: 'chicken-breast-grilled', grams: 250, kcal: 413 },
      { food: 'green-beans-cooked', grams: 250, kcal: 88 },
    ],
    total_kcal: 501,
    working:
      'chicken breast 0.25 kg = 250 g = 250 g x 165 kcal/100 g (FDC 171477) = 413 kcal; 2 cups of green beans (cooked) = 2 x cup 125 g = 250 g x 35 kcal/100 g (FDC 169141) = 88 kcal',
  },
];
