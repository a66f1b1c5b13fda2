import type { FoodPhrase } from '../phrase.js';

/** Packaging portions: juice boxes, snack-size cups, single-serving bags, pouches, school cartons, kids meal portions, packets. */
export const PACKAGING_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a juice box of apple juice',
    class: 'packaging',
    items: [
      {
        record: 'fndds:64104010',
        alternatives: ['sr28:09016'],
        amount: { portion: '1 juice box/pouch (6.75 fl oz)' },
        why: 'the FNDDS juice box of 6.75 fl oz',
      },
    ],
  },
  {
    text: 'a little fun size box of orange juice',
    class: 'packaging',
    items: [
      {
        record: 'fndds:61210220',
        alternatives: ['fndds:61210000'],
        amount: { portion: '1 fun size box (4.23 fl oz)' },
        why: 'the FNDDS fun size box',
      },
    ],
  },
  {
    text: 'a school carton of chocolate milk',
    class: 'packaging',
    items: [
      {
        record: 'fndds:11511000',
        alternatives: ['fndds:11511200'],
        amount: { portion: '1 individual school container' },
        why: 'the FNDDS school container',
      },
    ],
  },
  {
    text: 'carton of milk from the school cafeteria',
    class: 'packaging',
    items: [
      {
        record: 'fndds:11100000',
        alternatives: ['fndds:11112210', 'fndds:11112110'],
        amount: { portion: '1 individual school container' },
        why: 'milk NFS; the FNDDS school container',
      },
    ],
  },
  {
    text: 'a capri sun pouch',
    class: 'packaging',
    items: [
      {
        record: 'fndds:92552030',
        alternatives: ['fndds:64100110'],
        amount: { portion: '1 Capri Sun pouch' },
        why: 'FNDDS names the Capri Sun juice drink and its pouch (the 100% juice blend is its other line)',
      },
    ],
  },
  {
    text: 'a snack-size container of applesauce',
    class: 'packaging',
    items: [
      {
        record: 'fndds:63101110',
        alternatives: ['fndds:63101120'],
        amount: { portion: '1 snack size container' },
        why: 'the FNDDS snack size container',
      },
    ],
  },
  {
    text: 'applesauce squeeze pouch',
    class: 'packaging',
    items: [
      {
        record: 'fndds:63101110',
        alternatives: ['fndds:63101120', 'fndds:63101150'],
        amount: { portion: '1 pouch' },
        why: 'the FNDDS applesauce pouch',
      },
    ],
  },
  {
    text: 'a small single-serving bag of pretzels',
    class: 'packaging',
    items: [
      {
        record: 'fndds:54408016',
        amount: { portion: '1 small single serving bag' },
        why: 'the FNDDS small single serving bag',
      },
    ],
  },
  {
    text: 'single serve bag of potato chips',
    class: 'packaging',
    items: [
      {
        record: 'fndds:71200100',
        alternatives: ['fndds:71200010', 'sr28:19411'],
        amount: { portion: '1 small single serving bag' },
        why: 'a single serve bag is the small single serving bag',
      },
    ],
  },
  {
    text: 'a chocolate pudding cup',
    class: 'packaging',
    items: [
      {
        record: 'fndds:13230130',
        amount: { portion: '1 snack size container' },
        why: 'a pudding cup is the FNDDS snack size container',
      },
    ],
  },
  {
    text: "kids meal fries from mcdonald's",
    class: 'packaging',
    items: [
      {
        record: 'sr28:21238',
        amount: { portion: '1 kids serving' },
        why: "SR's McDonald's fries, kids serving",
      },
    ],
  },
  {
    text: "wendy's kids meal fries",
    class: 'packaging',
    items: [
      {
        record: 'sr28:21247',
        amount: { portion: "1 kid's meal Serving" },
        why: "SR's Wendy's fries, kid's meal serving",
      },
    ],
  },
  {
    text: 'a peach fruit cup',
    class: 'packaging',
    items: [
      {
        record: 'fndds:63135110',
        alternatives: ['fndds:63135170'],
        amount: { portion: '1 snack size container' },
        why: 'a fruit cup is the FNDDS snack size container',
      },
    ],
  },
  {
    text: 'a go-gurt tube',
    class: 'packaging',
    items: [{ record: 'fndds:11432000', amount: { portion: '1 tube' }, why: 'FNDDS names the Go-Gurt tube' }],
  },
  {
    text: 'a 6 oz cup of strawberry yogurt',
    class: 'packaging',
    items: [
      {
        record: 'fndds:11432000',
        alternatives: ['fndds:11431000', 'sr28:01120'],
        amount: { portion: '1 6 oz container' },
        why: 'fruit yogurt, low fat (the usual cup); the 6 oz container',
      },
    ],
  },
  {
    text: 'a bag of microwave popcorn',
    class: 'packaging',
    items: [
      {
        record: 'sr28:25014',
        alternatives: ['fndds:54403052'],
        amount: { portion: '1 bag' },
        why: 'a whole bag of butter-flavored microwave popcorn',
      },
    ],
  },
  {
    text: 'a single bag of plain m&ms',
    class: 'packaging',
    items: [
      {
        record: 'sr28:19141',
        alternatives: ['fndds:91746100'],
        amount: { portion: '1 package (1.69 oz)' },
        why: 'the single-serving 1.69 oz package',
      },
    ],
  },
  {
    text: 'an individual cup of hummus',
    class: 'packaging',
    items: [
      {
        record: 'fndds:41205070',
        amount: { portion: '1 individual container' },
        why: 'the FNDDS individual container',
      },
    ],
  },
  {
    text: 'single serving container of guacamole',
    class: 'packaging',
    items: [
      {
        record: 'fndds:63409010',
        alternatives: ['fndds:63409015'],
        amount: { portion: '1 individual container' },
        why: 'the FNDDS individual container',
      },
    ],
  },
  {
    text: 'a honey packet',
    class: 'packaging',
    items: [
      {
        record: 'sr28:19296',
        alternatives: ['fndds:91302010'],
        amount: { portion: '1 packet (0.5 oz)' },
        why: 'the SR honey packet',
      },
    ],
  },
  {
    text: '2 ketchup packets',
    class: 'packaging',
    items: [
      { record: 'sr28:11935', amount: { portion: '1 packet', count: 2 }, why: 'the SR ketchup packet' },
    ],
  },
  {
    text: 'a single serving box of cheerios',
    class: 'packaging',
    items: [
      {
        record: 'fndds:57123000',
        alternatives: ['sr28:08013'],
        amount: { portion: '1 single serving box' },
        why: 'the FNDDS single serving box',
      },
    ],
  },
  {
    text: 'a can of tuna in water',
    class: 'packaging',
    items: [
      {
        record: 'sr28:15121',
        alternatives: ['fndds:26155190'],
        amount: { portion: '1 can' },
        why: 'a can of light tuna, drained',
      },
    ],
  },
  {
    text: 'a mini box of raisins',
    class: 'packaging',
    items: [
      { record: 'sr28:09298', amount: { portion: '1 miniature box (.5 oz)' }, why: 'the SR miniature box' },
    ],
  },
  {
    text: 'school carton of orange juice',
    class: 'packaging',
    items: [
      {
        record: 'fndds:61210220',
        alternatives: ['fndds:61210000'],
        amount: { portion: '1 individual school carton' },
        why: 'the FNDDS school carton',
      },
    ],
  },
  {
    text: 'one individually wrapped string cheese',
    class: 'packaging',
    items: [
      {
        record: 'fndds:14107030',
        alternatives: ['sr28:01028', 'sr28:01029'],
        amount: { portion: '1 stick' },
        why: 'string cheese is part-skim mozzarella; one stick',
      },
    ],
  },
  {
    text: 'a fun size bag of doritos',
    class: 'packaging',
    items: [
      {
        record: 'fndds:54401112',
        alternatives: ['fndds:54401110'],
        amount: { portion: '1 100 calorie package' },
        why: 'fun size chip bags are the 100 calorie package size (20 g)',
      },
    ],
  },
  {
    text: 'a snack size bag of cheez-its',
    class: 'packaging',
    items: [
      {
        record: 'fndds:54304005',
        amount: { portion: '1 small or medium single serving bag' },
        why: 'FNDDS names Cheez-It; the single serving bag',
      },
    ],
  },
  {
    text: 'a 100 calorie pack of goldfish',
    class: 'packaging',
    items: [
      {
        record: 'fndds:54304020',
        amount: { portion: '1 100 calorie package' },
        why: 'FNDDS names Goldfish; the 100 calorie package',
      },
    ],
  },
  {
    text: 'a pouch of tuna',
    class: 'packaging',
    items: [
      {
        record: 'fndds:26155190',
        alternatives: ['sr28:15121'],
        amount: { oz: 2.6 },
        why: 'a single-serve tuna pouch is 2.6 oz, drained as eaten',
      },
    ],
  },
];
