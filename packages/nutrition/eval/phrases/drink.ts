import type { FoodPhrase } from '../phrase.js';

/** Drinks: a cup of coffee is a cup; pints, shots, glasses of wine, cans and coffee-shop sizes by the conventions. */
export const DRINK_PHRASES: readonly FoodPhrase[] = [
  {
    text: 'a cup of coffee',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'a cup of coffee is 1 cup, 8 fl oz (convention)',
      },
    ],
  },
  {
    text: '2 cups of black coffee',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { portion: '1 cup (8 fl oz)', count: 2 },
        why: 'two cups of 8 fl oz (convention)',
      },
    ],
  },
  {
    text: 'a pint of beer',
    class: 'drink',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { fl_oz: 16 },
        why: 'a pint = 16 US fl oz (convention)',
      },
    ],
  },
  {
    text: 'pint of guinness',
    class: 'drink',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { fl_oz: 16 },
        why: 'a pint = 16 US fl oz (convention); USDA has no stout, regular beer',
      },
    ],
  },
  {
    text: 'a shot of vodka',
    class: 'drink',
    items: [
      {
        record: 'fndds:93505000',
        alternatives: ['sr28:14037'],
        amount: { portion: '1 shot' },
        why: 'a shot = 1.5 fl oz (convention), FNDDS 1 shot',
      },
    ],
  },
  {
    text: '2 shots of tequila',
    class: 'drink',
    items: [
      {
        record: 'fndds:93505100',
        alternatives: ['sr28:14037'],
        amount: { portion: '1 shot', count: 2 },
        why: 'a shot = 1.5 fl oz (convention), FNDDS 1 shot',
      },
    ],
  },
  {
    text: '5 oz glass of red wine',
    class: 'drink',
    items: [
      {
        record: 'fndds:93401010',
        alternatives: ['sr28:14096'],
        amount: { fl_oz: 5 },
        why: "stated 5 fl oz, through the record's 1 fl oz",
      },
    ],
  },
  {
    text: 'a glass of white wine',
    class: 'drink',
    items: [
      {
        record: 'fndds:93401020',
        alternatives: ['sr28:14106'],
        amount: { fl_oz: 5 },
        why: 'a glass of wine = 5 fl oz (convention)',
      },
    ],
  },
  {
    text: 'a can of coke',
    class: 'drink',
    items: [
      {
        record: 'fndds:92410310',
        amount: { portion: '1 can (12 fl oz)' },
        why: 'a can = 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'can of diet pepsi',
    class: 'drink',
    items: [
      {
        record: 'fndds:92410320',
        amount: { portion: '1 can (12 fl oz)' },
        why: 'a can = 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'tall latte',
    class: 'drink',
    items: [{ record: 'fndds:92101900', amount: { fl_oz: 12 }, why: 'tall = 12 fl oz (convention)' }],
  },
  {
    text: 'grande caramel macchiato',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101820',
        amount: { fl_oz: 16 },
        why: 'grande = 16 fl oz (convention); FNDDS lists caramel macchiato under sweetened macchiato',
      },
    ],
  },
  {
    text: 'venti iced coffee',
    class: 'drink',
    items: [
      {
        record: 'fndds:92102400',
        amount: { fl_oz: 20 },
        why: 'venti = 20 fl oz (convention); unsweetened brewed iced coffee',
      },
    ],
  },
  {
    text: 'a glass of orange juice',
    class: 'drink',
    items: [
      {
        record: 'fndds:61210000',
        alternatives: ['fndds:61210220', 'sr28:09206'],
        amount: { portion: 'Quantity not specified' },
        why: 'a glass of juice: FNDDS quantity not specified, 1 cup',
      },
    ],
  },
  {
    text: 'a double shot of espresso',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101610',
        amount: { portion: '1 espresso cup (2 fl oz)' },
        why: 'a double espresso is 2 fl oz, the FNDDS espresso cup',
      },
    ],
  },
  {
    text: 'a glass of chocolate milk',
    class: 'drink',
    items: [{ record: 'fndds:11511000', amount: { portion: '1 cup' }, why: 'a glass of milk is 1 cup' }],
  },
  {
    text: 'a can of red bull',
    class: 'drink',
    items: [
      {
        record: 'sr28:14154',
        alternatives: ['fndds:95310600'],
        amount: { portion: '1 can 8.4 fl oz' },
        why: "a Red Bull can is 8.4 fl oz (the brand's can, not the 12 fl oz soda can)",
      },
    ],
  },
  {
    text: '12 oz can of sprite',
    class: 'drink',
    items: [
      {
        record: 'fndds:92410510',
        amount: { portion: '1 can (12 fl oz)' },
        why: 'stated 12 fl oz can; Sprite is a caffeine-free fruit-flavored soft drink',
      },
    ],
  },
  {
    text: 'a margarita on the rocks',
    class: 'drink',
    items: [
      { record: 'fndds:93301100', amount: { portion: '1 drink' }, why: 'one mixed drink, FNDDS 1 drink' },
    ],
  },
  {
    text: 'gin and tonic',
    class: 'drink',
    items: [
      { record: 'fndds:93301060', amount: { portion: '1 drink' }, why: 'one mixed drink, FNDDS 1 drink' },
    ],
  },
  {
    text: 'mug of green tea',
    class: 'drink',
    items: [
      {
        record: 'fndds:92303010',
        alternatives: ['sr28:14278'],
        amount: { portion: '1 cup' },
        why: 'unstated tea is 1 cup, 8 fl oz (convention)',
      },
    ],
  },
  {
    text: 'grande chai tea latte',
    class: 'drink',
    items: [
      {
        record: 'fndds:92306800',
        amount: { fl_oz: 16 },
        why: 'grande = 16 fl oz (convention); chai with milk',
      },
    ],
  },
  {
    text: 'venti mocha',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101950',
        amount: { fl_oz: 20 },
        why: 'venti = 20 fl oz (convention); cafe mocha with 2% or whole milk',
      },
    ],
  },
  {
    text: 'a light beer',
    class: 'drink',
    items: [
      {
        record: 'fndds:93102000',
        amount: { portion: '1 can or bottle (12 fl oz)' },
        why: 'a beer is a can of 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'a pint of whole milk',
    class: 'drink',
    items: [
      {
        record: 'sr28:01077',
        alternatives: ['fndds:11111000'],
        amount: { fl_oz: 16 },
        why: "a pint = 16 US fl oz (convention), through the record's 1 fl oz",
      },
    ],
  },
  {
    text: '8 fl oz orange juice',
    class: 'drink',
    items: [
      {
        record: 'fndds:61210000',
        alternatives: ['fndds:61210220', 'sr28:09206'],
        amount: { fl_oz: 8 },
        why: "stated 8 fl oz, through the record's 1 fl oz (no ice)",
      },
    ],
  },
  {
    text: 'a cappuccino',
    class: 'drink',
    items: [
      {
        record: 'fndds:92161000',
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'a coffee drink of unstated size is 1 cup, 8 fl oz (convention for coffee)',
      },
    ],
  },
  {
    text: 'large sweet tea',
    class: 'drink',
    items: [
      {
        record: 'fndds:92308000',
        amount: { portion: '1 large drink' },
        why: 'a fountain drink, FNDDS large drink',
      },
    ],
  },
  {
    text: 'a glass of lemonade',
    class: 'drink',
    items: [
      {
        record: 'fndds:92510960',
        alternatives: ['sr28:14293', 'fndds:92510955'],
        amount: { fl_oz: 8 },
        why: 'lemonade, NFS; a glass of a drink is 1 cup, 8 fl oz',
      },
    ],
  },
  {
    text: 'a tall pike place with a splash of whole milk',
    class: 'drink',
    items: [
      {
        record: 'fndds:92101000',
        alternatives: ['sr28:14209'],
        amount: { fl_oz: 12 },
        why: 'tall = 12 fl oz (convention); Pike Place is brewed coffee',
      },
      {
        record: 'sr28:01077',
        alternatives: ['fndds:11111000'],
        amount: { fl_oz: 1 },
        why: 'a splash = 1 fl oz (convention)',
      },
    ],
  },
];
