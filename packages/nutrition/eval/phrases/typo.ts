import type { FoodPhrase } from '../phrase.js';

/** Typos and informal spellings of everyday foods, with plain amounts. */
export const TYPO_PHRASES: readonly FoodPhrase[] = [
  {
    text: '2 scrambeld eggs',
    class: 'typo',
    items: [
      {
        record: 'sr28:01132',
        alternatives: ['fndds:32129990'],
        amount: { portion: '1 large', count: 2 },
        why: 'scrambled eggs; eggs large (convention)',
      },
    ],
  },
  {
    text: 'a bananna',
    class: 'typo',
    items: [
      {
        record: 'sr28:09040',
        alternatives: ['fndds:63107010'],
        amount: { portion: '1 medium (7" to 7-7/8" long)' },
        why: 'fruit medium (convention)',
      },
    ],
  },
  {
    text: '1 cup steamed brocoli',
    class: 'typo',
    items: [
      {
        record: 'sr28:11091',
        alternatives: ['sr28:11742'],
        amount: { portion: '0.5 cup, chopped', count: 2 },
        why: 'steamed is cooked; 1 cup = 2 x half cup',
      },
    ],
  },
  {
    text: 'half an avacado',
    class: 'typo',
    items: [
      {
        record: 'sr28:09037',
        amount: { portion: '1 avocado, NS as to Florida or California', count: 0.5 },
        why: 'half of a whole avocado',
      },
    ],
  },
  {
    text: 'chiken breast 4oz',
    class: 'typo',
    items: [
      {
        record: 'sr28:05064',
        alternatives: ['sr28:05747', 'fndds:24122131', 'fndds:24120120'],
        amount: { oz: 4 },
        why: 'a meat weight with no state is cooked (convention)',
      },
    ],
  },
  {
    text: 'a cup of plain yoghurt',
    class: 'typo',
    items: [
      {
        record: 'sr28:01116',
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'British spelling; plain whole milk yogurt, stated cup',
      },
    ],
  },
  {
    text: 'a tomatoe',
    class: 'typo',
    items: [
      {
        record: 'sr28:11529',
        amount: { portion: '1 medium whole (2-3/5" dia)' },
        why: 'unstated size: medium (convention)',
      },
    ],
  },
  {
    text: 'cofee with 1 tbsp half n half',
    class: 'typo',
    items: [
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'unstated coffee is 1 cup (convention)',
      },
      {
        record: 'sr28:01049',
        alternatives: ['fndds:12120100'],
        amount: { portion: '1 tbsp' },
        why: 'stated tablespoon of half and half',
      },
    ],
  },
  {
    text: 'turkey sandwhich',
    class: 'typo',
    items: [
      { record: 'fndds:27540310', amount: { portion: '1 sandwich' }, why: 'a turkey sandwich with spread' },
    ],
  },
  {
    text: 'oatmeel 1 cup cooked',
    class: 'typo',
    items: [
      {
        record: 'sr28:08121',
        alternatives: ['fndds:56203056', 'fndds:56203055'],
        amount: { portion: '1 cup' },
        why: 'cooked oats',
      },
    ],
  },
  {
    text: '1 bagle with cream cheese',
    class: 'typo',
    items: [
      {
        record: 'sr28:18001',
        amount: { portion: '1 medium bagel (3-1/2" to 4" dia)' },
        why: 'unstated size of a bagel: medium (convention)',
      },
      {
        record: 'fndds:14301010',
        alternatives: ['sr28:01017'],
        amount: { portion: 'Quantity not specified' },
        why: 'spread with no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'a double expresso',
    class: 'typo',
    items: [
      {
        record: 'fndds:92101610',
        amount: { portion: '1 espresso cup (2 fl oz)' },
        why: 'a double espresso is 2 fl oz',
      },
    ],
  },
  {
    text: '1 oz tortila chips',
    class: 'typo',
    items: [
      {
        record: 'sr28:19056',
        alternatives: ['fndds:54401075'],
        amount: { oz: 1 },
        why: 'plain salted tortilla chips; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: 'pinapple 1 cup',
    class: 'typo',
    items: [{ record: 'sr28:09266', amount: { portion: '1 cup, chunks' }, why: 'a cup of pineapple chunks' }],
  },
  {
    text: 'a cup of straberries',
    class: 'typo',
    items: [
      {
        record: 'sr28:09316',
        alternatives: ['fndds:63223020'],
        amount: { portion: '1 cup, whole' },
        why: 'a cup of whole strawberries',
      },
    ],
  },
  {
    text: '2 cups watermellon',
    class: 'typo',
    items: [
      {
        record: 'sr28:09326',
        alternatives: ['fndds:63149010'],
        amount: { portion: '1 cup, diced', count: 2 },
        why: 'stated cups, diced',
      },
    ],
  },
  {
    text: 'a cup of blue berries',
    class: 'typo',
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
    text: '2 tbsp peanutbutter',
    class: 'typo',
    items: [
      {
        record: 'sr28:16098',
        alternatives: ['fndds:42202000'],
        amount: { portion: '2 tbsp' },
        why: 'stated 2 tbsp',
      },
    ],
  },
  {
    text: 'mac n cheese 1 cup',
    class: 'typo',
    items: [
      { record: 'fndds:58145110', amount: { portion: '1 cup' }, why: 'macaroni and cheese, stated cup' },
    ],
  },
  {
    text: '6 bbq chiken wings',
    class: 'typo',
    items: [
      {
        record: 'fndds:24164010',
        amount: { portion: '1 wing, any size', count: 6 },
        why: 'wings with barbecue sauce',
      },
    ],
  },
  {
    text: 'a hamburgr',
    class: 'typo',
    items: [
      {
        record: 'fndds:27510521',
        alternatives: ['sr28:21108'],
        amount: { portion: '1 hamburger' },
        why: 'a hamburger, NFS',
      },
    ],
  },
  {
    text: 'sweet potatoe fries',
    class: 'typo',
    items: [
      {
        record: 'fndds:73410200',
        amount: { portion: 'Quantity not specified' },
        why: 'no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'a cesar salad',
    class: 'typo',
    items: [
      {
        record: 'fndds:72116150',
        amount: { portion: 'Quantity not specified' },
        why: 'caesar salad without chicken, no amount: FNDDS quantity not specified',
      },
      {
        record: 'fndds:83102000',
        amount: { portion: 'Quantity not specified' },
        why: 'a salad named with its dressing includes it at FNDDS default (convention)',
      },
    ],
  },
  {
    text: 'chicken quesadila',
    class: 'typo',
    items: [
      {
        record: 'fndds:58104740',
        amount: { portion: '1 quesadilla, any size' },
        why: 'a chicken quesadilla, any size',
      },
    ],
  },
  {
    text: '2 peices of toast',
    class: 'typo',
    items: [
      {
        record: 'sr28:18070',
        alternatives: ['sr28:18069'],
        amount: { portion: '1 slice', count: 2 },
        why: 'toast of no stated bread: white bread, toasted; a piece of toast is a slice',
      },
    ],
  },
  {
    text: 'grilld cheese sandwich',
    class: 'typo',
    items: [
      { record: 'fndds:14640100', amount: { portion: '1 sandwich' }, why: 'a grilled cheese sandwich, NFS' },
    ],
  },
  {
    text: 'bean burito',
    class: 'typo',
    items: [
      {
        record: 'fndds:58100320',
        amount: { portion: '1 burrito, NS as to size' },
        why: 'a bean burrito of unstated size',
      },
    ],
  },
  {
    text: '2 brekfast sausage links',
    class: 'typo',
    items: [
      { record: 'sr28:07064', amount: { portion: '1 link', count: 2 }, why: 'pork sausage links, cooked' },
    ],
  },
  {
    text: 'half cup rasberries',
    class: 'typo',
    items: [
      {
        record: 'sr28:09302',
        alternatives: ['fndds:63219000'],
        amount: { portion: '1 cup', count: 0.5 },
        why: 'half a cup',
      },
    ],
  },
  {
    text: 'cottage chese 1/2 cup',
    class: 'typo',
    items: [
      {
        record: 'sr28:01012',
        alternatives: ['fndds:14201010', 'sr28:01015'],
        amount: { portion: '1 cup, small curd (not packed)', count: 0.5 },
        why: 'cottage cheese of no stated fat: creamed (4%); half a cup',
      },
    ],
  },
];
