import type { FoodPhrase } from '../phrase.js';

/** Decimal amounts, as labels and measuring cups print them: "a 16.9 fl oz bottle", "a 1.813 oz bar", "1.5 cups". */
export const DECIMAL_AMOUNT_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a 16.9 fl oz bottle of coke',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:92410310',
        amount: { portion: '1 bottle (16.9 fl oz or 500 ml)' },
        why: 'the FNDDS 16.9 fl oz bottle',
      },
    ],
  },
  {
    text: 'a 1.55 oz hershey bar',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:19120',
        alternatives: ['fndds:91705010'],
        amount: { portion: '1 bar (1.55 oz)' },
        why: 'the SR milk chocolate 1.55 oz bar',
      },
    ],
  },
  {
    text: 'a 1.813 oz bar of dark chocolate',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:19904',
        alternatives: ['sr28:19902'],
        amount: { oz: 1.813 },
        why: 'stated 1.813 oz; 1 oz = 28.35 g (convention); no cacao said: either SR dark chocolate',
      },
    ],
  },
  {
    text: '1.5 cups cooked white rice',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:20045',
        alternatives: ['fndds:56205001', 'fndds:56205008'],
        amount: { portion: '1 cup', count: 1.5 },
        why: 'stated 1.5 cups, cooked',
      },
    ],
  },
  {
    text: '0.5 lb cooked ground beef',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:21500100',
        alternatives: ['sr28:23575'],
        amount: { oz: 8 },
        why: '0.5 lb = 8 oz; ground beef of unstated leanness, cooked',
      },
    ],
  },
  {
    text: '2.5 oz beef jerky',
    class: 'decimal_amount',
    items: [
      { record: 'sr28:19002', alternatives: ['fndds:21602100'], amount: { oz: 2.5 }, why: 'stated 2.5 oz' },
    ],
  },
  {
    text: '0.75 cup blueberries',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:09050',
        alternatives: ['fndds:63203010'],
        amount: { portion: '1 cup', count: 0.75 },
        why: 'stated 0.75 cup',
      },
    ],
  },
  {
    text: '1.25 cups skim milk',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:01085',
        alternatives: ['fndds:11113000'],
        amount: { portion: '1 cup', count: 1.25 },
        why: 'stated 1.25 cups',
      },
    ],
  },
  {
    text: 'a 2.06 oz package of twix',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:19160',
        amount: { portion: '1 package (2.06 oz, 2 bars)' },
        why: 'the SR 2.06 oz package',
      },
    ],
  },
  {
    text: '3.5 oz potato chips',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:19411',
        alternatives: ['fndds:71200100', 'fndds:71200010'],
        amount: { oz: 3.5 },
        why: 'stated 3.5 oz',
      },
    ],
  },
  {
    text: '2.25 oz almonds',
    class: 'decimal_amount',
    items: [{ record: 'sr28:12061', amount: { oz: 2.25 }, why: 'stated 2.25 oz' }],
  },
  {
    text: 'a 5.3 oz container of greek yogurt',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:11400010',
        alternatives: ['sr28:01256'],
        amount: { portion: '1 5.3 oz container' },
        why: 'the FNDDS 5.3 oz container',
      },
    ],
  },
  {
    text: 'a 355 ml can of beer',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { ml: 355 },
        why: "stated 355 ml, through the record's 1 fl oz",
      },
    ],
  },
  {
    text: '0.5 cup cottage cheese',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:01012',
        alternatives: ['fndds:14201010', 'sr28:01015'],
        amount: { portion: '1 cup, small curd (not packed)', count: 0.5 },
        why: 'stated 0.5 cup; cottage cheese of no stated fat: creamed (4%)',
      },
    ],
  },
  {
    text: '1.5 oz cheddar cheese',
    class: 'decimal_amount',
    items: [
      { record: 'sr28:01009', alternatives: ['fndds:14104100'], amount: { oz: 1.5 }, why: 'stated 1.5 oz' },
    ],
  },
  {
    text: '0.25 cup granola',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:08037',
        alternatives: ['fndds:57228000', 'fndds:57227000'],
        amount: { portion: '1 cup', count: 0.25 },
        why: 'stated 0.25 cup',
      },
    ],
  },
  {
    text: 'a 7.5 fl oz mini can of coke',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:92410310',
        amount: { fl_oz: 7.5 },
        why: "stated 7.5 fl oz, through the record's 1 fl oz (no ice)",
      },
    ],
  },
  {
    text: '1.75 cups cheerios',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:08013',
        alternatives: ['fndds:57123000'],
        amount: { portion: '1 cup (1 NLEA serving)', count: 1.75 },
        why: 'stated 1.75 cups',
      },
    ],
  },
  {
    text: 'a 1.5 oz bag of sun chips',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:25013',
        alternatives: ['fndds:54420210'],
        amount: { oz: 1.5 },
        why: 'stated 1.5 oz, original flavor',
      },
    ],
  },
  {
    text: '0.33 cup raisins',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:09298',
        amount: { portion: '1 cup (not packed)', count: 0.33 },
        why: 'stated 0.33 cup',
      },
    ],
  },
  {
    text: 'a 1.74 oz bag of peanut m&ms',
    class: 'decimal_amount',
    items: [{ record: 'sr28:19140', amount: { oz: 1.74 }, why: 'stated 1.74 oz' }],
  },
  {
    text: 'a 3.75 oz can of sardines in oil',
    class: 'decimal_amount',
    items: [
      { record: 'sr28:15088', amount: { portion: '1 can (3.75 oz)' }, why: 'the SR 3.75 oz can, drained' },
    ],
  },
  {
    text: '1.25 lb watermelon',
    class: 'decimal_amount',
    items: [
      { record: 'sr28:09326', alternatives: ['fndds:63149010'], amount: { oz: 20 }, why: '1.25 lb = 20 oz' },
    ],
  },
  {
    text: '0.33 l bottle of beer',
    class: 'decimal_amount',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { ml: 330 },
        why: "0.33 l = 330 ml, through the record's 1 fl oz",
      },
    ],
  },
  {
    text: '2.5 tbsp peanut butter',
    class: 'decimal_amount',
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp', count: 1.25 },
        why: "stated 2.5 tbsp = 1.25 x the record's 2 tbsp",
      },
    ],
  },
  {
    text: '4.5 oz grilled salmon',
    class: 'decimal_amount',
    items: [{ record: 'sr28:15237', amount: { oz: 4.5 }, why: 'grilled is cooked, dry heat; stated 4.5 oz' }],
  },
  {
    text: 'a 0.9 oz bag of goldfish',
    class: 'decimal_amount',
    items: [{ record: 'fndds:54304020', amount: { oz: 0.9 }, why: 'stated 0.9 oz' }],
  },
];
