import type { FoodPhrase } from '../phrase.js';

/** Numbers that describe a food, never an amount: 100% juice, 2% milk, 85% lean, 80/20, 70% cacao, 7 Up, 12-grain. */
export const NUMBER_NOT_AMOUNT_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a glass of 2% milk',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01079',
        alternatives: ['fndds:11112110'],
        amount: { portion: '1 cup' },
        why: '2% is the fat, not an amount; a glass of milk is 1 cup',
      },
    ],
  },
  {
    text: '1 cup of 1% milk',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:11112210',
        alternatives: ['sr28:01082'],
        amount: { portion: '1 cup' },
        why: '1% is the fat; stated cup',
      },
    ],
  },
  {
    text: '8 oz of 100% apple juice',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:64104010',
        alternatives: ['sr28:09016'],
        amount: { fl_oz: 8 },
        why: "100% is the juice content; 8 fl oz through the record's 1 fl oz",
      },
    ],
  },
  {
    text: '4 oz of cooked 85% lean ground beef',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:23570',
        alternatives: ['sr28:23569'],
        amount: { oz: 4 },
        why: '85% lean names the record; cooked crumbles; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: 'a quarter pound 85/15 burger patty',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:23569',
        alternatives: ['sr28:23568'],
        amount: { portion: '1 patty ( yield from 1/4 lb raw meat )' },
        why: '85/15 names the record; a quarter pound is the raw weight of the patty',
      },
    ],
  },
  {
    text: 'a 6 oz cup of 0% greek yogurt',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01256',
        amount: { portion: '1 container' },
        why: '0% is the fat (nonfat); the 6 oz container',
      },
    ],
  },
  {
    text: '2 squares of 70% dark chocolate',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:19904',
        amount: { portion: '1 bar', count: 0.2 },
        why: '70% is the cacao; a square is a tenth of the SR bar (a bar of 10 squares)',
      },
    ],
  },
  {
    text: 'a slice of 12-grain bread',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:28397',
        amount: { portion: '1 slice regular' },
        why: '12-grain is multi-grain bread, not 12 of anything',
      },
    ],
  },
  {
    text: 'a 100 calorie pack of pretzels',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:54408016',
        amount: { portion: '1 100 calorie package' },
        why: '100 calorie names the pack, the FNDDS 100 calorie package',
      },
    ],
  },
  {
    text: 'a can of 7up',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:92410510',
        amount: { portion: '1 can (12 fl oz)' },
        why: '7 Up is a brand (lemon-lime soda); a can = 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'a cup of V8',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:11578',
        amount: { portion: '1 cup' },
        why: 'V8 is vegetable juice cocktail; stated cup',
      },
    ],
  },
  {
    text: 'a 3 musketeers bar',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:19159',
        amount: { portion: '1 serving 2.13 oz bar' },
        why: '3 Musketeers is a brand; one regular bar',
      },
    ],
  },
  {
    text: 'a cup of 4% cottage cheese',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01012',
        alternatives: ['fndds:14201010'],
        amount: { portion: '1 cup, small curd (not packed)' },
        why: '4% is creamed cottage cheese; a cup, small curd',
      },
    ],
  },
  {
    text: 'half a cup of 2% cottage cheese',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01015',
        amount: { portion: '1 cup (not packed)', count: 0.5 },
        why: '2% names the lowfat record; half a cup',
      },
    ],
  },
  {
    text: '1 cup 2% chocolate milk',
    class: 'number_not_amount',
    items: [{ record: 'fndds:11511200', amount: { portion: '1 cup' }, why: '2% is the fat; stated cup' }],
  },
  {
    text: 'a slice of 100% whole wheat bread',
    class: 'number_not_amount',
    items: [
      { record: 'sr28:18075', amount: { portion: '1 slice' }, why: '100% describes the flour; one slice' },
    ],
  },
  {
    text: 'a 12 oz bottle of 100% orange juice',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:61210220',
        alternatives: ['fndds:61210000'],
        amount: { portion: '1 bottle (12 fl oz)' },
        why: '100% is the juice content; the 12 fl oz bottle',
      },
    ],
  },
  {
    text: 'a 90/10 hamburger patty, 4 oz raw',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:23562',
        amount: { portion: '4 oz' },
        why: '90/10 names the record; a stated raw weight picks the raw record',
      },
    ],
  },
  {
    text: '2 eggs and a cup of 2% milk',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['fndds:31101010'],
        amount: { portion: '1 large', count: 2 },
        why: 'eggs large (convention)',
      },
      {
        record: 'sr28:01079',
        alternatives: ['fndds:11112110'],
        amount: { portion: '1 cup' },
        why: '2% is the fat, not 2 of anything',
      },
    ],
  },
  {
    text: 'a cup of 0% fat free milk',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01085',
        alternatives: ['fndds:11113000'],
        amount: { portion: '1 cup' },
        why: '0% is skim milk; stated cup',
      },
    ],
  },
  {
    text: 'a 100% fruit juice box',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:64104010',
        amount: { portion: '1 juice box/pouch (6.75 fl oz)' },
        why: '100% is the juice content; fruit juice of no named fruit: apple, the most sold in boxes',
      },
    ],
  },
  {
    text: 'a 2% string cheese',
    class: 'number_not_amount',
    items: [
      {
        record: 'fndds:14107030',
        alternatives: ['sr28:01028', 'sr28:01029'],
        amount: { portion: '1 stick' },
        why: '2% is part-skim mozzarella string cheese; one stick',
      },
    ],
  },
  {
    text: '5 oz of 96% lean ground beef, cooked',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:23481',
        alternatives: ['sr28:23560'],
        amount: { oz: 5 },
        why: "96% lean is between SR's 97% and 95% crumbles; cooked",
      },
    ],
  },
  {
    text: 'a cup of 1% lowfat cottage cheese',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01016',
        amount: { portion: '1 cup (not packed)' },
        why: '1% names the lowfat record; one cup',
      },
    ],
  },
  {
    text: 'greek yogurt, 2%, a 7 oz container',
    class: 'number_not_amount',
    items: [
      {
        record: 'sr28:01287',
        amount: { portion: '1 container (7 oz)' },
        why: '2% is lowfat Greek yogurt; the 7 oz container',
      },
    ],
  },
];
