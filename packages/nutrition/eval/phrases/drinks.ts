import type { FoodPhrase } from '../phrase.js';

/** Drinks: milk, juice, soft drinks, beer, wine and spirits. */
export const DRINK_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a glass of milk',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'milk-whole', grams: 244, kcal: 149 }],
    total_kcal: 149,
    working: 'a glass of milk (whole), 1 cup = cup 244 g = 244 g x 61 kcal/100 g (FDC 171265) = 149 kcal',
  },
  {
    text: '250 ml of whole milk',
    kind: 'drink',
    covers: ['unit_ml', 'drink'],
    items: [{ food: 'milk-whole', grams: 258, kcal: 157 }],
    total_kcal: 157,
    working:
      '250 ml of whole milk = 250 ml x 244 g per cup (236.6 ml) = 258 g x 61 kcal/100 g (FDC 171265) = 157 kcal',
  },
  {
    text: 'a glass of orange juice',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'orange-juice', grams: 248, kcal: 112 }],
    total_kcal: 112,
    working: 'a glass of orange juice, 1 cup = cup 248 g = 248 g x 45 kcal/100 g (FDC 169098) = 112 kcal',
  },
  {
    text: '8 fl oz apple juice',
    kind: 'drink',
    covers: ['unit_fl_oz', 'drink'],
    items: [{ food: 'apple-juice', grams: 248, kcal: 114 }],
    total_kcal: 114,
    working: '8 fl oz apple juice = 1 cup = cup 248 g = 248 g x 46 kcal/100 g (FDC 173933) = 114 kcal',
  },
  {
    text: 'a can of coke',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'cola', grams: 368, kcal: 136 }],
    total_kcal: 136,
    working: 'a can of coke = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: '2 cans of cola',
    kind: 'drink',
    covers: ['qty_digits', 'drink'],
    items: [{ food: 'cola', grams: 736, kcal: 272 }],
    total_kcal: 272,
    working: '2 cans of cola = 2 x can (12 fl oz) 368 g = 736 g x 37 kcal/100 g (FDC 171868) = 272 kcal',
  },
  {
    text: 'a beer',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'beer', grams: 356, kcal: 153 }],
    total_kcal: 153,
    working: 'a beer = can or bottle (12 fl oz) 356 g = 356 g x 43 kcal/100 g (FDC 168746) = 153 kcal',
  },
  {
    text: '3 beers',
    kind: 'drink',
    covers: ['qty_digits', 'drink'],
    items: [{ food: 'beer', grams: 1068, kcal: 459 }],
    total_kcal: 459,
    working: '3 beers = 3 x can or bottle (12 fl oz) 356 g = 1068 g x 43 kcal/100 g (FDC 168746) = 459 kcal',
  },
  {
    text: 'a bottle of lager',
    kind: 'drink',
    covers: ['regional_name', 'drink'],
    items: [{ food: 'beer', grams: 356, kcal: 153 }],
    total_kcal: 153,
    working:
      'a bottle of lager (beer) = can or bottle (12 fl oz) 356 g = 356 g x 43 kcal/100 g (FDC 168746) = 153 kcal',
  },
  {
    text: '0.5 l of beer',
    kind: 'drink',
    covers: ['qty_decimal', 'unit_l', 'drink'],
    items: [{ food: 'beer', grams: 501, kcal: 215 }],
    total_kcal: 215,
    working:
      '0.5 l of beer = 500 ml x 356 g per 12 fl oz bottle (355 ml) = 501 g x 43 kcal/100 g (FDC 168746) = 215 kcal',
  },
  {
    text: '2 light beers',
    kind: 'drink',
    covers: ['qty_digits', 'drink'],
    items: [{ food: 'beer-light', grams: 708, kcal: 205 }],
    total_kcal: 205,
    working:
      '2 light beers = 2 x can or bottle (12 fl oz) 354 g = 708 g x 29 kcal/100 g (FDC 168749) = 205 kcal',
  },
  {
    text: 'a glass of red wine',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'wine-red', grams: 147, kcal: 125 }],
    total_kcal: 125,
    working: 'a glass of red wine = glass (5 fl oz) 147 g = 147 g x 85 kcal/100 g (FDC 173190) = 125 kcal',
  },
  {
    text: '2 glasses of white wine',
    kind: 'drink',
    covers: ['qty_digits', 'drink'],
    items: [{ food: 'wine-white', grams: 294, kcal: 241 }],
    total_kcal: 241,
    working:
      '2 glasses of white wine = 2 x glass (5 fl oz) 147 g = 294 g x 82 kcal/100 g (FDC 174837) = 241 kcal',
  },
  {
    text: 'a shot of vodka',
    kind: 'drink',
    covers: ['qty_word', 'drink'],
    items: [{ food: 'spirits-80-proof', grams: 42, kcal: 97 }],
    total_kcal: 97,
    working: 'a shot of vodka = jigger (1.5 fl oz) 42 g = 42 g x 231 kcal/100 g (FDC 174815) = 97 kcal',
  },
  {
    text: 'whiskey, 2 shots',
    kind: 'drink',
    covers: ['qty_digits', 'drink'],
    items: [{ food: 'spirits-80-proof', grams: 84, kcal: 194 }],
    total_kcal: 194,
    working: 'whiskey, 2 shots = 2 x jigger (1.5 fl oz) 42 g = 84 g x 231 kcal/100 g (FDC 174815) = 194 kcal',
  },
  {
    text: '1 l of orange juice over the day',
    kind: 'drink',
    covers: ['unit_l', 'drink', 'filler'],
    items: [{ food: 'orange-juice', grams: 1048, kcal: 472 }],
    total_kcal: 472,
    working:
      '1 l of orange juice = 1000 ml x 248 g per cup (236.6 ml) = 1048 g x 45 kcal/100 g (FDC 169098) = 472 kcal',
  },
  {
    text: 'a fizzy drink',
    kind: 'drink',
    covers: ['regional_name', 'drink'],
    items: [{ food: 'cola', grams: 368, kcal: 136 }],
    total_kcal: 136,
    working:
      'a fizzy drink (cola), a can = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: '12 fl oz of cola',
    kind: 'drink',
    covers: ['unit_fl_oz', 'drink'],
    items: [{ food: 'cola', grams: 368, kcal: 136 }],
    total_kcal: 136,
    working:
      '12 fl oz of cola = 1 can = can (12 fl oz) 368 g = 368 g x 37 kcal/100 g (FDC 171868) = 136 kcal',
  },
  {
    text: 'a glass of wine with dinner',
    kind: 'drink',
    covers: ['qty_word', 'drink', 'filler'],
    items: [{ food: 'wine-red', grams: 147, kcal: 125 }],
    total_kcal: 125,
    working:
      'a glass of wine (red) ("with dinner" is filler) = glass (5 fl oz) 147 g = 147 g x 85 kcal/100 g (FDC 173190) = 125 kcal',
  },
  {
    text: 'a cup of 2% milk',
    kind: 'drink',
    covers: ['unit_cup', 'drink'],
    items: [{ food: 'milk-2pct', grams: 244, kcal: 122 }],
    total_kcal: 122,
    working: 'a cup of 2% milk = cup 244 g = 244 g x 50 kcal/100 g (FDC 171267) = 122 kcal',
  },
  {
    text: 'a large glass of orange juice',
    kind: 'drink',
    covers: ['size_word', 'drink'],
    items: [{ food: 'orange-juice', grams: 496, kcal: 223 }],
    total_kcal: 223,
    working:
      'a large glass of orange juice, taken as 16 fl oz = 473 ml x 248 g per cup (236.6 ml) = 496 g x 45 kcal/100 g (FDC 169098) = 223 kcal',
  },
  {
    text: '330ml of coke',
    kind: 'drink',
    covers: ['unit_ml', 'drink'],
    items: [{ food: 'cola', grams: 342, kcal: 127 }],
    total_kcal: 127,
    working:
      '330 ml of coke = 330 ml x 368 g per 12 fl oz can (355 ml) = 342 g x 37 kcal/100 g (FDC 171868) = 127 kcal',
  },
  {
    text: '500 ml of 2% milk',
    kind: 'drink',
    covers: ['unit_ml', 'drink'],
    items: [{ food: 'milk-2pct', grams: 516, kcal: 258 }],
    total_kcal: 258,
    working:
      '500 ml of 2% milk = 500 ml x 244 g per cup (236.6 ml) = 516 g x 50 kcal/100 g (FDC 171267) = 258 kcal',
  },
  {
    text: '200 ml orange juice',
    kind: 'drink',
    covers: ['unit_ml', 'drink'],
    items: [{ food: 'orange-juice', grams: 210, kcal: 95 }],
    total_kcal: 95,
    working:
      '200 ml orange juice = 200 ml x 248 g per cup (236.6 ml) = 210 g x 45 kcal/100 g (FDC 169098) = 95 kcal',
  },
];
