import type { FoodPhrase } from '../phrase.js';
import * as f from './sentence-items.js';

const s = (text: string, items: FoodPhrase['items']): FoodPhrase => ({ text, class: 'sentence', items });

/** Full-sentence lunches and afternoon snacks: packed lunches, chains, school food, snacks at the desk. */
export const MIDDAY_SENTENCES: readonly FoodPhrase[] = [
  s(
    'For lunch, I had a peanut butter and jelly sandwich on wheat bread along with a juice box of 100% apple juice.',
    [f.pbjWheat(), f.appleJuiceBox()],
  ),
  s('Lunch was a turkey sandwich, a small single-serving bag of pretzels and an apple.', [
    f.turkeySandwich(),
    f.pretzelsBag(),
    f.apple(),
  ]),
  s('Grabbed a Whopper Jr and a small order of fries from Burger King during my lunch break.', [
    { record: 'fndds:27510552', amount: { portion: '1 hamburger' }, why: 'FNDDS names the Whopper Jr' },
    { record: 'sr28:21249', amount: { portion: '1 small serving' }, why: "SR's Burger King fries, small" },
  ]),
  s('I packed a ham and cheese sandwich, a bag of baby carrots (about 8) and a chocolate chip cookie.', [
    f.hamCheeseSandwich(),
    f.babyCarrots(8),
    f.chocolateChipCookies(1),
  ]),
  s('At the school cafeteria I had 2 slices of cheese pizza, a carton of chocolate milk and some grapes.', [
    f.pizzaSlice(2),
    {
      record: 'fndds:11511000',
      alternatives: ['fndds:11511200'],
      amount: { portion: '1 individual school container' },
      why: 'the school carton',
    },
    {
      record: 'sr28:09132',
      amount: { portion: '1 cup', count: 0.5 },
      why: 'some fruit = 1/2 cup (convention)',
    },
  ]),
  s('Lunch today was a chicken caesar salad from the deli with the dressing on the side and a diet coke.', [
    {
      record: 'fndds:27446360',
      amount: { portion: 'Quantity not specified' },
      why: 'chicken caesar salad: FNDDS quantity not specified (convention)',
    },
    {
      record: 'fndds:83102000',
      amount: { portion: 'Quantity not specified' },
      why: 'a salad named with its dressing includes it at FNDDS default (convention)',
    },
    f.dietColaCan(),
  ]),
  s('I ate a bowl of tomato soup with a grilled cheese sandwich because it was cold out.', [
    f.tomatoSoupBowl(),
    f.grilledCheese(),
  ]),
  s('Chipotle run: a chicken burrito bowl with white rice, black beans, salsa and guacamole.', [
    {
      record: 'fndds:24123301',
      alternatives: ['sr28:05747', 'sr28:05064'],
      amount: { oz: 3 },
      why: 'meat in a bowl is 3 oz cooked (convention)',
    },
    {
      record: 'fndds:56205001',
      alternatives: ['sr28:20045'],
      amount: { portion: 'Quantity not specified' },
      why: 'a part with no amount: FNDDS quantity not specified',
    },
    {
      record: 'fndds:41101990',
      alternatives: ['fndds:41102080', 'sr28:16315'],
      amount: { portion: 'Quantity not specified' },
      why: 'a part with no amount: FNDDS quantity not specified',
    },
    {
      record: 'fndds:74402150',
      alternatives: ['fndds:74402100'],
      amount: { portion: '1 tablespoon', count: 2 },
      why: 'salsa is 2 tbsp (convention)',
    },
    {
      record: 'fndds:63409010',
      alternatives: ['fndds:63409015'],
      amount: { portion: 'Quantity not specified' },
      why: 'a part with no amount: FNDDS quantity not specified',
    },
  ]),
  s('I had a 6 inch Subway turkey sub and a bag of Lays chips for lunch.', [
    {
      record: 'sr28:21155',
      alternatives: ['fndds:27540350', 'sr28:21207'],
      amount: { portion: '6 inch sub' },
      why: 'the 6 inch turkey breast sub',
    },
    f.chipsBag(),
  ]),
  s('Leftover spaghetti with meat sauce, about 1.5 cups, and a slice of garlic bread.', [
    f.spaghettiMeatSauce(1.5),
    f.garlicBread(),
  ]),
  s('My kid had a Lunchables-style lunch but I had a tuna salad sandwich and a cup of grapes.', [
    f.tunaSandwich(),
    f.grapesCup(),
  ]),
  s("I got a McDonald's kids meal: a hamburger, kids fries and a 1% milk jug.", [
    {
      record: 'sr28:21228',
      alternatives: ['fndds:27510553'],
      amount: { portion: '1 sandwich' },
      why: "SR's McDonald's hamburger",
    },
    {
      record: 'sr28:21238',
      amount: { portion: '1 kids serving' },
      why: "SR's McDonald's fries, kids serving",
    },
    {
      record: 'fndds:11112210',
      alternatives: ['sr28:01082'],
      amount: { portion: '1 individual school container' },
      why: '1% is the fat; a kids milk jug is the 8 fl oz carton',
    },
  ]),
  s('Afternoon snack: a handful of almonds and a Kool-Aid Jammers pouch I stole from my son.', [
    f.almondsOz(1),
    {
      record: 'fndds:92530610',
      amount: { portion: '1 Kool-Aid Jammers pouch' },
      why: 'FNDDS names the Kool-Aid Jammers pouch',
    },
  ]),
  s('Lunch was a small bowl of chili with beans and a handful of saltine crackers.', [
    {
      record: 'fndds:27111406',
      alternatives: ['fndds:27111400'],
      amount: { portion: '1 cup' },
      why: 'a small bowl of chili: 1 cup, smaller than the 1.5 cup bowl (convention)',
    },
    {
      record: 'sr28:18228',
      alternatives: ['fndds:54325000'],
      amount: { portion: '5 crackers square (1 serving)' },
      why: 'a handful of crackers: one 5-cracker serving',
    },
  ]),
  s('I had 2 beef tacos and a side of refried beans at the taqueria near work.', [
    f.tacos(2),
    {
      record: 'fndds:41205017',
      alternatives: ['fndds:41205010', 'sr28:36418'],
      amount: { portion: 'Quantity not specified' },
      why: 'restaurant refried beans: FNDDS quantity not specified',
    },
  ]),
  s('Had a chicken quesadilla and a can of Sprite for lunch at the food court.', [
    {
      record: 'fndds:58104745',
      alternatives: ['fndds:58104740'],
      amount: { portion: '1 quesadilla, any size' },
      why: 'a fast food chicken quesadilla',
    },
    {
      record: 'fndds:92410510',
      amount: { portion: '1 can (12 fl oz)' },
      why: 'a can = 12 fl oz (convention)',
    },
  ]),
  s('At my desk I snacked on a snack-size bag of Cheez-Its and a 100 calorie pack of almonds.', [
    {
      record: 'fndds:54304005',
      amount: { portion: '1 small or medium single serving bag' },
      why: 'FNDDS names Cheez-It; single serving bag',
    },
    {
      record: 'fndds:42100100',
      alternatives: ['sr28:12061'],
      amount: { portion: '1 100 calorie package' },
      why: 'the FNDDS 100 calorie package of almonds',
    },
  ]),
  s('I ate a cup of leftover mac and cheese and a few baby carrots around 2pm.', [
    f.macAndCheeseCup(),
    f.babyCarrots(3),
  ]),
  s('Lunch was a Chick-fil-A chicken sandwich and a medium sweet tea.', [
    { record: 'sr28:21526', amount: { portion: '1 sandwich' }, why: "SR's Chick-fil-A chicken sandwich" },
    {
      record: 'fndds:92308000',
      amount: { portion: '1 medium drink' },
      why: 'a fountain sweet tea, FNDDS medium drink',
    },
  ]),
  s('I had a side salad with 2 tbsp of ranch and a cup of chicken noodle soup at Panera.', [
    f.sideSalad(),
    f.ranchTbsp(2),
    {
      record: 'fndds:58403010',
      alternatives: ['fndds:58403040'],
      amount: { portion: '1 cup' },
      why: 'a cup of soup',
    },
  ]),
  s('Quick lunch of 2 hard boiled eggs, a cheese stick and a pear while running errands.', [
    f.boiledEggs(2),
    f.stringCheese(),
    { record: 'sr28:09252', amount: { portion: '1 medium' }, why: 'fruit medium (convention)' },
  ]),
  s('I had half a cup of hummus with a cucumber and some pita chips, around 1 oz.', [
    {
      record: 'fndds:41205070',
      alternatives: ['sr28:16158'],
      amount: { portion: '1 tablespoon', count: 8 },
      why: 'half a cup of hummus is 8 tbsp',
    },
    { record: 'sr28:11205', amount: { portion: '1 cucumber (8-1/4")' }, why: 'a whole cucumber' },
    {
      record: 'fndds:54402700',
      alternatives: ['sr28:25037'],
      amount: { oz: 1 },
      why: 'pita chips, about 1 oz',
    },
  ]),
  s('Lunch: 4 oz of grilled chicken breast over a cup of brown rice with a cup of steamed broccoli.', [
    f.chickenBreastGrilledOz(4),
    f.brownRiceCup(),
    f.broccoliCup(),
  ]),
  s('I had a Hot Pocket (ham and cheese) and a can of Coke in the break room.', [
    {
      record: 'fndds:58126130',
      amount: { portion: "1 Hot Pockets Ham 'n Cheese" },
      why: 'FNDDS names the Hot Pocket portion',
    },
    f.colaCan(),
  ]),
  s("Two slices of Domino's pepperoni pizza and a few garlic knots at the office party.", [
    { record: 'sr28:21280', amount: { portion: '1 slice', count: 2 }, why: "SR's Domino's pepperoni slices" },
    {
      record: 'fndds:51121015',
      alternatives: ['sr28:18963'],
      amount: { portion: '1 small slice', count: 3 },
      why: 'a few = 3 (convention) garlic knots, each a small piece of garlic bread',
    },
  ]),
  s('My lunch was a cup of plain greek yogurt, a granola bar and a banana, eaten at my desk.', [
    {
      record: 'fndds:11411420',
      alternatives: ['sr28:01256', 'fndds:11400010'],
      amount: { portion: '1 cup' },
      why: 'a cup of plain Greek yogurt, nonfat (the plain cup sold most)',
    },
    f.granolaBar(),
    f.banana(),
  ]),
  s('I ate a BLT on toast and a dill pickle spear at the diner.', [
    { record: 'fndds:27520150', amount: { portion: '1 sandwich' }, why: 'the BLT sandwich' },
    {
      record: 'fndds:75503010',
      alternatives: ['sr28:11937'],
      amount: { portion: '1 spear' },
      why: 'a dill pickle spear',
    },
  ]),
  s('For lunch I had a 5.3 oz container of strawberry greek yogurt and a 1.5 oz bag of Sun Chips.', [
    {
      record: 'fndds:11433990',
      alternatives: ['sr28:01284', 'sr28:01285'],
      amount: { portion: '1 5.3 oz container' },
      why: 'the 5.3 oz Greek yogurt container; strawberry is a fruit Greek yogurt (SR names strawberry ones)',
    },
    { record: 'sr28:25013', alternatives: ['fndds:54420210'], amount: { oz: 1.5 }, why: 'stated 1.5 oz' },
  ]),
  s('Had a huge plate of pad thai from the thai place, probably 2 cups worth.', [
    { record: 'fndds:58137210', amount: { portion: '1 cup', count: 2 }, why: 'stated about 2 cups' },
  ]),
  s('I had a fast food cheeseburger, medium fries and a large coke, then felt terrible.', [
    {
      record: 'fndds:27510160',
      alternatives: ['fndds:27510155', 'sr28:21090'],
      amount: { portion: '1 cheeseburger' },
      why: 'a fast food cheeseburger',
    },
    {
      record: 'fndds:71401030',
      alternatives: ['fndds:71400990'],
      amount: { portion: '1 medium fast food order' },
      why: 'fast food fries, medium order',
    },
    {
      record: 'fndds:92410310',
      amount: { portion: '1 large drink' },
      why: 'a fountain cola, FNDDS large drink',
    },
  ]),
  s('Lunch at my desk was a Smuckers Uncrustable, a fruit cup of peaches and a bottle of water.', [
    {
      record: 'fndds:42303100',
      amount: { portion: '1 sandwich' },
      why: "FNDDS names Smucker's Uncrustables",
    },
    {
      record: 'fndds:63135110',
      alternatives: ['fndds:63135170'],
      amount: { portion: '1 snack size container' },
      why: 'a fruit cup is the snack size container',
    },
    {
      record: 'sr28:14555',
      alternatives: ['fndds:94000100'],
      amount: { fl_oz: 16.9 },
      why: 'a bottle of water, 16.9 fl oz; no energy',
    },
  ]),
  s('I had sushi for lunch, 8 pieces of california roll and a cup of edamame.', [
    {
      record: 'fndds:58151180',
      alternatives: ['fndds:58151100'],
      amount: { portion: '1 piece', count: 8 },
      why: 'california roll pieces',
    },
    { record: 'sr28:11212', amount: { portion: '1 cup' }, why: 'a cup of edamame, prepared' },
  ]),
  s('Afternoon pick me up was a grande iced latte and a couple of oreos.', [
    { record: 'fndds:92102500', amount: { fl_oz: 16 }, why: 'grande = 16 fl oz (convention)' },
    {
      record: 'fndds:53209015',
      amount: { portion: '1 Oreo sandwich', count: 2 },
      why: 'a couple = 2 (convention)',
    },
  ]),
  s('I ate a Clif bar and a 20 oz Gatorade after my soccer game.', [
    { record: 'fndds:53720200', amount: { portion: '1 bar' }, why: 'FNDDS names the Clif bar' },
    { record: 'fndds:95320200', amount: { fl_oz: 20 }, why: 'stated 20 fl oz' },
  ]),
  s('Lunch was a bean and cheese burrito from Taco Bell and a cup of water.', [
    {
      record: 'sr28:21264',
      alternatives: ['fndds:58100325'],
      amount: { portion: '1 each burrito' },
      why: "Taco Bell's bean burrito (cheese is part of it)",
    },
    {
      record: 'fndds:94000100',
      alternatives: ['sr28:14555'],
      amount: { portion: '1 cup' },
      why: 'a cup of water, no energy',
    },
  ]),
  s('Had leftovers for lunch: about 5 oz of baked salmon, half a cup of white rice and green beans.', [
    {
      record: 'sr28:15237',
      alternatives: ['fndds:26137120'],
      amount: { oz: 5 },
      why: 'baked is cooked, dry heat; stated 5 oz',
    },
    f.whiteRiceCup(0.5),
    {
      record: 'sr28:11053',
      alternatives: ['fndds:75205005', 'sr28:11723'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'a side of green beans: half a cup, FNDDS quantity not specified is close',
    },
  ]),
  s('Packed a ham sandwich on rye and a banana for lunch.', [
    {
      record: 'fndds:27520300',
      alternatives: ['fndds:27520310'],
      amount: { portion: '1 sandwich' },
      why: 'a ham sandwich; the rye is its bread, not a food beside it',
    },
    f.banana(),
  ]),
  s('Lunch was a tuna sandwich on wheat and an apple.', [f.tunaSandwich(), f.apple()]),
];
