import type { FoodPhrase } from '../phrase.js';

/**
 * A dish named together with its parts: the parts are counted once, or the dish alone, never both.
 * Where the text gives the parts amounts (or the conventions give them one), the expected
 * items are the parts; where the parts only describe a standard dish, the expected item is the dish.
 */
export const DISH_WITH_PARTS_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'chicken burrito bowl with rice, black beans, salsa and guacamole',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:24123301',
        alternatives: ['sr28:05064', 'sr28:05747'],
        amount: { oz: 3 },
        why: 'meat in a bowl is 3 oz cooked (convention); grilled chicken breast',
      },
      {
        record: 'fndds:56205001',
        alternatives: ['sr28:20045'],
        amount: { portion: 'Quantity not specified' },
        why: 'a part with no amount and no convention: FNDDS quantity not specified',
      },
      {
        record: 'fndds:41101990',
        alternatives: ['fndds:41102080', 'sr28:16315'],
        amount: { portion: 'Quantity not specified' },
        why: 'a part with no amount and no convention: FNDDS quantity not specified',
      },
      {
        record: 'fndds:74402150',
        alternatives: ['fndds:74402100'],
        amount: { portion: '1 tablespoon', count: 2 },
        why: 'salsa is 2 tbsp (convention)',
      },
      {
        record: 'fndds:63409010',
        alternatives: ['fndds:63409015'],
        amount: { portion: 'Quantity not specified' },
        why: 'a part with no amount and no convention: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'turkey sandwich with 3 slices of turkey, 2 slices of white bread and mayo',
    class: 'dish_with_parts',
    otherReadings: [
      [
        {
          record: 'fndds:27540310',
          amount: { portion: '1 sandwich' },
          why: 'the dish alone: a turkey sandwich with spread',
        },
      ],
    ],
    items: [
      {
        record: 'fndds:25230780',
        alternatives: ['sr28:07081'],
        amount: { portion: '1 slice, NFS', count: 3 },
        why: 'stated 3 slices of deli turkey',
      },
      {
        record: 'sr28:18069',
        amount: { portion: '1 slice', seq: 1, count: 2 },
        why: 'stated 2 slices of white bread',
      },
      {
        record: 'fndds:83107000',
        amount: { portion: 'Guideline amount on regular sandwich' },
        why: 'mayo on a sandwich: FNDDS guideline amount on a regular sandwich',
      },
    ],
  },
  {
    text: 'BLT with bacon, lettuce and tomato on toast',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27520150',
        amount: { portion: '1 sandwich' },
        why: 'the parts only describe the standard dish: the BLT sandwich alone',
      },
    ],
  },
  {
    text: 'cheeseburger with lettuce, tomato, pickles and onion',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27510155',
        amount: { portion: '1 cheeseburger' },
        why: 'the toppings are part of the dish: the cheeseburger alone',
      },
    ],
  },
  {
    text: 'grilled cheese made with 2 slices white bread, 2 slices american cheese and a tablespoon of butter',
    class: 'dish_with_parts',
    otherReadings: [
      [
        {
          record: 'fndds:14640105',
          alternatives: ['fndds:14640100'],
          amount: { portion: '1 sandwich' },
          why: 'the dish alone: grilled cheese, American cheese on white bread',
        },
      ],
    ],
    items: [
      {
        record: 'sr28:18069',
        amount: { portion: '1 slice', seq: 1, count: 2 },
        why: 'stated 2 slices of white bread',
      },
      {
        record: 'sr28:01042',
        amount: { portion: '1 slice (3/4 oz)', count: 2 },
        why: 'stated 2 slices; packaged American slices are 3/4 oz',
      },
      { record: 'sr28:01001', amount: { portion: '1 tbsp' }, why: 'stated tablespoon of butter' },
    ],
  },
  {
    text: 'pb and j with 2 tbsp peanut butter and 1 tbsp grape jelly on 2 slices of wheat bread',
    class: 'dish_with_parts',
    otherReadings: [
      [
        {
          record: 'fndds:42302020',
          alternatives: ['fndds:42302010'],
          amount: { portion: '1 sandwich' },
          why: 'the dish alone: PB&J on wheat bread',
        },
      ],
    ],
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp' },
        why: 'stated 2 tbsp',
      },
      { record: 'sr28:19300', amount: { portion: '1 serving 1 tbsp' }, why: 'stated 1 tbsp of jelly' },
      {
        record: 'sr28:18064',
        amount: { portion: '1 slice', count: 2 },
        why: 'stated 2 slices of wheat bread',
      },
    ],
  },
  {
    text: '2 beef tacos with cheese, lettuce and tomato',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58101320',
        amount: { portion: '1 taco or tostada, NS size', count: 2 },
        why: 'the fillings are the dish: 2 tacos with meat',
      },
    ],
  },
  {
    text: '3 egg omelette with cheddar cheese',
    class: 'dish_with_parts',
    otherReadings: [
      [
        {
          record: 'sr28:01130',
          amount: { portion: '1 large', count: 3 },
          why: 'the parts: a 3 large egg omelet',
        },
        {
          record: 'sr28:01009',
          alternatives: ['fndds:14104100'],
          amount: { oz: 1 },
          why: 'the parts: cheese is 1 oz (convention)',
        },
      ],
    ],
    items: [
      {
        record: 'fndds:32130110',
        amount: { portion: '1 egg', count: 3 },
        why: 'an omelet with cheese, NS as to fat, per egg used',
      },
    ],
  },
  {
    text: 'everything bagel with cream cheese',
    class: 'dish_with_parts',
    items: [
      {
        record: 'sr28:18001',
        amount: { portion: '1 medium bagel (3-1/2" to 4" dia)' },
        why: 'unstated size of a bagel: medium (convention); everything is a topping of the plain bagel',
      },
      {
        record: 'fndds:14301010',
        alternatives: ['sr28:01017'],
        amount: { portion: 'Quantity not specified' },
        why: 'spread with no amount: FNDDS quantity not specified (2 tbsp)',
      },
    ],
  },
  {
    text: 'a cup of oatmeal with a teaspoon of brown sugar and a small box of raisins',
    class: 'dish_with_parts',
    items: [
      {
        record: 'sr28:08121',
        alternatives: ['fndds:56203056'],
        amount: { portion: '1 cup' },
        why: 'oatmeal as eaten is cooked; stated cup',
      },
      { record: 'sr28:19334', amount: { portion: '1 tsp packed' }, why: 'stated teaspoon' },
      { record: 'sr28:09298', amount: { portion: '1 small box (1.5 oz)' }, why: 'a small box of raisins' },
    ],
  },
  {
    text: 'hot dog with ketchup and mustard',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27564000',
        amount: { portion: '1 frankfurter on bun' },
        why: 'a hot dog is a frankfurter on a bun, plain',
      },
      { record: 'sr28:11935', amount: { portion: '1 tbsp' }, why: 'ketchup is 1 tbsp (convention)' },
      {
        record: 'sr28:02046',
        amount: { portion: '1 tsp or 1 packet' },
        why: 'mustard is 1 tsp (convention)',
      },
    ],
  },
  {
    text: 'nachos with cheese and sour cream',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58104090',
        amount: { portion: 'Quantity not specified' },
        why: 'a mixed dish with no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'chicken fried rice with egg, peas and carrots',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58150320',
        amount: { portion: 'Quantity not specified' },
        why: 'the egg and vegetables are the dish; no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'eggs benedict with canadian bacon and hollandaise on an english muffin',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:32101500',
        amount: { portion: 'Quantity not specified' },
        why: 'the parts are the dish; no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'homemade fettuccine alfredo with parmesan',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58146382',
        amount: { portion: 'Quantity not specified' },
        why: 'pasta with cream sauce, home recipe; no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'chicken caesar salad with romaine, parmesan and croutons, caesar dressing',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27446360',
        amount: { portion: 'Quantity not specified' },
        why: 'chicken caesar salad, no amount: FNDDS quantity not specified (convention)',
      },
      {
        record: 'fndds:83102000',
        amount: { portion: 'Quantity not specified' },
        why: 'a salad named with its dressing includes it at FNDDS default (convention)',
      },
    ],
  },
  {
    text: 'yogurt parfait with granola and berries',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:11446000',
        alternatives: ['sr28:21463'],
        amount: { portion: 'Quantity not specified' },
        why: 'the granola and fruit are the parfait; FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'sub with 4 slices of ham, 2 slices of provolone and mustard on a kaiser roll',
    class: 'dish_with_parts',
    items: [
      { record: 'sr28:07029', amount: { portion: '1 slice', count: 4 }, why: 'stated 4 slices of ham' },
      {
        record: 'sr28:01035',
        alternatives: ['fndds:14108400'],
        amount: { portion: '1 slice (1 oz)', count: 2 },
        why: 'stated 2 slices; cheese is 1 oz or 1 slice (convention)',
      },
      {
        record: 'sr28:02046',
        amount: { portion: '1 tsp or 1 packet' },
        why: 'mustard is 1 tsp (convention)',
      },
      {
        record: 'sr28:18353',
        amount: { portion: '1 roll (3-1/2" dia)' },
        why: 'a kaiser roll is a hard roll',
      },
    ],
  },
  {
    text: 'smoothie made with 1 banana, 1 cup frozen strawberries and a cup of skim milk',
    class: 'dish_with_parts',
    items: [
      {
        record: 'sr28:09040',
        amount: { portion: '1 medium (7" to 7-7/8" long)' },
        why: 'unstated size of fruit: medium (convention)',
      },
      { record: 'sr28:09318', amount: { portion: '1 cup, unthawed' }, why: 'a cup of frozen berries' },
      { record: 'sr28:01085', amount: { portion: '1 cup' }, why: 'stated cup of skim milk' },
    ],
  },
  {
    text: 'avocado toast, 2 slices of sourdough and half an avocado',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:51107010',
        alternatives: ['sr28:18029'],
        amount: { portion: '1 medium or regular slice', count: 2 },
        why: 'sourdough is French bread; regular slices',
      },
      {
        record: 'sr28:09037',
        amount: { portion: '1 avocado, NS as to Florida or California', count: 0.5 },
        why: 'half of a whole avocado',
      },
    ],
  },
  {
    text: 'a bowl of chili with beans topped with cheddar and sour cream',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27111406',
        alternatives: ['fndds:27111400'],
        amount: { portion: '1 cup', count: 1.5 },
        why: 'a bowl of chili is 1.5 cups (convention)',
      },
      {
        record: 'sr28:01009',
        alternatives: ['fndds:14104100'],
        amount: { oz: 1 },
        why: 'cheese is 1 oz (convention)',
      },
      {
        record: 'fndds:12310100',
        alternatives: ['sr28:01056'],
        amount: { portion: 'Quantity not specified' },
        why: 'a topping with no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'spaghetti with meat sauce',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58146322',
        amount: { portion: 'Quantity not specified' },
        why: 'pasta with tomato sauce and meat, home recipe: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'breakfast burrito with egg, sausage, cheese and potatoes',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58100000',
        amount: { portion: 'Quantity not specified' },
        why: 'the fillings are the burrito; FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'ham and cheese sandwich with lettuce and mayo',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27520320',
        amount: { portion: '1 sandwich' },
        why: 'FNDDS has this exact sandwich with lettuce and spread',
      },
    ],
  },
  {
    text: 'tuna melt - tuna salad and cheese on bread',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27550730',
        amount: { portion: '1 regular sandwich' },
        why: 'tuna salad sandwich with cheese is the tuna melt',
      },
    ],
  },
  {
    text: 'side salad with lettuce, tomato and 2 tbsp ranch',
    class: 'dish_with_parts',
    otherReadings: [
      [
        {
          record: 'fndds:75143000',
          alternatives: ['fndds:75143050'],
          amount: { portion: '1 side salad' },
          why: 'the dish alone: a side salad with vegetables including tomatoes',
        },
        {
          record: 'sr28:04639',
          amount: { portion: '1 tablespoon', count: 2 },
          why: 'stated 2 tbsp of ranch',
        },
      ],
    ],
    items: [
      {
        record: 'fndds:75113000',
        amount: { portion: 'Guideline amount in salad' },
        why: 'lettuce of a salad: FNDDS guideline amount in salad',
      },
      {
        record: 'sr28:11529',
        amount: { portion: '1 wedge (1/4 of medium tomato)', count: 2 },
        why: 'tomato of a side salad: half a medium tomato in wedges',
      },
      { record: 'sr28:04639', amount: { portion: '1 tablespoon', count: 2 }, why: 'stated 2 tbsp of ranch' },
    ],
  },
  {
    text: 'cheese quesadilla with a side of sour cream',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58104710',
        amount: { portion: '1 quesadilla, any size' },
        why: 'a cheese quesadilla, any size',
      },
      {
        record: 'fndds:12310100',
        alternatives: ['sr28:01056'],
        amount: { portion: 'Quantity not specified' },
        why: 'a side with no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'avocado toast',
    class: 'dish_with_parts',
    items: [
      {
        record: 'sr28:18070',
        alternatives: ['sr28:18069'],
        amount: { portion: '1 slice' },
        why: 'toast of no stated bread: white, toasted',
      },
      {
        record: 'sr28:09037',
        amount: { portion: '1 avocado, NS as to Florida or California', count: 0.5 },
        why: 'a fruit or vegetable on bread is half of one (convention), named before the bread as after "with"',
      },
    ],
  },
  {
    text: 'eggs benedict with hollandaise',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:32101500',
        amount: { portion: 'Quantity not specified' },
        why: 'the hollandaise is in the dish; no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'a BLT with mayo',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27520150',
        amount: { portion: '1 sandwich' },
        why: "FNDDS's BLT is 'with spread': the mayo is in it",
      },
    ],
  },
  {
    text: '2 chicken enchiladas with rice and beans',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58100630',
        amount: { portion: '1 enchilada, any size', count: 2 },
        why: 'chicken enchiladas',
      },
      {
        record: 'fndds:56205001',
        alternatives: ['sr28:20045'],
        amount: { portion: 'Quantity not specified' },
        why: 'a side the enchiladas record lacks; no amount: FNDDS quantity not specified',
      },
      {
        record: 'fndds:41100990',
        amount: { portion: 'Quantity not specified' },
        why: 'beans with no amount: FNDDS quantity not specified (half a cup)',
      },
    ],
  },
  {
    text: 'chicken tikka masala with rice',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:27146150',
        amount: { portion: 'Quantity not specified' },
        why: 'a mixed dish with no amount: FNDDS quantity not specified',
      },
      {
        record: 'fndds:56205001',
        alternatives: ['sr28:20045'],
        amount: { portion: 'Quantity not specified' },
        why: 'rice served beside the curry, which its record lacks: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'a breakfast sandwich with egg, bacon and cheese on a croissant',
    class: 'dish_with_parts',
    items: [
      {
        record: 'fndds:58127350',
        amount: { portion: '1 croissant' },
        why: 'the parts and the croissant it is on name the FNDDS croissant sandwich; one of it',
      },
    ],
  },
];
