import type { FoodPhrase } from '../phrase.js';
import * as f from './sentence-items.js';

const s = (text: string, items: FoodPhrase['items'], otherReadings?: FoodPhrase['items'][]): FoodPhrase =>
  otherReadings === undefined
    ? { text, class: 'sentence', items }
    : { text, class: 'sentence', items, otherReadings };

/** Full-sentence breakfasts and morning snacks, written the way people type them into a diary. */
export const MORNING_SENTENCES: readonly FoodPhrase[] = [
  s('For breakfast I had two scrambled eggs, a slice of whole wheat toast with butter and a cup of coffee.', [
    f.scrambledEggs(2),
    f.wheatToast(1),
    f.butterPat(),
    f.coffee(),
  ]),
  s('This morning I grabbed a banana and a cup of black coffee on my way out the door.', [
    f.banana(),
    f.coffee(),
  ]),
  s('Started the day with a bowl of oatmeal topped with a handful of blueberries and a drizzle of honey.', [
    f.oatmealCup(),
    {
      record: 'sr28:09050',
      alternatives: ['fndds:63203010'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'a handful of berries taken as some fruit = 1/2 cup (convention)',
    },
    {
      record: 'sr28:19296',
      alternatives: ['fndds:91302010'],
      amount: { portion: '1 tbsp', count: 1 / 3 },
      why: 'a drizzle = 1 tsp (convention for oil)',
    },
  ]),
  s("I treated myself to a McDonald's Egg McMuffin and a hash brown before work.", [
    {
      record: 'sr28:21357',
      alternatives: ['fndds:32202010'],
      amount: { portion: '1 sandwich' },
      why: "SR's Egg McMuffin",
    },
    {
      record: 'sr28:21319',
      alternatives: ['sr28:21026'],
      amount: { portion: '1 serving 1 patty' },
      why: "SR's McDonald's hash brown",
    },
  ]),
  s('Had a plain bagel with cream cheese and a large iced coffee from the place downstairs.', [
    f.bagel(),
    f.creamCheese(),
    { record: 'fndds:92102400', amount: { portion: '1 large' }, why: 'iced coffee, the FNDDS large cup' },
  ]),
  s('Breakfast was a Chobani-style greek yogurt cup with a sliced banana and about 1 oz of almonds.', [
    f.greekYogurt(),
    f.banana(),
    f.almondsOz(1),
  ]),
  s('I made 3 pancakes with 2 tablespoons of maple syrup and had a glass of orange juice.', [
    f.pancakes(3),
    f.syrupTbsp(2),
    f.orangeJuiceGlass(),
  ]),
  s('Quick breakfast: a bowl of cheerios with a cup of 2% milk and a few strawberries.', [
    f.cheeriosCup(),
    f.twoPercentMilkCup(),
    {
      record: 'sr28:09316',
      alternatives: ['fndds:63223020'],
      amount: { portion: '1 medium (1-1/4" dia)', count: 3 },
      why: 'a few = 3 (convention), medium berries',
    },
  ]),
  s('I ate 2 fried eggs and 3 strips of bacon with a slice of white toast this morning.', [
    f.friedEggs(2),
    f.bacon(3),
    f.whiteToast(1),
  ]),
  s('Just a tall latte and a blueberry muffin from Starbucks, nothing else.', [
    f.latteFlOz(12, 'tall = 12 fl oz (convention)'),
    {
      record: 'sr28:18274',
      amount: { portion: '1 medium' },
      why: 'a coffee-shop blueberry muffin, medium (convention for pastries)',
    },
  ]),
  s('Woke up late so breakfast was a granola bar and an apple in the car.', [f.granolaBar(), f.apple()]),
  s('For breakfast my son and I split a stack of pancakes, so I had 2 pancakes with a pat of butter.', [
    f.pancakes(2),
    f.butterPat(),
  ]),
  s('I had a Jimmy Dean sausage, egg and cheese biscuit and a cup of coffee with a splash of milk.', [
    {
      record: 'fndds:32202050',
      amount: { portion: '1 Jimmy Dean sandwich' },
      why: 'FNDDS names the Jimmy Dean sandwich',
    },
    f.coffee(),
    f.milkSplash(),
  ]),
  s('Two hard boiled eggs and an orange were my breakfast today.', [f.boiledEggs(2), f.orange()]),
  s(
    'This morning: 1 cup of oatmeal made with water, a tablespoon of peanut butter stirred in, and black coffee.',
    [f.oatmealCup(), f.peanutButterTbsp(1), f.coffee()],
  ),
  s('I had a slice of sourdough toast with half an avocado and a fried egg on top.', [
    {
      record: 'fndds:51107010',
      alternatives: ['sr28:18030', 'sr28:18029'],
      amount: { portion: '1 medium or regular slice' },
      why: 'sourdough is French bread, a regular slice',
    },
    {
      record: 'sr28:09037',
      alternatives: ['fndds:63105010'],
      amount: { portion: '1 avocado, NS as to Florida or California', count: 0.5 },
      why: 'half a whole avocado',
    },
    f.friedEggs(1),
  ]),
  s('Breakfast on the go was a strawberry Pop-Tart and a 16.9 fl oz bottle of Coke, not my finest moment.', [
    { record: 'sr28:18362', amount: { portion: '1 pastry' }, why: 'a fruit toaster pastry' },
    {
      record: 'fndds:92410310',
      amount: { portion: '1 bottle (16.9 fl oz or 500 ml)' },
      why: 'the 16.9 fl oz bottle',
    },
  ]),
  s('I drank a cup of tea with milk and ate two slices of wheat toast with jam.', [
    f.teaCup(),
    f.teaMilk(),
    f.wheatToast(2),
    {
      record: 'sr28:19297',
      amount: { portion: '1 tbsp' },
      why: 'jam with no amount: 1 tbsp, as for a spread',
    },
  ]),
  s('Had a refreshing glass of 100% orange juice and a toasted english muffin with butter.', [
    f.orangeJuiceGlass(),
    {
      record: 'sr28:18258',
      alternatives: ['sr28:18438'],
      amount: { portion: '1 muffin' },
      why: 'one English muffin',
    },
    f.butterPat(),
  ]),
  s('My breakfast was a cup of plain greek yogurt mixed with 1/4 cup granola and some raspberries.', [
    {
      record: 'fndds:11411420',
      alternatives: ['sr28:01256', 'fndds:11400010'],
      amount: { portion: '1 cup' },
      why: 'a cup of plain Greek yogurt, nonfat (the plain cup sold most)',
    },
    {
      record: 'sr28:08037',
      alternatives: ['fndds:57228000', 'fndds:57227000'],
      amount: { portion: '1 cup', count: 0.25 },
      why: 'stated 1/4 cup',
    },
    {
      record: 'sr28:09302',
      alternatives: ['fndds:63219000'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'some fruit = 1/2 cup (convention)',
    },
  ]),
  s('I grabbed a glazed donut and a medium coffee at Dunkin on the way to class.', [
    {
      record: 'fndds:53521110',
      alternatives: ['sr28:18255', 'sr28:18436'],
      amount: { portion: '1 doughnut' },
      why: 'a yeast glazed doughnut',
    },
    {
      record: 'fndds:92101000',
      alternatives: ['sr28:14209'],
      amount: { portion: '1 medium' },
      why: 'a medium coffee, the FNDDS medium cup',
    },
  ]),
  s(
    '3 egg omelet with cheddar cheese plus a side of 2 sausage links for brunch.',
    [
      {
        record: 'fndds:32130110',
        amount: { portion: '1 egg', count: 3 },
        why: 'an omelet with cheese, per egg',
      },
      f.sausageLinks(2),
    ],
    [
      [
        {
          record: 'sr28:01130',
          amount: { portion: '1 large', count: 3 },
          why: 'the parts: a 3 large egg omelet',
        },
        {
          record: 'sr28:01009',
          alternatives: ['fndds:14104100'],
          amount: { oz: 1 },
          why: 'the parts: cheese is 1 oz (convention)',
        },
        f.sausageLinks(2),
      ],
    ],
  ),
  s('I only had a protein bar (a Clif bar) and a bottle of water after the gym this morning.', [
    { record: 'fndds:53720200', amount: { portion: '1 bar' }, why: 'FNDDS names the Clif bar' },
    {
      record: 'sr28:14555',
      alternatives: ['fndds:94000100'],
      amount: { fl_oz: 16.9 },
      why: 'a bottle of water, 16.9 fl oz; no energy',
    },
  ]),
  s(
    'Breakfast today was a smoothie I made with a banana, a cup of frozen strawberries and a cup of skim milk.',
    [
      f.banana(),
      { record: 'sr28:09318', amount: { portion: '1 cup, unthawed' }, why: 'a cup of frozen strawberries' },
      {
        record: 'sr28:01085',
        alternatives: ['fndds:11113000'],
        amount: { portion: '1 cup' },
        why: 'a cup of skim milk',
      },
    ],
  ),
  s('I ate a big bowl of honey nut cheerios with whole milk while watching the news.', [
    {
      record: 'fndds:57241000',
      amount: { portion: '1 cup' },
      why: 'a bowl of cereal is 1 cup of the cereal (convention)',
    },
    {
      record: 'sr28:01077',
      alternatives: ['fndds:11111000'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'milk on a bowl of cereal: half a cup (the FNDDS guideline is 1/4 cup per cup of hot cereal; cold cereal takes more)',
    },
  ]),
  s('Had 2 waffles with a tablespoon of butter and a quarter cup of syrup for breakfast, plus coffee.', [
    {
      record: 'fndds:55200020',
      alternatives: ['sr28:18365', 'fndds:55201000'],
      amount: { portion: '1 waffle', count: 2 },
      why: 'frozen waffles',
    },
    { record: 'sr28:01001', amount: { portion: '1 tbsp' }, why: 'stated tablespoon' },
    {
      record: 'sr28:19129',
      alternatives: ['sr28:19353'],
      amount: { portion: '1 cup', count: 0.25 },
      why: 'syrup of no named kind: pancake syrup; stated quarter cup',
    },
    f.coffee(),
  ]),
  s('This morning I had a slice of leftover pepperoni pizza and a can of diet coke, judge me.', [
    f.pepperoniPizzaSlice(1),
    f.dietColaCan(),
  ]),
  s('A croissant and a cappuccino at the cafe, then nothing until lunch.', [
    { record: 'sr28:18239', amount: { portion: '1 croissant, medium' }, why: 'pastries medium (convention)' },
    {
      record: 'fndds:92161000',
      amount: { portion: '1 cup (8 fl oz)' },
      why: 'coffee drink of unstated size: 1 cup (convention)',
    },
  ]),
  s('I had 2 slices of whole wheat toast with 2 tbsp of peanut butter and a sliced banana on top.', [
    f.wheatToast(2),
    f.peanutButterTbsp(2),
    f.banana(),
  ]),
  s('Breakfast burrito from the food truck with eggs, potatoes and cheese, and a cup of coffee.', [
    {
      record: 'fndds:58100000',
      alternatives: ['fndds:58100005'],
      amount: { portion: 'Quantity not specified' },
      why: 'the fillings are the burrito; FNDDS quantity not specified (convention)',
    },
    f.coffee(),
  ]),
  s('I had a cup of cottage cheese with half a cup of pineapple chunks for breakfast.', [
    {
      record: 'sr28:01012',
      alternatives: ['fndds:14201010', 'sr28:01015'],
      amount: { portion: '1 cup, small curd (not packed)' },
      why: 'a cup of cottage cheese of no stated fat: creamed (4%)',
    },
    { record: 'sr28:09266', amount: { portion: '1 cup, chunks', count: 0.5 }, why: 'half a cup of chunks' },
  ]),
  s(
    'Biscuits and gravy at the diner: 2 biscuits with sausage gravy, and a glass of orange juice.',
    [
      {
        record: 'fndds:58128000',
        amount: { portion: '1 biscuit with gravy', count: 2 },
        why: 'the dish alone: FNDDS biscuit with sausage gravy, one per biscuit',
      },
      f.orangeJuiceGlass(),
    ],
    [
      [
        {
          record: 'fndds:52103000',
          alternatives: ['fndds:52101000'],
          amount: { portion: '1 biscuit', count: 2 },
          why: 'the parts: 2 restaurant biscuits',
        },
        {
          record: 'fndds:27120120',
          amount: { portion: 'Quantity not specified' },
          why: 'the parts: gravy with no amount, FNDDS quantity not specified',
        },
        f.orangeJuiceGlass(),
      ],
    ],
  ),
  s('Mid-morning snack was a string cheese and a small apple from my lunch bag.', [
    f.stringCheese(),
    { record: 'sr28:09003', amount: { portion: '1 small (2-3/4" dia)' }, why: 'small apple' },
  ]),
  s('I had a venti caramel frappuccino with whipped cream, which was basically breakfast.', [
    {
      record: 'fndds:92101925',
      amount: { fl_oz: 20 },
      why: 'frozen coffee drink with whipped cream; venti = 20 fl oz (convention)',
    },
  ]),
  s('Two eggs over easy, hash browns and a slice of toast at the diner.', [
    {
      record: 'fndds:31105090',
      alternatives: ['sr28:01128', 'fndds:31105005'],
      amount: { portion: '1 egg', count: 2 },
      why: 'fried eggs from a restaurant',
    },
    {
      record: 'fndds:71404030',
      alternatives: ['fndds:71404000'],
      amount: { portion: 'Quantity not specified' },
      why: 'diner hash browns with no amount: FNDDS quantity not specified',
    },
    f.whiteToast(1),
  ]),
  s('For breakfast I had a cup of grits with a pat of butter and 2 scrambled eggs.', [
    {
      record: 'fndds:56200990',
      alternatives: ['sr28:08161'],
      amount: { portion: '1 cup, cooked' },
      why: 'a cup of cooked grits',
    },
    f.butterPat(),
    f.scrambledEggs(2),
  ]),
];
