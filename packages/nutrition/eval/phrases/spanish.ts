import type { FoodPhrase } from '../phrase.js';

/** Common foods written in Spanish (huevos, arroz, pollo, frijoles, tortilla...), as US diaries see them. */
export const SPANISH_PHRASES: readonly FoodPhrase[] = [
  {
    text: '2 huevos revueltos',
    class: 'spanish',
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
    text: 'huevos rancheros',
    class: 'spanish',
    items: [
      {
        record: 'fndds:32105180',
        amount: { portion: 'Quantity not specified' },
        why: 'a mixed dish with no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: '1 taza de arroz blanco',
    class: 'spanish',
    items: [
      {
        record: 'fndds:56205001',
        alternatives: ['sr28:20045', 'fndds:56205008'],
        amount: { portion: '1 cup, cooked' },
        why: 'una taza = 1 cup; white rice as eaten, cooked',
      },
    ],
  },
  {
    text: 'arroz con pollo',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58155110',
        amount: { portion: 'Quantity not specified' },
        why: 'FNDDS names Arroz con Pollo; no amount: quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'frijoles refritos',
    class: 'spanish',
    items: [
      {
        record: 'fndds:41205010',
        alternatives: ['sr28:16103'],
        amount: { portion: 'Quantity not specified' },
        why: 'refried beans, no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'una tortilla de maiz',
    class: 'spanish',
    items: [
      {
        record: 'fndds:52215100',
        alternatives: ['sr28:18363'],
        amount: { portion: '1 medium' },
        why: 'corn tortilla, unstated size medium (convention)',
      },
    ],
  },
  {
    text: '2 tortillas de harina',
    class: 'spanish',
    items: [
      {
        record: 'fndds:52215200',
        alternatives: ['sr28:18364'],
        amount: { portion: '1 medium', count: 2 },
        why: 'flour tortillas, unstated size medium (convention)',
      },
    ],
  },
  {
    text: 'pollo asado',
    class: 'spanish',
    items: [
      {
        record: 'fndds:24102010',
        amount: { portion: 'Quantity not specified' },
        why: 'roast chicken of no stated part, skin eaten: FNDDS quantity not specified (3 oz)',
      },
    ],
  },
  {
    text: '3 tacos de carne asada',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58101320',
        amount: { portion: '1 taco or tostada, NS size', count: 3 },
        why: 'tacos with meat (steak)',
      },
    ],
  },
  {
    text: 'platanos fritos',
    class: 'spanish',
    items: [
      {
        record: 'fndds:71900200',
        amount: { portion: 'Quantity not specified' },
        why: 'fried plantains, no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'una manzana',
    class: 'spanish',
    items: [
      {
        record: 'sr28:09003',
        amount: { portion: '1 medium (3" dia)' },
        why: 'an apple; fruit medium (convention)',
      },
    ],
  },
  {
    text: 'un vaso de leche',
    class: 'spanish',
    items: [
      {
        record: 'fndds:11100000',
        alternatives: ['sr28:01079', 'fndds:11112110'],
        amount: { portion: '1 cup' },
        why: 'a glass of milk is 1 cup; milk NFS',
      },
    ],
  },
  {
    text: 'cafe con leche',
    class: 'spanish',
    items: [
      {
        record: 'fndds:92101850',
        amount: { portion: '1 cup (8 fl oz)' },
        why: 'unstated coffee is 1 cup, 8 fl oz (convention)',
      },
    ],
  },
  {
    text: '2 tamales de pollo',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58103130',
        alternatives: ['fndds:58103120'],
        amount: { portion: '1 tamale, NS as to size', count: 2 },
        why: 'chicken tamales of unstated size',
      },
    ],
  },
  {
    text: '3 enchiladas de pollo',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58100630',
        amount: { portion: '1 enchilada, any size', count: 3 },
        why: 'chicken enchiladas with red sauce',
      },
    ],
  },
  {
    text: 'chilaquiles con huevo',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58100360',
        amount: { portion: 'Quantity not specified' },
        why: 'FNDDS names chilaquiles with egg; no amount: quantity not specified (convention)',
      },
    ],
  },
  {
    text: '1 oz de queso fresco',
    class: 'spanish',
    items: [{ record: 'fndds:14133000', amount: { oz: 1 }, why: 'stated ounce' }],
  },
  {
    text: 'una concha (pan dulce)',
    class: 'spanish',
    items: [
      {
        record: 'fndds:51161270',
        amount: { portion: '1 medium' },
        why: 'a concha is pan dulce with sugar topping; pastries medium (convention)',
      },
    ],
  },
  {
    text: 'un vaso de horchata',
    class: 'spanish',
    items: [
      {
        record: 'fndds:92610020',
        alternatives: ['sr28:14638'],
        amount: { portion: '1 cup' },
        why: 'a glass is 1 cup',
      },
    ],
  },
  {
    text: 'un plato de sopa de pollo con arroz',
    class: 'spanish',
    items: [
      {
        record: 'fndds:28340210',
        alternatives: ['fndds:28340670'],
        amount: { portion: '1 cup', count: 1.5 },
        why: 'a bowl of soup is 1.5 cups (convention)',
      },
    ],
  },
  {
    text: 'un plato de pozole',
    class: 'spanish',
    items: [
      {
        record: 'fndds:28315150',
        alternatives: ['fndds:28340680'],
        amount: { portion: '1 cup', count: 1.5 },
        why: 'a bowl of soup or stew is 1.5 cups (convention)',
      },
    ],
  },
  {
    text: 'media taza de frijoles negros',
    class: 'spanish',
    items: [
      {
        record: 'fndds:41101990',
        alternatives: ['fndds:41102080', 'fndds:41102020', 'sr28:16315'],
        amount: { portion: '1 cup', count: 0.5 },
        why: 'media taza = half a cup',
      },
    ],
  },
  {
    text: 'arroz rojo',
    class: 'spanish',
    items: [
      {
        record: 'fndds:58163430',
        alternatives: ['sr28:36417'],
        amount: { portion: 'Quantity not specified' },
        why: 'red rice is Spanish / Mexican rice; no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'un aguacate',
    class: 'spanish',
    items: [
      {
        record: 'sr28:09037',
        alternatives: ['fndds:63105010'],
        amount: { portion: '1 avocado, NS as to Florida or California' },
        why: 'one whole avocado',
      },
    ],
  },
  {
    text: 'un mango',
    class: 'spanish',
    items: [
      {
        record: 'fndds:63129010',
        alternatives: ['sr28:09176'],
        amount: { portion: '1 mango' },
        why: 'one whole mango',
      },
    ],
  },
  {
    text: '2 churros',
    class: 'spanish',
    items: [{ record: 'fndds:53520200', amount: { portion: '1 regular', count: 2 }, why: 'regular churros' }],
  },
  {
    text: 'flan de postre',
    class: 'spanish',
    items: [
      {
        record: 'fndds:13210350',
        alternatives: ['sr28:19094'],
        amount: { portion: 'Quantity not specified' },
        why: 'flan for dessert, no amount: FNDDS quantity not specified',
      },
    ],
  },
  {
    text: 'pollo con mole',
    class: 'spanish',
    items: [
      {
        record: 'fndds:27146160',
        amount: { portion: 'Quantity not specified' },
        why: 'chicken mole, no amount: FNDDS quantity not specified (convention)',
      },
    ],
  },
  {
    text: 'una cerveza',
    class: 'spanish',
    items: [
      {
        record: 'fndds:93101000',
        alternatives: ['sr28:14003'],
        amount: { portion: '1 can or bottle (12 fl oz)' },
        why: 'a beer is 12 fl oz (convention)',
      },
    ],
  },
  {
    text: 'un vaso de jugo de naranja',
    class: 'spanish',
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
    text: 'pan tostado con mantequilla',
    class: 'spanish',
    items: [
      {
        record: 'fndds:51101010',
        alternatives: ['sr28:18070', 'sr28:18069'],
        amount: { portion: '1 medium or regular slice' },
        why: 'pan tostado is white toast; one regular slice',
      },
      {
        record: 'sr28:01001',
        amount: { portion: '1 pat (1" sq, 1/3" high)' },
        why: 'mantequilla is butter; no amount: a pat',
      },
    ],
  },
];
