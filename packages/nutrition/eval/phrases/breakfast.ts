import type { FoodPhrase } from '../phrase.js';

/** Breakfasts: eggs, toast, cereal, pancakes, with the fillers people type in the morning. */
export const BREAKFAST_PHRASES: readonly FoodPhrase[] = [
  {
    text: '2 eggs and a slice of toast with butter',
    kind: 'breakfast',
    covers: ['split_and', 'split_with', 'qty_digits', 'qty_word', 'unit_slice'],
    items: [
      { food: 'egg-raw', grams: 100, kcal: 143 },
      { food: 'bread-white', grams: 25, kcal: 67 },
      { food: 'butter-salted', grams: 5, kcal: 36 },
    ],
    total_kcal: 246,
    working:
      '2 eggs (large, no preparation named) = 2 x large egg 50 g = 100 g x 143 kcal/100 g (FDC 171287) = 143 kcal; a slice of toast, as a slice of white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal; butter, unmeasured = pat 5 g = 5 g x 717 kcal/100 g (FDC 173410) = 36 kcal',
  },
  {
    text: '2 large eggs fried',
    kind: 'breakfast',
    covers: ['qty_digits', 'size_word', 'preparation'],
    items: [{ food: 'egg-fried', grams: 92, kcal: 180 }],
    total_kcal: 180,
    working: '2 large eggs fried = 2 x large fried egg 46 g = 92 g x 196 kcal/100 g (FDC 173423) = 180 kcal',
  },
  {
    text: '3 scrambled eggs with a slice of whole wheat toast',
    kind: 'breakfast',
    covers: ['qty_digits', 'preparation', 'split_with', 'unit_slice'],
    items: [
      { food: 'egg-scrambled', grams: 183, kcal: 273 },
      { food: 'bread-whole-wheat', grams: 32, kcal: 81 },
    ],
    total_kcal: 354,
    working:
      '3 scrambled eggs = 3 x large egg scrambled 61 g = 183 g x 149 kcal/100 g (FDC 172187) = 273 kcal; a slice of whole wheat toast = slice 32 g = 32 g x 252 kcal/100 g (FDC 172688) = 81 kcal',
  },
  {
    text: 'for breakfast I had a bowl of oatmeal with a banana',
    kind: 'breakfast',
    covers: ['filler', 'split_with', 'qty_word'],
    items: [
      { food: 'oatmeal-cooked', grams: 234, kcal: 166 },
      { food: 'banana', grams: 118, kcal: 105 },
    ],
    total_kcal: 271,
    working:
      'a bowl of oatmeal, taken as 1 cup cooked = cup 234 g = 234 g x 71 kcal/100 g (FDC 173905) = 166 kcal; a banana = medium 118 g = 118 g x 89 kcal/100 g (FDC 173944) = 105 kcal',
  },
  {
    text: '1 cup of oatmeal, 1 tbsp honey and a handful of blueberries',
    kind: 'breakfast',
    covers: ['qty_digits', 'unit_cup', 'unit_tbsp', 'split_comma', 'split_and'],
    items: [
      { food: 'oatmeal-cooked', grams: 234, kcal: 166 },
      { food: 'honey', grams: 21, kcal: 64 },
      { food: 'blueberries', grams: 74, kcal: 42 },
    ],
    total_kcal: 272,
    working:
      '1 cup oatmeal = cup cooked 234 g = 234 g x 71 kcal/100 g (FDC 173905) = 166 kcal; 1 tbsp honey = tbsp 21 g = 21 g x 304 kcal/100 g (FDC 169640) = 64 kcal; a handful of blueberries, taken as 1/2 cup = 0.5 x cup 148 g = 74 g x 57 kcal/100 g (FDC 171711) = 42 kcal',
  },
  {
    text: 'a bagel with cream cheese',
    kind: 'breakfast',
    covers: ['qty_word', 'split_with'],
    items: [
      { food: 'bagel-plain', grams: 105, kcal: 289 },
      { food: 'cheese-cream', grams: 29, kcal: 99 },
    ],
    total_kcal: 388,
    working:
      'a bagel = medium (3-1/2" to 4") 105 g = 105 g x 275 kcal/100 g (FDC 172676) = 289 kcal; cream cheese, unmeasured, taken as 2 tbsp = 2 x tbsp 14.5 g = 29 g x 342 kcal/100 g (FDC 173418) = 99 kcal',
  },
  {
    text: 'bagle with 2 tbsp creme cheese',
    kind: 'breakfast',
    covers: ['misspelling', 'split_with', 'qty_digits', 'unit_tbsp'],
    items: [
      { food: 'bagel-plain', grams: 105, kcal: 289 },
      { food: 'cheese-cream', grams: 29, kcal: 99 },
    ],
    total_kcal: 388,
    working:
      'bagle (bagel) = medium (3-1/2" to 4") 105 g = 105 g x 275 kcal/100 g (FDC 172676) = 289 kcal; 2 tbsp creme cheese = 2 x tbsp 14.5 g = 29 g x 342 kcal/100 g (FDC 173418) = 99 kcal',
  },
  {
    text: 'a croissant with my coffee',
    kind: 'breakfast',
    covers: ['qty_word', 'filler'],
    items: [{ food: 'croissant', grams: 57, kcal: 231 }],
    total_kcal: 231,
    working:
      'a croissant ("with my coffee" is filler) = medium 57 g = 57 g x 406 kcal/100 g (FDC 174987) = 231 kcal',
  },
  {
    text: 'two pancakes with maple syrup',
    kind: 'breakfast',
    covers: ['qty_word', 'split_with'],
    items: [
      { food: 'pancakes', grams: 154, kcal: 350 },
      { food: 'maple-syrup', grams: 40, kcal: 104 },
    ],
    total_kcal: 454,
    working:
      'two pancakes = 2 x 6" pancake 77 g = 154 g x 227 kcal/100 g (FDC 175037) = 350 kcal; maple syrup, unmeasured, taken as 2 tbsp = 2 x tbsp 20 g = 40 g x 260 kcal/100 g (FDC 169661) = 104 kcal',
  },
  {
    text: '3 pancakes, 2 tbsp maple syrup and a pat of butter',
    kind: 'breakfast',
    covers: ['qty_digits', 'unit_tbsp', 'split_comma', 'split_and'],
    items: [
      { food: 'pancakes', grams: 231, kcal: 524 },
      { food: 'maple-syrup', grams: 40, kcal: 104 },
      { food: 'butter-salted', grams: 5, kcal: 36 },
    ],
    total_kcal: 664,
    working:
      '3 pancakes = 3 x 6" pancake 77 g = 231 g x 227 kcal/100 g (FDC 175037) = 524 kcal; 2 tbsp maple syrup = 2 x tbsp 20 g = 40 g x 260 kcal/100 g (FDC 169661) = 104 kcal; a pat of butter = pat 5 g = 5 g x 717 kcal/100 g (FDC 173410) = 36 kcal',
  },
  {
    text: 'a waffle with strawberries',
    kind: 'breakfast',
    covers: ['qty_word', 'split_with'],
    items: [
      { food: 'waffle', grams: 75, kcal: 218 },
      { food: 'strawberries', grams: 76, kcal: 24 },
    ],
    total_kcal: 242,
    working:
      'a waffle = 7" round 75 g = 75 g x 291 kcal/100 g (FDC 175042) = 218 kcal; strawberries, unmeasured, taken as 1/2 cup halves = 0.5 x cup halves 152 g = 76 g x 32 kcal/100 g (FDC 167762) = 24 kcal',
  },
  {
    text: '2 slices of french toast',
    kind: 'breakfast',
    covers: ['qty_digits', 'unit_slice', 'dish'],
    items: [{ food: 'french-toast', grams: 130, kcal: 298 }],
    total_kcal: 298,
    working: '2 slices of french toast = 2 x slice 65 g = 130 g x 229 kcal/100 g (FDC 175040) = 298 kcal',
  },
  {
    text: 'bowl of cornflakes with 1 cup of milk',
    kind: 'breakfast',
    covers: ['split_with', 'qty_digits', 'unit_cup'],
    items: [
      { food: 'cereal-corn-flakes', grams: 28, kcal: 100 },
      { food: 'milk-whole', grams: 244, kcal: 149 },
    ],
    total_kcal: 249,
    working:
      'bowl of cornflakes, taken as 1 cup = cup 28 g = 28 g x 357 kcal/100 g (FDC 174648) = 100 kcal; 1 cup of milk (whole) = cup 244 g = 244 g x 61 kcal/100 g (FDC 171265) = 149 kcal',
  },
  {
    text: 'greek yogurt with honey and walnuts',
    kind: 'breakfast',
    covers: ['split_with', 'split_and'],
    items: [
      { food: 'yogurt-greek-nonfat', grams: 170, kcal: 100 },
      { food: 'honey', grams: 21, kcal: 64 },
      { food: 'walnuts', grams: 28.4, kcal: 186 },
    ],
    total_kcal: 350,
    working:
      'greek yogurt, unmeasured, taken as 1 container = container 170 g = 170 g x 59 kcal/100 g (FDC 170894) = 100 kcal; honey, unmeasured, taken as 1 tbsp = tbsp 21 g = 21 g x 304 kcal/100 g (FDC 169640) = 64 kcal; walnuts, unmeasured, taken as 1 oz = 1 oz x 28.35 g = 28.4 g x 654 kcal/100 g (FDC 170187) = 186 kcal',
  },
  {
    text: '200g greek yogurt + 1 tsp honey',
    kind: 'breakfast',
    covers: ['unit_g', 'split_plus', 'unit_tsp'],
    items: [
      { food: 'yogurt-greek-nonfat', grams: 200, kcal: 118 },
      { food: 'honey', grams: 7, kcal: 21 },
    ],
    total_kcal: 139,
    working:
      '200 g greek yogurt = 200 g x 59 kcal/100 g (FDC 170894) = 118 kcal; 1 tsp honey = tsp 7 g = 7 g x 304 kcal/100 g (FDC 169640) = 21 kcal',
  },
  {
    text: '2 boiled eggs & 1 slice of toast',
    kind: 'breakfast',
    covers: ['qty_digits', 'preparation', 'split_ampersand', 'unit_slice'],
    items: [
      { food: 'egg-hard-boiled', grams: 100, kcal: 155 },
      { food: 'bread-white', grams: 25, kcal: 67 },
    ],
    total_kcal: 222,
    working:
      '2 boiled eggs = 2 x large egg 50 g = 100 g x 155 kcal/100 g (FDC 173424) = 155 kcal; 1 slice of toast, as white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal',
  },
  {
    text: 'a couple of fried eggs and 3 slices of bacon',
    kind: 'breakfast',
    covers: ['qty_couple', 'preparation', 'split_and', 'unit_slice'],
    items: [
      { food: 'egg-fried', grams: 92, kcal: 180 },
      { food: 'bacon-pan-fried', grams: 24, kcal: 130 },
    ],
    total_kcal: 310,
    working:
      'a couple of fried eggs = 2 x large fried egg 46 g = 92 g x 196 kcal/100 g (FDC 173423) = 180 kcal; 3 slices of bacon = 3 x slice cooked 8 g = 24 g x 541 kcal/100 g (FDC 168322) = 130 kcal',
  },
  {
    text: 'scrambled eggs, bacon and toast',
    kind: 'breakfast',
    covers: ['preparation', 'split_comma', 'split_and'],
    items: [
      { food: 'egg-scrambled', grams: 122, kcal: 182 },
      { food: 'bacon-pan-fried', grams: 16, kcal: 87 },
      { food: 'bread-white', grams: 25, kcal: 67 },
    ],
    total_kcal: 336,
    working:
      'scrambled eggs, unmeasured, taken as 2 large = 2 x large egg scrambled 61 g = 122 g x 149 kcal/100 g (FDC 172187) = 182 kcal; bacon, unmeasured, taken as 2 slices = 2 x slice cooked 8 g = 16 g x 541 kcal/100 g (FDC 168322) = 87 kcal; toast, unmeasured, taken as 1 slice, as white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal',
  },
  {
    text: 'I had a banana and a cup of black coffee this morning',
    kind: 'breakfast',
    covers: ['filler', 'qty_word', 'split_and', 'unit_cup', 'drink'],
    items: [
      { food: 'banana', grams: 118, kcal: 105 },
      { food: 'coffee-black', grams: 237, kcal: 2 },
    ],
    total_kcal: 107,
    working:
      'a banana = medium 118 g = 118 g x 89 kcal/100 g (FDC 173944) = 105 kcal; a cup of black coffee = cup (8 fl oz) 237 g = 237 g x 1 kcal/100 g (FDC 171890) = 2 kcal',
  },
  {
    text: '1/2 cup blueberries and 170g greek yogurt',
    kind: 'breakfast',
    covers: ['qty_fraction', 'unit_cup', 'split_and', 'unit_g'],
    items: [
      { food: 'blueberries', grams: 74, kcal: 42 },
      { food: 'yogurt-greek-nonfat', grams: 170, kcal: 100 },
    ],
    total_kcal: 142,
    working:
      '1/2 cup blueberries = 0.5 x cup 148 g = 74 g x 57 kcal/100 g (FDC 171711) = 42 kcal; 170 g greek yogurt = 170 g x 59 kcal/100 g (FDC 170894) = 100 kcal',
  },
  {
    text: '½ cup of oatmeal',
    kind: 'breakfast',
    covers: ['qty_unicode_fraction', 'unit_cup'],
    items: [{ food: 'oatmeal-cooked', grams: 117, kcal: 83 }],
    total_kcal: 83,
    working:
      '½ cup of oatmeal (cooked) = 0.5 x cup cooked 234 g = 117 g x 71 kcal/100 g (FDC 173905) = 83 kcal',
  },
  {
    text: '1 1/2 cups of cornflakes with a cup of 2% milk',
    kind: 'breakfast',
    covers: ['qty_mixed_number', 'unit_cup', 'split_with'],
    items: [
      { food: 'cereal-corn-flakes', grams: 42, kcal: 150 },
      { food: 'milk-2pct', grams: 244, kcal: 122 },
    ],
    total_kcal: 272,
    working:
      '1 1/2 cups of cornflakes = 1.5 x cup 28 g = 42 g x 357 kcal/100 g (FDC 174648) = 150 kcal; a cup of 2% milk = cup 244 g = 244 g x 50 kcal/100 g (FDC 171267) = 122 kcal',
  },
  {
    text: 'an egg mcmuffin for breakfast',
    kind: 'breakfast',
    covers: ['fast_food', 'qty_word', 'filler'],
    items: [{ food: 'breakfast-sandwich-egg-muffin', grams: 137, kcal: 300 }],
    total_kcal: 300,
    working: 'an egg mcmuffin = item 137 g = 137 g x 219 kcal/100 g (FDC 170719) = 300 kcal',
  },
  {
    text: 'toast w/ peanut butter and a banana',
    kind: 'breakfast',
    covers: ['split_with', 'split_and'],
    items: [
      { food: 'bread-white', grams: 25, kcal: 67 },
      { food: 'peanut-butter', grams: 16, kcal: 94 },
      { food: 'banana', grams: 118, kcal: 105 },
    ],
    total_kcal: 266,
    working:
      'toast, taken as 1 slice, as white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal; peanut butter, unmeasured, taken as 1 tbsp = tbsp 16 g = 16 g x 588 kcal/100 g (FDC 174266) = 94 kcal; a banana = medium 118 g = 118 g x 89 kcal/100 g (FDC 173944) = 105 kcal',
  },
  {
    text: '2 slices of whole wheat bread with 2 tbsp peanut butter',
    kind: 'breakfast',
    covers: ['qty_digits', 'unit_slice', 'split_with', 'unit_tbsp'],
    items: [
      { food: 'bread-whole-wheat', grams: 64, kcal: 161 },
      { food: 'peanut-butter', grams: 32, kcal: 188 },
    ],
    total_kcal: 349,
    working:
      '2 slices of whole wheat bread = 2 x slice 32 g = 64 g x 252 kcal/100 g (FDC 172688) = 161 kcal; 2 tbsp peanut butter = 2 x tbsp 16 g = 32 g x 588 kcal/100 g (FDC 174266) = 188 kcal',
  },
  {
    text: 'breakfast was 2 fried eggs and 2 slices of toast',
    kind: 'breakfast',
    covers: ['filler', 'qty_digits', 'preparation', 'split_and', 'unit_slice'],
    items: [
      { food: 'egg-fried', grams: 92, kcal: 180 },
      { food: 'bread-white', grams: 50, kcal: 133 },
    ],
    total_kcal: 313,
    working:
      '2 fried eggs = 2 x large fried egg 46 g = 92 g x 196 kcal/100 g (FDC 173423) = 180 kcal; 2 slices of toast, as white bread (toasting only drives off water) = 2 x slice 25 g = 50 g x 266 kcal/100 g (FDC 174924) = 133 kcal',
  },
  {
    text: 'a large banana',
    kind: 'breakfast',
    covers: ['qty_word', 'size_word'],
    items: [{ food: 'banana', grams: 136, kcal: 121 }],
    total_kcal: 121,
    working: 'a large banana = large 136 g = 136 g x 89 kcal/100 g (FDC 173944) = 121 kcal',
  },
  {
    text: 'small banana and a medium apple',
    kind: 'breakfast',
    covers: ['size_word', 'split_and', 'qty_word'],
    items: [
      { food: 'banana', grams: 101, kcal: 90 },
      { food: 'apple', grams: 182, kcal: 95 },
    ],
    total_kcal: 185,
    working:
      'small banana = small 101 g = 101 g x 89 kcal/100 g (FDC 173944) = 90 kcal; a medium apple = medium 182 g = 182 g x 52 kcal/100 g (FDC 171688) = 95 kcal',
  },
  {
    text: 'one slice of white bread with jam',
    kind: 'breakfast',
    covers: ['qty_word', 'unit_slice', 'split_with'],
    items: [
      { food: 'bread-white', grams: 25, kcal: 67 },
      { food: 'jam', grams: 20, kcal: 56 },
    ],
    total_kcal: 123,
    working:
      'one slice of white bread = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal; jam, unmeasured, taken as 1 tbsp = tbsp 20 g = 20 g x 278 kcal/100 g (FDC 169641) = 56 kcal',
  },
  {
    text: 'porridge with honey',
    kind: 'breakfast',
    covers: ['regional_name', 'split_with'],
    items: [
      { food: 'oatmeal-cooked', grams: 234, kcal: 166 },
      { food: 'honey', grams: 21, kcal: 64 },
    ],
    total_kcal: 230,
    working:
      'porridge (oatmeal), taken as 1 cup = cup cooked 234 g = 234 g x 71 kcal/100 g (FDC 173905) = 166 kcal; honey, unmeasured, taken as 1 tbsp = tbsp 21 g = 21 g x 304 kcal/100 g (FDC 169640) = 64 kcal',
  },
  {
    text: '2 scrambled eggs\n1 slice toast\n1 glass orange juice',
    kind: 'breakfast',
    covers: ['split_newline', 'qty_digits', 'preparation', 'unit_slice', 'drink'],
    items: [
      { food: 'egg-scrambled', grams: 122, kcal: 182 },
      { food: 'bread-white', grams: 25, kcal: 67 },
      { food: 'orange-juice', grams: 248, kcal: 112 },
    ],
    total_kcal: 361,
    working:
      '2 scrambled eggs = 2 x large egg scrambled 61 g = 122 g x 149 kcal/100 g (FDC 172187) = 182 kcal; 1 slice toast, as white bread (toasting only drives off water) = slice 25 g = 25 g x 266 kcal/100 g (FDC 174924) = 67 kcal; 1 glass orange juice, taken as 1 cup = cup 248 g = 248 g x 45 kcal/100 g (FDC 169098) = 112 kcal',
  },
  {
    text: 'a dozen strawberries and a cup of yogurt',
    kind: 'breakfast',
    covers: ['qty_dozen', 'split_and', 'unit_cup'],
    items: [
      { food: 'strawberries', grams: 144, kcal: 46 },
      { food: 'yogurt-plain-whole', grams: 245, kcal: 149 },
    ],
    total_kcal: 195,
    working:
      'a dozen strawberries = 12 x medium 12 g = 144 g x 32 kcal/100 g (FDC 167762) = 46 kcal; a cup of yogurt (plain, whole milk) = cup 245 g = 245 g x 61 kcal/100 g (FDC 171284) = 149 kcal',
  },
  {
    text: 'scrambeld eggs and bacon',
    kind: 'breakfast',
    covers: ['misspelling', 'preparation', 'split_and'],
    items: [
      { food: 'egg-scrambled', grams: 122, kcal: 182 },
      { food: 'bacon-pan-fried', grams: 16, kcal: 87 },
    ],
    total_kcal: 269,
    working:
      'scrambeld (scrambled) eggs, taken as 2 large = 2 x large egg scrambled 61 g = 122 g x 149 kcal/100 g (FDC 172187) = 182 kcal; bacon, unmeasured, taken as 2 slices = 2 x slice cooked 8 g = 16 g x 541 kcal/100 g (FDC 168322) = 87 kcal',
  },
  {
    text: 'a hard boiled egg',
    kind: 'breakfast',
    covers: ['qty_word', 'preparation'],
    items: [{ food: 'egg-hard-boiled', grams: 50, kcal: 78 }],
    total_kcal: 78,
    working: 'a hard boiled egg = large 50 g = 50 g x 155 kcal/100 g (FDC 173424) = 78 kcal',
  },
  {
    text: 'just had 2 croissants',
    kind: 'breakfast',
    covers: ['filler', 'qty_digits'],
    items: [{ food: 'croissant', grams: 114, kcal: 463 }],
    total_kcal: 463,
    working: '2 croissants = 2 x medium 57 g = 114 g x 406 kcal/100 g (FDC 174987) = 463 kcal',
  },
  {
    text: '2-3 pancakes with butter',
    kind: 'breakfast',
    covers: ['qty_range', 'split_with'],
    items: [
      { food: 'pancakes', grams: 192.5, kcal: 437 },
      { food: 'butter-salted', grams: 5, kcal: 36 },
    ],
    total_kcal: 473,
    working:
      '2-3 pancakes, taken as the midpoint 2.5 = 2.5 x 6" pancake 77 g = 192.5 g x 227 kcal/100 g (FDC 175037) = 437 kcal; butter, unmeasured, taken as 1 pat = pat 5 g = 5 g x 717 kcal/100 g (FDC 173410) = 36 kcal',
  },
  {
    text: '1/2 cup dry oats with 1 cup whole milk',
    kind: 'breakfast',
    covers: ['qty_fraction', 'unit_cup', 'split_with', 'preparation'],
    items: [
      { food: 'oats-dry', grams: 40.5, kcal: 153 },
      { food: 'milk-whole', grams: 244, kcal: 149 },
    ],
    total_kcal: 302,
    working:
      '1/2 cup dry oats = 0.5 x cup 81 g = 40.5 g x 379 kcal/100 g (FDC 173904) = 153 kcal; 1 cup whole milk = cup 244 g = 244 g x 61 kcal/100 g (FDC 171265) = 149 kcal',
  },
  {
    text: 'a toasted bagel with butter and a large orange juice',
    kind: 'breakfast',
    covers: ['qty_word', 'preparation', 'split_with', 'split_and', 'size_word', 'drink'],
    items: [
      { food: 'bagel-plain', grams: 105, kcal: 289 },
      { food: 'butter-salted', grams: 5, kcal: 36 },
      { food: 'orange-juice', grams: 496, kcal: 223 },
    ],
    total_kcal: 548,
    working:
      'a toasted bagel = medium 105 g = 105 g x 275 kcal/100 g (FDC 172676) = 289 kcal; butter, unmeasured, taken as 1 pat = pat 5 g = 5 g x 717 kcal/100 g (FDC 173410) = 36 kcal; a large orange juice, taken as 16 fl oz = 473 ml x 248 g per cup (236.6 ml) = 496 g x 45 kcal/100 g (FDC 169098) = 223 kcal',
  },
  {
    text: '2 slices white bread, 1 fried egg, 1 slice cheddar',
    kind: 'breakfast',
    covers: ['preparation', 'unit_slice', 'split_comma', 'qty_digits'],
    items: [
      { food: 'bread-white', grams: 50, kcal: 133 },
      { food: 'egg-fried', grams: 46, kcal: 90 },
      { food: 'cheese-cheddar', grams: 28, kcal: 113 },
    ],
    total_kcal: 336,
    working:
      '2 slices white bread = 2 x slice 25 g = 50 g x 266 kcal/100 g (FDC 174924) = 133 kcal; 1 fried egg = large 46 g = 46 g x 196 kcal/100 g (FDC 173423) = 90 kcal; 1 slice cheddar = slice (1 oz) 28 g = 28 g x 403 kcal/100 g (FDC 173414) = 113 kcal',
  },
  {
    text: '½ avocado and 1 slice of whole wheat toast',
    kind: 'breakfast',
    covers: ['qty_unicode_fraction', 'split_and', 'unit_slice'],
    items: [
      { food: 'avocado', grams: 100.5, kcal: 161 },
      { food: 'bread-whole-wheat', grams: 32, kcal: 81 },
    ],
    total_kcal: 242,
    working:
      '½ avocado = 0.5 x avocado 201 g = 100.5 g x 160 kcal/100 g (FDC 171705) = 161 kcal; 1 slice of whole wheat toast = slice 32 g = 32 g x 252 kcal/100 g (FDC 172688) = 81 kcal',
  },
  {
    text: 'half a dozen eggs scrambled',
    kind: 'breakfast',
    covers: ['qty_half', 'qty_dozen', 'preparation'],
    items: [{ food: 'egg-scrambled', grams: 366, kcal: 545 }],
    total_kcal: 545,
    working:
      'half a dozen eggs scrambled = 6 x large egg scrambled 61 g = 366 g x 149 kcal/100 g (FDC 172187) = 545 kcal',
  },
  {
    text: '3-4 slices of bacon and 2 fried eggs',
    kind: 'breakfast',
    covers: ['qty_range', 'unit_slice', 'split_and', 'preparation'],
    items: [
      { food: 'bacon-pan-fried', grams: 28, kcal: 151 },
      { food: 'egg-fried', grams: 92, kcal: 180 },
    ],
    total_kcal: 331,
    working:
      '3-4 slices of bacon, taken as the midpoint 3.5 = 3.5 x slice cooked 8 g = 28 g x 541 kcal/100 g (FDC 168322) = 151 kcal; 2 fried eggs = 2 x large fried egg 46 g = 92 g x 196 kcal/100 g (FDC 173423) = 180 kcal',
  },
  {
    text: '1-2 cups of coffee with 2 tbsp whole milk',
    kind: 'breakfast',
    covers: ['qty_range', 'unit_cup', 'split_with', 'unit_tbsp', 'drink'],
    items: [
      { food: 'coffee-black', grams: 355.5, kcal: 4 },
      { food: 'milk-whole', grams: 30.5, kcal: 19 },
    ],
    total_kcal: 23,
    working:
      '1-2 cups of coffee, taken as the midpoint 1.5 = 1.5 x cup (8 fl oz) 237 g = 355.5 g x 1 kcal/100 g (FDC 171890) = 4 kcal; 2 tbsp whole milk = 2 x tbsp 15.25 g = 30.5 g x 61 kcal/100 g (FDC 171265) = 19 kcal',
  },
];
