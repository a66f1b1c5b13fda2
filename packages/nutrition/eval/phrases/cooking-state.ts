import type { FoodPhrase } from '../phrase.js';

/**
 * Explicit units with a cooking state: "dry", "uncooked", "raw", "cooked", "boiled", "baked" and
 * "browned" pick the matching USDA record; a meat or fish weight with no state is a cooked weight.
 */
export const COOKING_STATE_PHRASES: readonly FoodPhrase[] = [
  {
    text: '2 oz dry spaghetti',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:20120',
        amount: { oz: 2 },
        why: 'dry picks the dry pasta record; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: '1 cup cooked spaghetti',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:20121',
        amount: { portion: '1 cup spaghetti not packed' },
        why: 'cooked picks the cooked pasta record',
      },
    ],
  },
  {
    text: '100g uncooked penne',
    class: 'cooking_state',
    items: [{ record: 'sr28:20120', amount: { grams: 100 }, why: 'uncooked picks the dry pasta record' }],
  },
  {
    text: '200 g cooked pasta',
    class: 'cooking_state',
    items: [{ record: 'sr28:20121', amount: { grams: 200 }, why: 'cooked picks the cooked pasta record' }],
  },
  {
    text: '1/2 cup dry oats',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:08120',
        amount: { portion: '1 cup', count: 0.5 },
        why: 'dry picks the dry oats record',
      },
    ],
  },
  {
    text: '1 cup cooked oatmeal',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:08121',
        alternatives: ['fndds:56203056', 'fndds:56203055'],
        amount: { portion: '1 cup' },
        why: 'cooked picks oats cooked with water',
      },
    ],
  },
  {
    text: '40g rolled oats (dry)',
    class: 'cooking_state',
    items: [{ record: 'sr28:08120', amount: { grams: 40 }, why: 'dry picks the dry oats record' }],
  },
  {
    text: '1/3 cup uncooked oatmeal',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:08120',
        amount: { portion: '0.333 cup' },
        why: 'uncooked picks the dry oats record; the record lists 1/3 cup',
      },
    ],
  },
  {
    text: '1/4 cup uncooked white rice',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:20044',
        amount: { portion: '1 cup', count: 0.25 },
        why: 'uncooked picks the raw rice record',
      },
    ],
  },
  {
    text: '1 cup cooked brown rice',
    class: 'cooking_state',
    items: [
      { record: 'sr28:20037', amount: { portion: '1 cup' }, why: 'cooked picks the cooked rice record' },
    ],
  },
  {
    text: '75g raw brown rice',
    class: 'cooking_state',
    items: [{ record: 'sr28:20036', amount: { grams: 75 }, why: 'raw picks the raw rice record' }],
  },
  {
    text: '6 oz raw chicken breast',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:05062',
        amount: { oz: 6 },
        why: 'raw picks the raw breast record; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: '4 oz chicken breast',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:05064',
        alternatives: ['sr28:05747', 'fndds:24122131', 'fndds:24120120'],
        amount: { oz: 4 },
        why: 'a meat weight with no state is a cooked weight (convention)',
      },
    ],
  },
  {
    text: '8 oz sirloin steak',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:13451',
        alternatives: ['sr28:13930'],
        amount: { oz: 8 },
        why: 'a meat weight with no state is a cooked weight (convention); broiled top sirloin, all grades',
      },
    ],
  },
  {
    text: '4 oz raw 80/20 ground beef',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:23572',
        amount: { portion: '4 oz' },
        why: 'raw picks the raw record; 80/20 is the lean/fat ratio, not an amount',
      },
    ],
  },
  {
    text: '3 oz browned ground beef',
    class: 'cooking_state',
    items: [
      {
        record: 'fndds:21500100',
        alternatives: ['sr28:23575'],
        amount: { oz: 3 },
        why: 'browned is cooked; ground beef of unstated leanness: FNDDS ground beef, cooked',
      },
    ],
  },
  {
    text: '5 oz raw salmon',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:15236',
        alternatives: ['sr28:15076'],
        amount: { oz: 5 },
        why: 'raw picks the raw record; farmed Atlantic, the salmon sold most',
      },
    ],
  },
  {
    text: '6 oz baked salmon',
    class: 'cooking_state',
    items: [{ record: 'sr28:15237', amount: { oz: 6 }, why: 'baked picks the cooked, dry heat record' }],
  },
  {
    text: '200g raw cod',
    class: 'cooking_state',
    items: [{ record: 'sr28:15015', amount: { grams: 200 }, why: 'raw picks the raw record' }],
  },
  {
    text: 'a baked cod fillet',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:15016',
        amount: { portion: '1 fillet' },
        why: 'baked picks the cooked, dry heat record; one fillet',
      },
    ],
  },
  {
    text: 'broiled pork chop',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:10038',
        amount: { portion: '1 chop without refuse (Yield from 1 cooked chop, with refuse, weighing 209g)' },
        why: 'broiled picks the broiled chop record; one chop',
      },
    ],
  },
  {
    text: '5 oz pork chop, raw weight',
    class: 'cooking_state',
    items: [{ record: 'sr28:10036', amount: { oz: 5 }, why: 'raw weight picks the raw chop record' }],
  },
  {
    text: '1 cup dry quinoa',
    class: 'cooking_state',
    items: [{ record: 'sr28:20035', amount: { portion: '1 cup' }, why: 'dry picks the uncooked record' }],
  },
  {
    text: 'half a cup of cooked quinoa',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:20137',
        amount: { portion: '1 cup', count: 0.5 },
        why: 'cooked picks the cooked record',
      },
    ],
  },
  {
    text: '2 oz dry egg noodles',
    class: 'cooking_state',
    items: [{ record: 'sr28:20109', amount: { portion: '2 oz' }, why: 'dry picks the dry noodle record' }],
  },
  {
    text: '1 cup cooked egg noodles',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:20310',
        alternatives: ['sr28:20110'],
        amount: { portion: '1 cup' },
        why: 'cooked picks the cooked noodle record',
      },
    ],
  },
  {
    text: '4 oz cooked ground turkey',
    class: 'cooking_state',
    items: [
      {
        record: 'fndds:24207000',
        alternatives: ['sr28:05306'],
        amount: { oz: 4 },
        why: 'cooked ground turkey; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: '3 oz raw shrimp',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:15270',
        alternatives: ['sr28:15149'],
        amount: { portion: '3 oz' },
        why: 'raw picks the raw shrimp record',
      },
    ],
  },
  {
    text: '2 boiled potatoes',
    class: 'cooking_state',
    items: [
      {
        record: 'sr28:11367',
        alternatives: ['sr28:11831'],
        amount: { portion: '1 medium (2-1/4" to 3-1/4" dia.)', count: 2 },
        why: 'boiled picks the boiled record; potatoes medium (convention)',
      },
    ],
  },
  {
    text: '1 cup boiled lentils',
    class: 'cooking_state',
    items: [{ record: 'sr28:16070', amount: { portion: '1 cup' }, why: 'boiled picks the cooked record' }],
  },
];
