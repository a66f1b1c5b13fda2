import type { FoodPhrase } from '../phrase.js';

/** Simple foods with plain amounts: a count, a weight, a household measure, or none at all. */
export const SIMPLE_PHRASES: readonly FoodPhrase[] = [
  {
    text: '2 eggs',
    class: 'simple',
    items: [
      {
        record: 'sr28:01123',
        alternatives: ['fndds:31101010'],
        amount: { portion: '1 large', count: 2 },
        why: 'unstated size of eggs: large (convention); no preparation named',
      },
    ],
  },
  {
    text: 'a banana',
    class: 'simple',
    items: [
      {
        record: 'sr28:09040',
        alternatives: ['fndds:63107010'],
        amount: { portion: '1 medium (7" to 7-7/8" long)' },
        why: 'unstated size of fruit: medium (convention)',
      },
    ],
  },
  {
    text: 'an apple',
    class: 'simple',
    items: [
      {
        record: 'sr28:09003',
        amount: { portion: '1 medium (3" dia)' },
        why: 'unstated size of fruit: medium (convention)',
      },
    ],
  },
  {
    text: '150g plain greek yogurt',
    class: 'simple',
    items: [
      {
        record: 'sr28:01256',
        amount: { grams: 150 },
        why: 'stated grams; plain Greek yogurt, nonfat as sold most',
      },
    ],
  },
  {
    text: '3 oz grilled chicken breast',
    class: 'simple',
    items: [
      {
        record: 'sr28:05747',
        alternatives: ['sr28:05064', 'fndds:24123301'],
        amount: { oz: 3 },
        why: 'grilled picks the grilled skinless breast record, a cooked weight; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: 'one slice whole wheat bread',
    class: 'simple',
    items: [
      { record: 'sr28:18075', amount: { portion: '1 slice' }, why: 'one slice of the commercial loaf' },
    ],
  },
  {
    text: '1 tbsp butter',
    class: 'simple',
    items: [{ record: 'sr28:01001', amount: { portion: '1 tbsp' }, why: 'stated tablespoon; salted butter' }],
  },
  {
    text: '2 tablespoons peanut butter',
    class: 'simple',
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp' },
        why: 'stated 2 tbsp; smooth with salt',
      },
    ],
  },
  {
    text: '1 oz cheddar',
    class: 'simple',
    items: [
      {
        record: 'sr28:01009',
        alternatives: ['fndds:14104100'],
        amount: { oz: 1 },
        why: '1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: 'glass of milk',
    class: 'simple',
    items: [
      {
        record: 'fndds:11100000',
        alternatives: ['sr28:01079', 'fndds:11112110'],
        amount: { portion: '1 cup' },
        why: 'milk of no stated fat: Milk, NFS; a glass of milk is 1 cup',
      },
    ],
  },
  {
    text: '10 almonds',
    class: 'simple',
    items: [{ record: 'sr28:12061', amount: { portion: '1 almond', count: 10 }, why: 'counted nuts' }],
  },
  {
    text: 'an orange',
    class: 'simple',
    items: [
      {
        record: 'sr28:09200',
        amount: { portion: '1 fruit (2-5/8" dia)' },
        why: 'unstated size of fruit: the middle one of SR small / fruit / large (convention: medium)',
      },
    ],
  },
  {
    text: '1/2 cup cottage cheese',
    class: 'simple',
    items: [
      {
        record: 'sr28:01012',
        alternatives: ['fndds:14201010', 'sr28:01015'],
        amount: { portion: '1 cup, small curd (not packed)', count: 0.5 },
        why: 'cottage cheese of no stated fat: creamed (4%), the FNDDS regular; half a cup',
      },
    ],
  },
  {
    text: 'a baked potato',
    class: 'simple',
    items: [
      {
        record: 'sr28:11674',
        alternatives: ['sr28:11828'],
        amount: { portion: '1 potato medium' },
        why: 'unstated size of potatoes: medium (convention); flesh and skin',
      },
    ],
  },
  {
    text: '200g strawberries',
    class: 'simple',
    items: [
      { record: 'sr28:09316', alternatives: ['fndds:63223020'], amount: { grams: 200 }, why: 'stated grams' },
    ],
  },
  {
    text: 'plain bagel',
    class: 'simple',
    items: [
      {
        record: 'sr28:18001',
        amount: { portion: '1 medium bagel (3-1/2" to 4" dia)' },
        why: 'unstated size of a pastry or bread roll: medium (convention)',
      },
    ],
  },
  {
    text: '1 cup grapes',
    class: 'simple',
    items: [{ record: 'sr28:09132', amount: { portion: '1 cup' }, why: 'stated cup' }],
  },
  {
    text: '2 strips of bacon',
    class: 'simple',
    items: [
      {
        record: 'sr28:10862',
        amount: { portion: '1 slice', count: 2 },
        why: 'a strip is a slice of cooked bacon',
      },
    ],
  },
  {
    text: 'a cup of steamed broccoli',
    class: 'simple',
    items: [
      {
        record: 'sr28:11091',
        alternatives: ['sr28:11742'],
        amount: { portion: '0.5 cup, chopped', count: 2 },
        why: "steamed is cooked; 1 cup = 2 x the record's half cup",
      },
    ],
  },
  {
    text: 'a pear',
    class: 'simple',
    items: [
      {
        record: 'sr28:09252',
        amount: { portion: '1 medium' },
        why: 'unstated size of fruit: medium (convention)',
      },
    ],
  },
  {
    text: '100 grams quinoa',
    class: 'simple',
    items: [{ record: 'sr28:20137', amount: { grams: 100 }, why: 'quinoa as eaten is cooked; stated grams' }],
  },
  {
    text: 'a tablespoon of honey',
    class: 'simple',
    items: [
      {
        record: 'sr28:19296',
        alternatives: ['fndds:91302010'],
        amount: { portion: '1 tbsp' },
        why: 'stated tablespoon',
      },
    ],
  },
  {
    text: 'two chocolate chip cookies',
    class: 'simple',
    items: [
      {
        record: 'fndds:53206000',
        alternatives: ['sr28:18159', 'fndds:53206020'],
        amount: { portion: '1 medium cookie', count: 2 },
        why: 'cookies of unstated size: medium (convention for pastries)',
      },
    ],
  },
  {
    text: '1 cup cheerios',
    class: 'simple',
    items: [
      {
        record: 'sr28:08013',
        alternatives: ['fndds:57123000'],
        amount: { portion: '1 cup (1 NLEA serving)' },
        why: 'stated cup of dry cereal',
      },
    ],
  },
  {
    text: 'a cup of blueberries',
    class: 'simple',
    items: [
      {
        record: 'sr28:09050',
        alternatives: ['fndds:63203010'],
        amount: { portion: '1 cup' },
        why: 'stated cup',
      },
    ],
  },
  {
    text: '4 oz firm tofu',
    class: 'simple',
    items: [{ record: 'sr28:16426', amount: { oz: 4 }, why: '1 oz = 28.35 g (convention); raw firm tofu' }],
  },
  {
    text: 'hard boiled egg',
    class: 'simple',
    items: [
      {
        record: 'sr28:01129',
        alternatives: ['fndds:31103010'],
        amount: { portion: '1 large' },
        why: 'unstated size of eggs: large (convention); boiled picks the hard-boiled record',
      },
    ],
  },
  {
    text: '3 cups air popped popcorn',
    class: 'simple',
    items: [{ record: 'sr28:19034', amount: { portion: '1 cup', count: 3 }, why: 'stated cups' }],
  },
  {
    text: 'a strawberry greek yogurt',
    class: 'simple',
    items: [
      {
        record: 'fndds:11433990',
        alternatives: ['sr28:01284', 'sr28:01285'],
        amount: { portion: '1 container, NFS' },
        why: 'a fruit Greek yogurt (SR names strawberry ones); one container',
      },
    ],
  },
];
