import type { FoodPhrase } from '../phrase.js';

/** Size and shape words on sized foods, read through the USDA portion of that size. */
export const SIZE_SHAPE_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a 6-inch pancake',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:18293',
        alternatives: ['fndds:55101000'],
        amount: { portion: '1 pancake (6" dia)' },
        why: 'the 6" pancake of the USDA portion table',
      },
    ],
  },
  {
    text: 'two 4 inch pancakes',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:18293',
        alternatives: ['fndds:55101000'],
        amount: { portion: '1 pancake (4" dia)', count: 2 },
        why: 'the 4" pancake of the USDA portion table',
      },
    ],
  },
  {
    text: 'a stack of pancakes at the diner',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:55100050',
        alternatives: ['sr28:18293', 'fndds:55101000'],
        amount: { portion: '1 medium pancake', count: 3 },
        why: 'a stack = 3 pancakes (a short stack); restaurant pancakes, unstated size medium (convention)',
      },
    ],
  },
  {
    text: 'one jumbo egg',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['fndds:31101010'],
        amount: { portion: '1 jumbo' },
        why: 'jumbo egg from the USDA portion table',
      },
    ],
  },
  {
    text: '3 extra large eggs',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['fndds:31101010'],
        amount: { portion: '1 extra large', count: 3 },
        why: 'extra large egg from the USDA portion table',
      },
    ],
  },
  {
    text: 'a small banana',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:09040',
        alternatives: ['fndds:63107010'],
        amount: { portion: '1 small (6" to 6-7/8" long)' },
        why: 'small banana',
      },
    ],
  },
  {
    text: 'one large apple',
    class: 'size_shape',
    items: [{ record: 'sr28:09003', amount: { portion: '1 large (3-1/4" dia)' }, why: 'large apple' }],
  },
  {
    text: 'half an avocado',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:09037',
        amount: { portion: '1 avocado, NS as to Florida or California', count: 0.5 },
        why: 'half of a whole avocado',
      },
    ],
  },
  {
    text: 'a quarter of a cantaloupe',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:09181',
        amount: { portion: '1 melon, medium (about 5" dia)', count: 0.25 },
        why: 'a quarter of a whole melon, unstated size medium (convention)',
      },
    ],
  },
  {
    text: 'half a grapefruit',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:09112',
        amount: { portion: '0.5 fruit (3-3/4" dia)' },
        why: 'half a grapefruit, the USDA portion',
      },
    ],
  },
  {
    text: 'a thick slice of white bread',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:51101000',
        alternatives: ['sr28:18069'],
        amount: { portion: '1 large or thick slice' },
        why: 'the thick slice of the USDA portion table',
      },
    ],
  },
  {
    text: 'king size snickers',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:19155',
        alternatives: ['fndds:91715100'],
        amount: { portion: '1 bar, king size (4 oz)' },
        why: 'the king size bar of the USDA portion table',
      },
    ],
  },
  {
    text: '2 fun size snickers bars',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:19155',
        alternatives: ['fndds:91715100'],
        amount: { portion: '1 bar, fun size', count: 2 },
        why: 'the fun size bar of the USDA portion table',
      },
    ],
  },
  {
    text: 'a large slice of cheese pizza',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:58106210',
        alternatives: ['fndds:58106225'],
        amount: { portion: '1 piece, large pizza' },
        why: 'a slice of a large pizza',
      },
    ],
  },
  {
    text: 'small baked potato',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:11674',
        alternatives: ['sr28:11828'],
        amount: { portion: '1 potato small' },
        why: 'small potato',
      },
    ],
  },
  {
    text: 'a large baked sweet potato',
    class: 'size_shape',
    items: [
      { record: 'sr28:11508', amount: { portion: '1 large' }, why: 'large sweet potato, baked in skin' },
    ],
  },
  {
    text: 'a footlong subway club',
    class: 'size_shape',
    items: [
      { record: 'sr28:21152', amount: { portion: '12 inch sub' }, why: 'a footlong is the 12 inch sub' },
    ],
  },
  {
    text: '6 inch turkey sub',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:21155',
        alternatives: ['fndds:27540350', 'sr28:21207'],
        amount: { portion: '6 inch sub' },
        why: 'the 6 inch turkey breast sub',
      },
    ],
  },
  {
    text: '2 medium eggs, boiled',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['sr28:01129', 'fndds:31103010'],
        amount: { portion: '1 medium', count: 2 },
        why: "medium egg from the raw record's portions (the boiled record lists only large); boiling adds nothing",
      },
    ],
  },
  {
    text: 'a mini bagel',
    class: 'size_shape',
    items: [{ record: 'sr28:18001', amount: { portion: '1 mini bagel (2-1/2" dia)' }, why: 'mini bagel' }],
  },
  {
    text: 'one large bagel',
    class: 'size_shape',
    items: [{ record: 'sr28:18001', amount: { portion: '1 large bagel (4-1/2")' }, why: 'large bagel' }],
  },
  {
    text: 'a big chocolate chip cookie',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:18159',
        alternatives: ['fndds:53206000', 'fndds:53206020'],
        amount: { portion: '1 cookie, big (3-1/2" - 4" dia) (include Grandma brand)' },
        why: 'the big cookie of the USDA portion table',
      },
    ],
  },
  {
    text: '6 jumbo shrimp',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:26319110',
        alternatives: ['fndds:26319130', 'sr28:15271'],
        amount: { portion: '1 jumbo shrimp (shelled)', count: 6 },
        why: 'jumbo shrimp, cooking method not stated',
      },
    ],
  },
  {
    text: 'a large tomato',
    class: 'size_shape',
    items: [{ record: 'sr28:11529', amount: { portion: '1 large whole (3" dia)' }, why: 'large tomato' }],
  },
  {
    text: 'a small orange',
    class: 'size_shape',
    items: [{ record: 'sr28:09200', amount: { portion: '1 small (2-3/8" dia)' }, why: 'small orange' }],
  },
  {
    text: 'an extra large banana',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:09040',
        alternatives: ['fndds:63107010'],
        amount: { portion: '1 extra large (9" or longer)' },
        why: 'extra large banana',
      },
    ],
  },
  {
    text: 'personal pan pizza, cheese',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:58106210',
        alternatives: ['fndds:58106225'],
        amount: { portion: '1 personal size pizza (5-7" diameter)' },
        why: 'a personal pizza, 5-7" diameter',
      },
    ],
  },
  {
    text: 'a thick belgian waffle',
    class: 'size_shape',
    items: [
      {
        record: 'fndds:55201000',
        alternatives: ['fndds:55200020'],
        amount: { portion: '1 thick / Belgian waffle' },
        why: 'a Belgian waffle is made, not frozen: FNDDS plain waffle {Belgian}, its thick / Belgian waffle',
      },
    ],
  },
  {
    text: 'half a cucumber',
    class: 'size_shape',
    items: [
      {
        record: 'sr28:11205',
        amount: { portion: '1 cucumber (8-1/4")', count: 0.5 },
        why: 'half of a whole cucumber',
      },
    ],
  },
  {
    text: 'a large blueberry muffin',
    class: 'size_shape',
    items: [
      { record: 'sr28:18274', amount: { portion: '1 large (3-1/4" dia x 2-3/4")' }, why: 'large muffin' },
    ],
  },
  {
    text: 'a mini croissant',
    class: 'size_shape',
    items: [{ record: 'sr28:18239', amount: { portion: '1 croissant, mini' }, why: 'mini croissant' }],
  },
];
