import type { FoodPhrase } from '../phrase.js';

/** Brands and chain items, each on the USDA record that names it (SR's fast-food records or FNDDS's brand descriptions). */
export const BRAND_CHAIN_PHRASES: readonly FoodPhrase[] = [
  {
    text: "a McDonald's cheeseburger",
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21233',
        alternatives: ['fndds:27510172'],
        amount: { portion: '1 item 4 oz' },
        why: "SR's McDonald's cheeseburger",
      },
    ],
  },
  {
    text: 'big mac',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21237',
        alternatives: ['fndds:27510389'],
        amount: { portion: '1 item 7.6 oz' },
        why: "SR's McDonald's Big Mac",
      },
    ],
  },
  {
    text: 'medium mcdonalds fries',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21238',
        amount: { portion: '1 medium serving' },
        why: "SR's McDonald's fries, medium serving",
      },
    ],
  },
  {
    text: '10 piece chicken mcnuggets',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21309',
        alternatives: ['fndds:24198731'],
        amount: { portion: '10 pieces' },
        why: "SR's McNuggets, 10 pieces",
      },
    ],
  },
  {
    text: 'egg mcmuffin',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21357',
        alternatives: ['fndds:32202010'],
        amount: { portion: '1 sandwich' },
        why: "SR's Egg McMuffin",
      },
    ],
  },
  {
    text: 'a Whopper Jr',
    class: 'brand_chain',
    items: [
      { record: 'fndds:27510552', amount: { portion: '1 hamburger' }, why: 'FNDDS names the Whopper Jr' },
    ],
  },
  {
    text: 'whopper with cheese',
    class: 'brand_chain',
    items: [
      { record: 'sr28:21253', amount: { portion: '1 item' }, why: "SR's Burger King Whopper with cheese" },
    ],
  },
  {
    text: "wendy's jr cheeseburger",
    class: 'brand_chain',
    items: [
      { record: 'sr28:21242', amount: { portion: '1 item' }, why: "SR's Wendy's Jr. hamburger with cheese" },
    ],
  },
  {
    text: 'small frosty',
    class: 'brand_chain',
    items: [
      { record: 'sr28:21248', amount: { portion: '1 small 12 oz. cup' }, why: "SR's Wendy's Frosty, small" },
    ],
  },
  {
    text: 'taco bell bean burrito',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21264',
        alternatives: ['fndds:58100325'],
        amount: { portion: '1 each burrito' },
        why: "SR's Taco Bell bean burrito",
      },
    ],
  },
  {
    text: '2 taco bell crunchy tacos',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21260',
        alternatives: ['fndds:58101323'],
        amount: { portion: '1 each taco', count: 2 },
        why: "SR's Taco Bell original (crunchy) taco",
      },
    ],
  },
  {
    text: 'chick-fil-a chicken sandwich',
    class: 'brand_chain',
    items: [
      { record: 'sr28:21526', amount: { portion: '1 sandwich' }, why: "SR's Chick-fil-A chicken sandwich" },
    ],
  },
  {
    text: '2 slices of dominos pepperoni pizza',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21280',
        amount: { portion: '1 slice', count: 2 },
        why: "SR's Domino's 14\" pepperoni, hand-tossed (the default crust)",
      },
    ],
  },
  {
    text: 'a slice of pizza hut pan cheese pizza',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21272',
        alternatives: ['sr28:21294'],
        amount: { portion: '1 slice' },
        why: 'SR\'s Pizza Hut 12" cheese, pan crust (no size said: the 14" is as right)',
      },
    ],
  },
  {
    text: 'a jimmy dean sausage egg and cheese biscuit',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:32202050',
        amount: { portion: '1 Jimmy Dean sandwich' },
        why: 'FNDDS names the Jimmy Dean sandwich portion',
      },
    ],
  },
  {
    text: 'small bag of cheetos',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:54401081',
        amount: { portion: '1 small single serving bag' },
        why: 'FNDDS names Cheetos; small single serving bag',
      },
    ],
  },
  {
    text: 'doritos nacho cheese, 1 oz',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:54401110',
        amount: { oz: 1 },
        why: 'FNDDS names Doritos nacho cheese; 1 oz = 28.35 g (convention)',
      },
    ],
  },
  {
    text: 'a kit kat',
    class: 'brand_chain',
    items: [{ record: 'sr28:19109', amount: { portion: '1 bar (1.5 oz)' }, why: 'a regular Kit Kat bar' }],
  },
  {
    text: "reese's cups, 1 package",
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:19150',
        amount: { portion: '1 package 1.6 oz 2 cups' },
        why: 'the standard 2-cup package',
      },
    ],
  },
  {
    text: 'a clif bar',
    class: 'brand_chain',
    items: [{ record: 'fndds:53720200', amount: { portion: '1 bar' }, why: 'FNDDS names the Clif bar' }],
  },
  {
    text: 'nature valley crunchy granola bars (2 bars)',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:53710906',
        amount: { portion: '1 package (2 bars)' },
        why: 'FNDDS names Nature Valley Crunchy; the 2-bar package',
      },
    ],
  },
  {
    text: 'a strawberry pop tart',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:18362',
        amount: { portion: '1 pastry' },
        why: 'a fruit toaster pastry (SR has no strawberry Pop-Tart record of its own)',
      },
    ],
  },
  {
    text: 'a glazed donut from dunkin',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:53521110',
        alternatives: ['sr28:18255', 'sr28:18436'],
        amount: { portion: '1 doughnut' },
        why: 'a yeast glazed doughnut; Dunkin has no record of its own',
      },
    ],
  },
  {
    text: 'smuckers uncrustable',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:42303100',
        amount: { portion: '1 sandwich' },
        why: "FNDDS names Smucker's Uncrustables",
      },
    ],
  },
  {
    text: 'a ham and cheese hot pocket',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:58126130',
        amount: { portion: "1 Hot Pockets Ham 'n Cheese" },
        why: 'FNDDS names the Hot Pocket portion',
      },
    ],
  },
  {
    text: 'a 20 oz gatorade',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:95320200',
        amount: { fl_oz: 20 },
        why: 'FNDDS names Gatorade; stated 20 fl oz bottle',
      },
    ],
  },
  {
    text: 'kool-aid jammers pouch',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:92530610',
        amount: { portion: '1 Kool-Aid Jammers pouch' },
        why: 'FNDDS names the Kool-Aid Jammers pouch',
      },
    ],
  },
  {
    text: 'a grande frappuccino',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:92101920',
        amount: { fl_oz: 16 },
        why: 'a Frappuccino is a frozen coffee drink; grande = 16 fl oz (convention)',
      },
    ],
  },
  {
    text: 'subway 6 inch meatball marinara',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21157',
        amount: { portion: '6 inch sub' },
        why: "SR's Subway meatball marinara, 6 inch",
      },
    ],
  },
  {
    text: 'a handful of goldfish crackers',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:54304020',
        amount: { oz: 1 },
        why: 'FNDDS names Goldfish; a handful = 1 oz (the convention for nuts, used for small snacks)',
      },
    ],
  },
  {
    text: 'bowl of honey nut cheerios',
    class: 'brand_chain',
    items: [
      {
        record: 'fndds:57241000',
        amount: { portion: '1 cup' },
        why: 'a bowl of cereal is 1 cup of the cereal (convention)',
      },
    ],
  },
  {
    text: 'In-N-Out Double-Double',
    class: 'brand_chain',
    items: [
      {
        record: 'sr28:21395',
        alternatives: ['fndds:27510371'],
        amount: { portion: '1 sandwich' },
        why: 'a chain item the tables lack is the generic food of its kind: a double cheeseburger, two regular patties',
      },
    ],
  },
];
