import type { FoodPhrase } from '../phrase.js';

/** Vague amounts, each read by the issue-18 convention it names: handful, couple, few, some, splash, drizzle, dollop, scoop, pinch. */
export const VAGUE_AMOUNT_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a handful of almonds',
    class: 'vague_amount',
    items: [{ record: 'sr28:12061', amount: { oz: 1 }, why: 'a handful of nuts = 1 oz (convention)' }],
  },
  {
    text: 'handful of cashews',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:12585',
        alternatives: ['sr28:12586'],
        amount: { oz: 1 },
        why: 'a handful of nuts = 1 oz (convention); roasted salted cashews',
      },
    ],
  },
  {
    text: 'a couple of eggs',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['fndds:31101010'],
        amount: { portion: '1 large', count: 2 },
        why: 'a couple = 2 (convention); eggs large (convention)',
      },
    ],
  },
  {
    text: 'a few strawberries',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:09316',
        alternatives: ['fndds:63223020'],
        amount: { portion: '1 medium (1-1/4" dia)', count: 3 },
        why: 'a few = 3 (convention); fruit medium (convention)',
      },
    ],
  },
  {
    text: 'some blueberries',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:09050',
        alternatives: ['fndds:63203010'],
        amount: { portion: '1 cup', count: 0.5 },
        why: 'some fruit = 1/2 cup (convention)',
      },
    ],
  },
  {
    text: 'some peanut butter on a slice of toast',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp', count: 0.5 },
        why: 'some peanut butter = 1 tbsp (convention)',
      },
      {
        record: 'sr28:18070',
        alternatives: ['sr28:18069'],
        amount: { portion: '1 slice' },
        why: 'toast of no stated bread: a slice of white bread, toasted',
      },
    ],
  },
  {
    text: 'coffee with a splash of milk',
    class: 'vague_amount',
    items: [
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'unstated coffee is 1 cup of 8 fl oz (convention)',
      },
      {
        record: 'sr28:01079',
        alternatives: ['fndds:11112110', 'fndds:11100000'],
        amount: { fl_oz: 1 },
        why: 'a splash = 1 fl oz (convention); milk in a hot drink is 2% (convention for tea)',
      },
    ],
  },
  {
    text: 'a drizzle of olive oil',
    class: 'vague_amount',
    items: [
      { record: 'sr28:04053', amount: { portion: '1 tsp' }, why: 'a drizzle of oil = 1 tsp (convention)' },
    ],
  },
  {
    text: '2 scrambled eggs with a pinch of salt',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01132',
        alternatives: ['fndds:32129990'],
        amount: { portion: '1 large', count: 2 },
        why: 'scrambled picks the scrambled record; eggs large (convention)',
      },
      { record: 'sr28:02047', amount: { portion: '1 dash' }, why: 'a pinch = 1 dash (convention)' },
    ],
  },
  {
    text: 'a scoop of vanilla ice cream',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:19095',
        alternatives: ['fndds:13110100'],
        amount: { portion: '1 serving 1/2 cup' },
        why: 'a scoop of ice cream = 1/2 cup (convention)',
      },
    ],
  },
  {
    text: '2 scoops chocolate ice cream',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:19270',
        alternatives: ['fndds:13110110'],
        amount: { portion: '0.5 cup (4 fl oz)', count: 2 },
        why: 'a scoop of ice cream = 1/2 cup (convention), two of them',
      },
    ],
  },
  {
    text: 'a dollop of sour cream',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01056',
        alternatives: ['fndds:12310100'],
        amount: { portion: '1 tbsp' },
        why: 'a dollop = 1 tbsp (convention)',
      },
    ],
  },
  {
    text: 'dollop of whipped cream',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01054',
        alternatives: ['fndds:12140000'],
        amount: { portion: '1 tbsp' },
        why: 'a dollop = 1 tbsp (convention); pressurized topping',
      },
    ],
  },
  {
    text: 'a few saltine crackers',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:18228',
        alternatives: ['fndds:54325000'],
        amount: { portion: '1 cracker square', count: 3 },
        why: 'a few = 3 (convention)',
      },
    ],
  },
  {
    text: 'a couple slices of swiss cheese',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01040',
        amount: { portion: '1 slice (1 oz)', count: 2 },
        why: 'a couple = 2 (convention); a slice of cheese is 1 oz (convention)',
      },
    ],
  },
  {
    text: 'some grapes',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:09132',
        amount: { portion: '1 cup', count: 0.5 },
        why: 'some fruit = 1/2 cup (convention)',
      },
    ],
  },
  {
    text: 'handful of peanuts',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:16090',
        alternatives: ['fndds:42111200'],
        amount: { oz: 1 },
        why: 'a handful of nuts = 1 oz (convention); dry-roasted salted',
      },
    ],
  },
  {
    text: 'a handful of mixed nuts',
    class: 'vague_amount',
    items: [{ record: 'sr28:12635', amount: { oz: 1 }, why: 'a handful of nuts = 1 oz (convention)' }],
  },
  {
    text: 'a splash of half and half in my coffee',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01049',
        alternatives: ['fndds:12120100'],
        amount: { fl_oz: 1 },
        why: 'a splash = 1 fl oz (convention)',
      },
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'unstated coffee is 1 cup of 8 fl oz (convention)',
      },
    ],
  },
  {
    text: 'black tea with a splash of milk',
    class: 'vague_amount',
    items: [
      {
        record: 'fndds:92302000',
        alternatives: ['sr28:14355'],
        amount: { portion: '1 cup' },
        why: 'unstated tea is 1 cup (convention)',
      },
      {
        record: 'sr28:01079',
        alternatives: ['fndds:11112110'],
        amount: { fl_oz: 1 },
        why: 'milk in tea is 1 fl oz of 2% milk (convention)',
      },
    ],
  },
  {
    text: 'a couple of oreos',
    class: 'vague_amount',
    items: [
      {
        record: 'fndds:53209015',
        amount: { portion: '1 Oreo sandwich', count: 2 },
        why: 'a couple = 2 (convention) Oreo cookies',
      },
    ],
  },
  {
    text: 'a few baby carrots',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:11960',
        amount: { portion: '1 medium', count: 3 },
        why: 'a few = 3 (convention); medium (convention)',
      },
    ],
  },
  {
    text: 'a bowl of oatmeal with a pinch of salt',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:08121',
        alternatives: ['fndds:56203056', 'fndds:56203055'],
        amount: { portion: '1 cup' },
        why: 'a bowl of cereal is 1 cup of the cereal (convention); oatmeal is cooked',
      },
      { record: 'sr28:02047', amount: { portion: '1 dash' }, why: 'a pinch = 1 dash (convention)' },
    ],
  },
  {
    text: 'greek yogurt with a drizzle of honey',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:01256',
        amount: { portion: '1 container' },
        why: 'plain Greek yogurt, one single-serve container',
      },
      {
        record: 'sr28:19296',
        alternatives: ['fndds:91302010'],
        amount: { portion: '1 tbsp', count: 1 / 3 },
        why: 'a drizzle = 1 tsp (the convention for oil) = 1/3 tbsp',
      },
    ],
  },
  {
    text: 'a few M&Ms',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:19141',
        alternatives: ['fndds:91746100'],
        amount: { portion: '10 pieces', count: 0.3 },
        why: "a few = 3 (convention) pieces: 3/10 of the record's 10 pieces",
      },
    ],
  },
  {
    text: 'a couple of beers',
    class: 'vague_amount',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { portion: '1 can or bottle (12 fl oz)', count: 2 },
        why: 'a couple = 2 (convention); a beer is a can of 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'a few slices of deli turkey',
    class: 'vague_amount',
    items: [
      {
        record: 'fndds:25230780',
        alternatives: ['sr28:07081'],
        amount: { portion: '1 slice, NFS', count: 3 },
        why: 'a few = 3 (convention)',
      },
    ],
  },
  {
    text: 'a dollop of peanut butter',
    class: 'vague_amount',
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp', count: 0.5 },
        why: 'a dollop = 1 tbsp (convention)',
      },
    ],
  },
  {
    text: 'a handful of walnuts',
    class: 'vague_amount',
    items: [{ record: 'sr28:12155', amount: { oz: 1 }, why: 'a handful of nuts = 1 oz (convention)' }],
  },
];
