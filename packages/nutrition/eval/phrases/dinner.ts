import type { FoodPhrase } from '../phrase.js';

/** Dinners: a protein, a starch and vegetables, mostly home-cooked. */
export const DINNER_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'grilled salmon with 1 cup of rice and broccoli',
    kind: 'dinner',
    covers: ['preparation', 'split_with', 'unit_cup', 'split_and'],
    items: [
      { food: 'salmon-cooked', grams: 178, kcal: 367 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
    ],
    total_kcal: 627,
    working:
      'grilled salmon, taken as half a fillet = half fillet 178 g = 178 g x 206 kcal/100 g (FDC 175168) = 367 kcal; 1 cup of rice (white) = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal; broccoli, taken as 1 cup = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal',
  },
  {
    text: '6oz salmon, 1 cup quinoa, 1 cup green beans',
    kind: 'dinner',
    covers: ['unit_oz', 'unit_cup', 'split_comma'],
    items: [
      { food: 'salmon-cooked', grams: 170.1, kcal: 350 },
      { food: 'quinoa-cooked', grams: 185, kcal: 222 },
      { food: 'green-beans-cooked', grams: 125, kcal: 44 },
    ],
    total_kcal: 616,
    working:
      '6 oz salmon = 6 oz x 28.35 g = 170.1 g x 206 kcal/100 g (FDC 175168) = 350 kcal; 1 cup quinoa = cup 185 g = 185 g x 120 kcal/100 g (FDC 168917) = 222 kcal; 1 cup green beans = cup 125 g = 125 g x 35 kcal/100 g (FDC 169141) = 44 kcal',
  },
  {
    text: '2 cups of spaghetti with 1 cup of marinara sauce',
    kind: 'dinner',
    covers: ['qty_digits', 'split_with', 'unit_cup', 'dish'],
    items: [
      { food: 'pasta-cooked', grams: 280, kcal: 442 },
      { food: 'marinara', grams: 250, kcal: 125 },
    ],
    total_kcal: 567,
    working:
      '2 cups of spaghetti (cooked) = 2 x cup 140 g = 280 g x 158 kcal/100 g (FDC 169737) = 442 kcal; 1 cup of marinara sauce = cup 250 g = 250 g x 50 kcal/100 g (FDC 174530) = 125 kcal',
  },
  {
    text: 'a burger patty with a baked potato and peas',
    kind: 'dinner',
    covers: ['split_with', 'split_and', 'preparation'],
    items: [
      { food: 'beef-patty', grams: 85, kcal: 231 },
      { food: 'potato-baked', grams: 173, kcal: 161 },
      { food: 'peas-cooked', grams: 80, kcal: 62 },
    ],
    total_kcal: 454,
    working:
      'a burger patty, cooked = patty (3 oz) 85 g = 85 g x 272 kcal/100 g (FDC 171799) = 231 kcal; a baked potato = medium 173 g = 173 g x 93 kcal/100 g (FDC 170093) = 161 kcal; peas, taken as 1/2 cup = 0.5 x cup 160 g = 80 g x 78 kcal/100 g (FDC 170017) = 62 kcal',
  },
  {
    text: '1/4 lb burger patty with a baked sweet potato',
    kind: 'dinner',
    covers: ['qty_fraction', 'unit_lb', 'split_with', 'preparation'],
    items: [
      { food: 'beef-patty', grams: 85, kcal: 231 },
      { food: 'sweet-potato-baked', grams: 114, kcal: 103 },
    ],
    total_kcal: 334,
    working:
      '1/4 lb burger patty, cooked weight of a quarter-pound raw patty = 3 oz = 85 g x 272 kcal/100 g (FDC 171799) = 231 kcal; a baked sweet potato = medium 114 g = 114 g x 90 kcal/100 g (FDC 168483) = 103 kcal',
  },
  {
    text: 'half a pound of grilled chicken with roasted aubergine',
    kind: 'dinner',
    covers: ['qty_half', 'unit_lb', 'preparation', 'split_with', 'regional_name'],
    items: [
      { food: 'chicken-breast-grilled', grams: 226.8, kcal: 374 },
      { food: 'eggplant-cooked', grams: 99, kcal: 35 },
    ],
    total_kcal: 409,
    working:
      'half a pound of grilled chicken = 0.5 x 453.6 g = 226.8 g x 165 kcal/100 g (FDC 171477) = 374 kcal; roasted aubergine (eggplant), taken as 1 cup cooked = cup cubes 99 g = 99 g x 35 kcal/100 g (FDC 169229) = 35 kcal',
  },
  {
    text: '1 cup lentils with 1/2 cup rice for dinner',
    kind: 'dinner',
    covers: ['unit_cup', 'qty_fraction', 'split_with', 'filler'],
    items: [
      { food: 'lentils-cooked', grams: 198, kcal: 230 },
      { food: 'rice-white-cooked', grams: 79, kcal: 103 },
    ],
    total_kcal: 333,
    working:
      '1 cup lentils = cup 198 g = 198 g x 116 kcal/100 g (FDC 172421) = 230 kcal; 1/2 cup rice = 0.5 x cup 158 g = 79 g x 130 kcal/100 g (FDC 169757) = 103 kcal',
  },
  {
    text: 'salmon fillet and 2 cups of romaine',
    kind: 'dinner',
    covers: ['split_and', 'unit_cup'],
    items: [
      { food: 'salmon-cooked', grams: 178, kcal: 367 },
      { food: 'lettuce-romaine', grams: 94, kcal: 16 },
    ],
    total_kcal: 383,
    working:
      'salmon fillet (half fillet) = half fillet 178 g = 178 g x 206 kcal/100 g (FDC 175168) = 367 kcal; 2 cups of romaine = 2 x cup shredded 47 g = 94 g x 17 kcal/100 g (FDC 169247) = 16 kcal',
  },
  {
    text: 'dinner: 5 oz chicken, 1 cup broccoli, 1 red pepper, 1 tbsp olive oil, 1 cup rice',
    kind: 'dinner',
    covers: ['filler', 'unit_oz', 'unit_cup', 'unit_tbsp', 'split_comma'],
    items: [
      { food: 'chicken-breast-grilled', grams: 141.8, kcal: 234 },
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
      { food: 'bell-pepper-red', grams: 119, kcal: 37 },
      { food: 'oil-olive', grams: 13.5, kcal: 119 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
    ],
    total_kcal: 650,
    working:
      '5 oz chicken = 5 oz x 28.35 g = 141.8 g x 165 kcal/100 g (FDC 171477) = 234 kcal; 1 cup broccoli = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal; 1 red pepper = medium 119 g = 119 g x 31 kcal/100 g (FDC 170108) = 37 kcal; 1 tbsp olive oil = tbsp 13.5 g = 13.5 g x 884 kcal/100 g (FDC 171413) = 119 kcal; 1 cup rice = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal',
  },
  {
    text: '2 cups of pasta with 1/4 cup pasta sauce and 1 oz mozzarella',
    kind: 'dinner',
    covers: ['unit_cup', 'qty_fraction', 'split_with', 'split_and', 'unit_oz'],
    items: [
      { food: 'pasta-cooked', grams: 280, kcal: 442 },
      { food: 'marinara', grams: 62.5, kcal: 31 },
      { food: 'cheese-mozzarella', grams: 28.4, kcal: 85 },
    ],
    total_kcal: 558,
    working:
      '2 cups of pasta = 2 x cup 140 g = 280 g x 158 kcal/100 g (FDC 169737) = 442 kcal; 1/4 cup pasta sauce (marinara) = 0.25 x cup 250 g = 62.5 g x 50 kcal/100 g (FDC 174530) = 31 kcal; 1 oz mozzarella = 1 oz x 28.35 g = 28.4 g x 300 kcal/100 g (FDC 170845) = 85 kcal',
  },
  {
    text: 'mince 100g with 1 cup of spaghetti',
    kind: 'dinner',
    covers: ['regional_name', 'unit_g', 'split_with', 'unit_cup'],
    items: [
      { food: 'ground-beef-80-cooked', grams: 100, kcal: 272 },
      { food: 'pasta-cooked', grams: 140, kcal: 221 },
    ],
    total_kcal: 493,
    working:
      'mince (ground beef, cooked) 100 g = 100 g x 272 kcal/100 g (FDC 171799) = 272 kcal; 1 cup of spaghetti = cup 140 g = 140 g x 158 kcal/100 g (FDC 169737) = 221 kcal',
  },
  {
    text: '150g tofu, 1 cup mushrooms and 1 zucchini',
    kind: 'dinner',
    covers: ['unit_g', 'unit_cup', 'split_comma', 'split_and'],
    items: [
      { food: 'tofu-firm', grams: 150, kcal: 216 },
      { food: 'mushrooms-raw', grams: 70, kcal: 15 },
      { food: 'zucchini-raw', grams: 196, kcal: 33 },
    ],
    total_kcal: 264,
    working:
      '150 g tofu = 150 g x 144 kcal/100 g (FDC 172475) = 216 kcal; 1 cup mushrooms = cup pieces 70 g = 70 g x 22 kcal/100 g (FDC 169251) = 15 kcal; 1 zucchini = medium 196 g = 196 g x 17 kcal/100 g (FDC 169291) = 33 kcal',
  },
  {
    text: 'chicken breast 200 g, sweet potato 1 medium, 2 cups spinach',
    kind: 'dinner',
    covers: ['unit_g', 'size_word', 'unit_cup', 'split_comma'],
    items: [
      { food: 'chicken-breast-grilled', grams: 200, kcal: 330 },
      { food: 'sweet-potato-baked', grams: 114, kcal: 103 },
      { food: 'spinach-raw', grams: 60, kcal: 14 },
    ],
    total_kcal: 447,
    working:
      'chicken breast 200 g = 200 g x 165 kcal/100 g (FDC 171477) = 330 kcal; sweet potato 1 medium = medium 114 g = 114 g x 90 kcal/100 g (FDC 168483) = 103 kcal; 2 cups spinach = 2 x cup 30 g = 60 g x 23 kcal/100 g (FDC 168462) = 14 kcal',
  },
  {
    text: 'grilled salmon 180g and 1 cup of peas',
    kind: 'dinner',
    covers: ['preparation', 'unit_g', 'split_and', 'unit_cup'],
    items: [
      { food: 'salmon-cooked', grams: 180, kcal: 371 },
      { food: 'peas-cooked', grams: 160, kcal: 125 },
    ],
    total_kcal: 496,
    working:
      'grilled salmon 180 g = 180 g x 206 kcal/100 g (FDC 175168) = 371 kcal; 1 cup of peas = cup 160 g = 160 g x 78 kcal/100 g (FDC 170017) = 125 kcal',
  },
  {
    text: 'steamed broccoli, 2 cups, and a 6 oz salmon fillet',
    kind: 'dinner',
    covers: ['preparation', 'unit_cup', 'split_comma', 'split_and', 'unit_oz'],
    items: [
      { food: 'broccoli-cooked', grams: 312, kcal: 109 },
      { food: 'salmon-cooked', grams: 170.1, kcal: 350 },
    ],
    total_kcal: 459,
    working:
      'steamed broccoli, 2 cups = 2 x cup chopped 156 g = 312 g x 35 kcal/100 g (FDC 169967) = 109 kcal; a 6 oz salmon fillet = 6 oz x 28.35 g = 170.1 g x 206 kcal/100 g (FDC 175168) = 350 kcal',
  },
  {
    text: 'one baked potato with one tablespoon of butter',
    kind: 'dinner',
    covers: ['qty_word', 'preparation', 'split_with', 'unit_tbsp'],
    items: [
      { food: 'potato-baked', grams: 173, kcal: 161 },
      { food: 'butter-salted', grams: 14.2, kcal: 102 },
    ],
    total_kcal: 263,
    working:
      'one baked potato = medium 173 g = 173 g x 93 kcal/100 g (FDC 170093) = 161 kcal; one tablespoon of butter = tbsp 14.2 g = 14.2 g x 717 kcal/100 g (FDC 173410) = 102 kcal',
  },
  {
    text: '1 cup of grilled aubergine and a raw courgette with 1 cup couscous',
    kind: 'dinner',
    covers: ['regional_name', 'preparation', 'split_and', 'split_with', 'unit_cup'],
    items: [
      { food: 'eggplant-cooked', grams: 99, kcal: 35 },
      { food: 'zucchini-raw', grams: 196, kcal: 33 },
      { food: 'couscous-cooked', grams: 157, kcal: 176 },
    ],
    total_kcal: 244,
    working:
      '1 cup of grilled aubergine (eggplant, cooked) = cup cubes 99 g = 99 g x 35 kcal/100 g (FDC 169229) = 35 kcal; a raw courgette (zucchini) = medium 196 g = 196 g x 17 kcal/100 g (FDC 169291) = 33 kcal; 1 cup couscous = cup 157 g = 157 g x 112 kcal/100 g (FDC 169700) = 176 kcal',
  },
  {
    text: 'salmon, rice & peas',
    kind: 'dinner',
    covers: ['split_comma', 'split_ampersand'],
    items: [
      { food: 'salmon-cooked', grams: 178, kcal: 367 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
      { food: 'peas-cooked', grams: 80, kcal: 62 },
    ],
    total_kcal: 634,
    working:
      'salmon, taken as half a fillet = half fillet 178 g = 178 g x 206 kcal/100 g (FDC 175168) = 367 kcal; rice, taken as 1 cup = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal; peas, taken as 1/2 cup = 0.5 x cup 160 g = 80 g x 78 kcal/100 g (FDC 170017) = 62 kcal',
  },
  {
    text: '2 beef patties and a cup of green beans',
    kind: 'dinner',
    covers: ['qty_digits', 'split_and', 'unit_cup'],
    items: [
      { food: 'beef-patty', grams: 170, kcal: 462 },
      { food: 'green-beans-cooked', grams: 125, kcal: 44 },
    ],
    total_kcal: 506,
    working:
      '2 beef patties = 2 x patty (3 oz) 85 g = 170 g x 272 kcal/100 g (FDC 171799) = 462 kcal; a cup of green beans = cup 125 g = 125 g x 35 kcal/100 g (FDC 169141) = 44 kcal',
  },
  {
    text: 'pasta 2 cups, pasta sauce 1/2 cup, mushrooms 1 cup',
    kind: 'dinner',
    covers: ['unit_cup', 'qty_fraction', 'split_comma'],
    items: [
      { food: 'pasta-cooked', grams: 280, kcal: 442 },
      { food: 'marinara', grams: 125, kcal: 63 },
      { food: 'mushrooms-raw', grams: 70, kcal: 15 },
    ],
    total_kcal: 520,
    working:
      'pasta 2 cups = 2 x cup 140 g = 280 g x 158 kcal/100 g (FDC 169737) = 442 kcal; pasta sauce (marinara) 1/2 cup = 0.5 x cup 250 g = 125 g x 50 kcal/100 g (FDC 174530) = 63 kcal; mushrooms 1 cup = cup pieces 70 g = 70 g x 22 kcal/100 g (FDC 169251) = 15 kcal',
  },
  {
    text: 'salmon 5oz\nbrown rice 150g\nbroccoli 1 cup',
    kind: 'dinner',
    covers: ['split_newline', 'unit_oz', 'unit_g', 'unit_cup'],
    items: [
      { food: 'salmon-cooked', grams: 141.8, kcal: 292 },
      { food: 'rice-brown-cooked', grams: 150, kcal: 185 },
      { food: 'broccoli-cooked', grams: 156, kcal: 55 },
    ],
    total_kcal: 532,
    working:
      'salmon 5 oz = 5 oz x 28.35 g = 141.8 g x 206 kcal/100 g (FDC 175168) = 292 kcal; brown rice 150 g = 150 g x 123 kcal/100 g (FDC 169704) = 185 kcal; broccoli 1 cup = cup chopped 156 g = 156 g x 35 kcal/100 g (FDC 169967) = 55 kcal',
  },
  {
    text: 'sweet potato, black beans and 1/2 avocado',
    kind: 'dinner',
    covers: ['split_comma', 'split_and', 'qty_fraction'],
    items: [
      { food: 'sweet-potato-baked', grams: 114, kcal: 103 },
      { food: 'beans-black-cooked', grams: 86, kcal: 114 },
      { food: 'avocado', grams: 100.5, kcal: 161 },
    ],
    total_kcal: 378,
    working:
      'sweet potato, taken as 1 medium = medium 114 g = 114 g x 90 kcal/100 g (FDC 168483) = 103 kcal; black beans, taken as 1/2 cup = 0.5 x cup 172 g = 86 g x 132 kcal/100 g (FDC 173735) = 114 kcal; 1/2 avocado = 0.5 x avocado 201 g = 100.5 g x 160 kcal/100 g (FDC 171705) = 161 kcal',
  },
  {
    text: 'for dinner I had 8 oz of chicken breast and a large baked potato',
    kind: 'dinner',
    covers: ['filler', 'unit_oz', 'split_and', 'size_word', 'preparation'],
    items: [
      { food: 'chicken-breast-grilled', grams: 226.8, kcal: 374 },
      { food: 'potato-baked', grams: 299, kcal: 278 },
    ],
    total_kcal: 652,
    working:
      '8 oz of chicken breast = 8 oz x 28.35 g = 226.8 g x 165 kcal/100 g (FDC 171477) = 374 kcal; a large baked potato = large (3" to 4-1/4") 299 g = 299 g x 93 kcal/100 g (FDC 170093) = 278 kcal',
  },
  {
    text: '2 cups rice, 2 eggs scrambled, 1/2 cup peas, 1 tbsp olive oil',
    kind: 'dinner',
    covers: ['preparation', 'unit_cup', 'qty_fraction', 'unit_tbsp', 'split_comma'],
    items: [
      { food: 'rice-white-cooked', grams: 316, kcal: 411 },
      { food: 'egg-scrambled', grams: 122, kcal: 182 },
      { food: 'peas-cooked', grams: 80, kcal: 62 },
      { food: 'oil-olive', grams: 13.5, kcal: 119 },
    ],
    total_kcal: 774,
    working:
      '2 cups rice = 2 x cup 158 g = 316 g x 130 kcal/100 g (FDC 169757) = 411 kcal; 2 eggs scrambled = 2 x large egg scrambled 61 g = 122 g x 149 kcal/100 g (FDC 172187) = 182 kcal; 1/2 cup peas = 0.5 x cup 160 g = 80 g x 78 kcal/100 g (FDC 170017) = 62 kcal; 1 tbsp olive oil = tbsp 13.5 g = 13.5 g x 884 kcal/100 g (FDC 171413) = 119 kcal',
  },
  {
    text: '1 cup chickpeas with 1 cup rice and 1 cup spinach',
    kind: 'dinner',
    covers: ['split_with', 'unit_cup', 'split_and'],
    items: [
      { food: 'chickpeas-cooked', grams: 164, kcal: 269 },
      { food: 'rice-white-cooked', grams: 158, kcal: 205 },
      { food: 'spinach-raw', grams: 30, kcal: 7 },
    ],
    total_kcal: 481,
    working:
      '1 cup chickpeas = cup 164 g = 164 g x 164 kcal/100 g (FDC 173757) = 269 kcal; 1 cup rice = cup 158 g = 158 g x 130 kcal/100 g (FDC 169757) = 205 kcal; 1 cup spinach (raw) = cup 30 g = 30 g x 23 kcal/100 g (FDC 168462) = 7 kcal',
  },
  {
    text: '1½ cups of rice and ¾ cup black beans',
    kind: 'dinner',
    covers: ['qty_unicode_fraction', 'qty_mixed_number', 'unit_cup', 'split_and'],
    items: [
      { food: 'rice-white-cooked', grams: 237, kcal: 308 },
      { food: 'beans-black-cooked', grams: 129, kcal: 170 },
    ],
    total_kcal: 478,
    working:
      '1½ cups of rice (white, cooked) = 1.5 x cup 158 g = 237 g x 130 kcal/100 g (FDC 169757) = 308 kcal; ¾ cup black beans = 0.75 x cup 172 g = 129 g x 132 kcal/100 g (FDC 173735) = 170 kcal',
  },
  {
    text: '2 1/2 cups of spaghetti with 1/2 cup marinara',
    kind: 'dinner',
    covers: ['qty_mixed_number', 'unit_cup', 'split_with', 'qty_fraction'],
    items: [
      { food: 'pasta-cooked', grams: 350, kcal: 553 },
      { food: 'marinara', grams: 125, kcal: 63 },
    ],
    total_kcal: 616,
    working:
      '2 1/2 cups of spaghetti (cooked) = 2.5 x cup 140 g = 350 g x 158 kcal/100 g (FDC 169737) = 553 kcal; 1/2 cup marinara = 0.5 x cup 250 g = 125 g x 50 kcal/100 g (FDC 174530) = 63 kcal',
  },
  {
    text: '100-150g of chicken breast and 1 cup of peas',
    kind: 'dinner',
    covers: ['qty_range', 'unit_g', 'split_and', 'unit_cup'],
    items: [
      { food: 'chicken-breast-grilled', grams: 125, kcal: 206 },
      { food: 'peas-cooked', grams: 160, kcal: 125 },
    ],
    total_kcal: 331,
    working:
      '100-150 g of chicken breast, taken as the midpoint 125 g = 125 g x 165 kcal/100 g (FDC 171477) = 206 kcal; 1 cup of peas = cup 160 g = 160 g x 78 kcal/100 g (FDC 170017) = 125 kcal',
  },
  {
    text: '1 1/2 cups of lentils with 1/2 cup of rice',
    kind: 'dinner',
    covers: ['qty_mixed_number', 'unit_cup', 'split_with', 'qty_fraction'],
    items: [
      { food: 'lentils-cooked', grams: 297, kcal: 345 },
      { food: 'rice-white-cooked', grams: 79, kcal: 103 },
    ],
    total_kcal: 448,
    working:
      '1 1/2 cups of lentils = 1.5 x cup 198 g = 297 g x 116 kcal/100 g (FDC 172421) = 345 kcal; 1/2 cup of rice = 0.5 x cup 158 g = 79 g x 130 kcal/100 g (FDC 169757) = 103 kcal',
  },
];
