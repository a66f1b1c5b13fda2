import type { FoodPhrase } from '../phrase.js';
import * as f from './sentence-items.js';

const s = (text: string, items: FoodPhrase['items']): FoodPhrase => ({ text, class: 'sentence', items });

/** Full-sentence dinners, drinks out and late-night snacks. */
export const EVENING_SENTENCES: readonly FoodPhrase[] = [
  s('For dinner I had a 6 oz sirloin steak, a baked potato with a pat of butter and a side of green beans.', [
    f.steakOz(6),
    f.bakedPotato(),
    f.butterPat(),
    {
      record: 'sr28:11053',
      alternatives: ['fndds:75205005', 'sr28:11723'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'a side of vegetables: half a cup',
    },
  ]),
  s('Dinner was a grilled chicken breast with a cup of white rice and a cup of steamed broccoli.', [
    f.chickenBreastGrilled(),
    f.whiteRiceCup(),
    f.broccoliCup(),
  ]),
  s('We ordered pizza and I ate 3 slices of pepperoni and drank 2 beers.', [
    f.pepperoniPizzaSlice(3),
    f.beerCan(2),
  ]),
  s('I made spaghetti with meat sauce for the family and had a plate of it with a slice of garlic bread.', [
    {
      record: 'sr28:36630',
      alternatives: ['fndds:58146322', 'fndds:58146321'],
      amount: { portion: '1 serving' },
      why: "a plate of pasta gets SR's restaurant serving (convention)",
    },
    f.garlicBread(),
  ]),
  s('Had a baked salmon fillet, half a cup of quinoa and a side salad with ranch for dinner.', [
    f.salmonFillet(),
    { record: 'sr28:20137', amount: { portion: '1 cup', count: 0.5 }, why: 'half a cup of cooked quinoa' },
    f.sideSalad(),
    f.ranchTbsp(2),
  ]),
  s('Taco Tuesday! I ate 3 beef tacos with cheese and lettuce and had a margarita.', [
    f.tacos(3),
    { record: 'fndds:93301100', amount: { portion: '1 drink' }, why: 'one margarita' },
  ]),
  s('I had a big bowl of chili with beans, topped with shredded cheddar and a dollop of sour cream.', [
    f.chiliBowl(),
    {
      record: 'sr28:01009',
      alternatives: ['fndds:14104100'],
      amount: { oz: 1 },
      why: 'cheese is 1 oz (convention)',
    },
    {
      record: 'sr28:01056',
      alternatives: ['fndds:12310100'],
      amount: { portion: '1 tbsp' },
      why: 'a dollop = 1 tbsp (convention)',
    },
  ]),
  s('Dinner at grandmas: a slice of meatloaf, a cup of mashed potatoes and an ear of corn.', [
    {
      record: 'fndds:27214100',
      amount: { portion: '1 medium slice' },
      why: 'a slice of beef meat loaf, medium',
    },
    f.mashedPotatoesCup(),
    f.cornEar(),
  ]),
  s('I had two glasses of red wine with a small plate of cheese and crackers.', [
    f.redWineGlass(2),
    {
      record: 'sr28:01009',
      alternatives: ['fndds:14104100'],
      amount: { oz: 1 },
      why: 'cheese with no amount: 1 oz (convention)',
    },
    {
      record: 'sr28:18228',
      alternatives: ['fndds:54325000'],
      amount: { portion: '5 crackers square (1 serving)' },
      why: 'crackers with no amount: one 5-cracker serving',
    },
  ]),
  s('We got Chinese takeout and I had orange chicken with a cup of fried rice.', [
    {
      record: 'fndds:27146350',
      amount: { portion: 'Quantity not specified' },
      why: 'orange chicken with no amount: FNDDS quantity not specified',
    },
    {
      record: 'fndds:58150310',
      alternatives: ['sr28:36602'],
      amount: { portion: '1 cup' },
      why: 'stated cup of fried rice',
    },
  ]),
  s('I ate a piece of lasagna and a caesar side salad at the Italian place.', [
    {
      record: 'fndds:58130014',
      alternatives: ['fndds:58130011'],
      amount: { portion: 'Quantity not specified' },
      why: 'restaurant lasagna, a piece: FNDDS quantity not specified',
    },
    { record: 'fndds:72116150', amount: { portion: "1 Wendy's side salad" }, why: 'a caesar side salad' },
    {
      record: 'fndds:83102000',
      amount: { portion: 'Quantity not specified' },
      why: 'a salad named with its dressing includes it at FNDDS default (convention)',
    },
  ]),
  s('For dinner I had 2 pieces of KFC style fried chicken, a breast and a drumstick, with a biscuit.', [
    {
      record: 'fndds:24127220',
      alternatives: ['sr28:21469'],
      amount: { portion: '1 breast' },
      why: "a fast food fried chicken breast (FNDDS, or SR's fast-food breast)",
    },
    {
      record: 'fndds:24147320',
      alternatives: ['sr28:21470'],
      amount: { portion: '1 drumstick' },
      why: "a fast food fried drumstick (FNDDS, or SR's fast-food drumstick)",
    },
    {
      record: 'fndds:52103000',
      alternatives: ['fndds:52101000', 'sr28:21419'],
      amount: { portion: '1 biscuit' },
      why: 'a fast food biscuit',
    },
  ]),
  s('Late night snack: 2 scoops of vanilla ice cream in a bowl, I regret nothing.', [f.iceCreamScoops(2)]),
  s('I had a cheeseburger and fries at the bar with a pint of IPA.', [
    f.cheeseburger(),
    f.friesQns(),
    {
      record: 'fndds:93102300',
      alternatives: ['fndds:93101000'],
      amount: { fl_oz: 16 },
      why: 'a pint = 16 fl oz (convention); IPA is a higher-alcohol beer',
    },
  ]),
  s('Dinner tonight was 4 oz of pork chop, a cup of mashed potatoes and half a cup of corn.', [
    {
      record: 'fndds:22101100',
      alternatives: ['sr28:10038'],
      amount: { oz: 4 },
      why: 'a meat weight with no state is cooked (convention)',
    },
    f.mashedPotatoesCup(),
    {
      record: 'sr28:11168',
      alternatives: ['sr28:11770'],
      amount: { portion: '1 cup cut', count: 0.5 },
      why: 'half a cup of corn',
    },
  ]),
  s('I snacked on a bag of microwave popcorn while we watched a movie.', [
    {
      record: 'sr28:25014',
      alternatives: ['fndds:54403052'],
      amount: { portion: '1 bag' },
      why: 'a whole bag of microwave popcorn',
    },
  ]),
  s(
    'We had burgers on the grill; I ate a hamburger on a bun with ketchup and mustard and some potato chips.',
    [
      f.hamburger(),
      { record: 'sr28:11935', amount: { portion: '1 tbsp' }, why: 'ketchup is 1 tbsp (convention)' },
      {
        record: 'sr28:02046',
        amount: { portion: '1 tsp or 1 packet' },
        why: 'mustard is 1 tsp (convention)',
      },
      {
        record: 'fndds:71200100',
        alternatives: ['fndds:71200010', 'sr28:19411'],
        amount: { portion: 'Quantity not specified' },
        why: 'chips with no amount: FNDDS quantity not specified (1 oz)',
      },
    ],
  ),
  s('I had a bowl of chicken noodle soup and a few saltines because I am sick.', [
    f.chickenNoodleSoupBowl(),
    {
      record: 'sr28:18228',
      alternatives: ['fndds:54325000'],
      amount: { portion: '1 cracker square', count: 3 },
      why: 'a few = 3 (convention)',
    },
  ]),
  s('Dinner was 2 cups of leftover pad thai and a can of coke zero.', [
    { record: 'fndds:58137210', amount: { portion: '1 cup', count: 2 }, why: 'stated 2 cups' },
    f.dietColaCan(),
  ]),
  s('I made shrimp tacos, ate 2 of them with a side of rice and beans.', [
    {
      record: 'fndds:58101540',
      alternatives: ['fndds:58101320'],
      amount: { portion: '1 taco or tostada, NS size', count: 2 },
      why: 'FNDDS files shrimp tacos under tacos with fish',
    },
    {
      record: 'fndds:58163430',
      alternatives: ['sr28:36417'],
      amount: { portion: 'Quantity not specified' },
      why: 'a side of rice at a taco dinner: Spanish rice, FNDDS quantity not specified',
    },
    {
      record: 'fndds:41205010',
      amount: { portion: 'Quantity not specified' },
      why: 'a side of beans: refried, FNDDS quantity not specified',
    },
  ]),
  s('After the gym I had a protein shake made with 2 scoops of whey and a cup of 2% milk.', [
    {
      record: 'sr28:14033',
      alternatives: ['fndds:95230000'],
      amount: { portion: '2 scoop' },
      why: 'whey protein powder, the SR 2 scoops (FNDDS whey powder NFS is as right)',
    },
    f.twoPercentMilkCup(),
  ]),
  s('We went out for sushi and I ate about 12 pieces of salmon and tuna rolls with a small sake.', [
    {
      record: 'fndds:58151200',
      alternatives: ['fndds:58151220', 'fndds:58151100'],
      amount: { portion: '1 piece', count: 12 },
      why: 'sushi roll pieces',
    },
    { record: 'fndds:93401100', amount: { fl_oz: 4, via: '1 fl oz' }, why: 'a small sake: 4 fl oz' },
  ]),
  s('I had a slice of chocolate cake at my coworkers birthday after dinner.', [
    {
      record: 'fndds:53105270',
      alternatives: ['sr28:18096'],
      amount: { portion: '1 piece (1/12 of 2-layer, 8" or 9" dia)' },
      why: 'a slice of a frosted chocolate layer cake, 1/12 of the cake',
    },
  ]),
  s('Dinner was a frozen Lean Cuisine spaghetti with meat sauce and a glass of milk.', [
    {
      record: 'fndds:58304050',
      alternatives: ['fndds:58304060'],
      amount: { portion: 'Quantity not specified' },
      why: 'FNDDS names the Lean Cuisine spaghetti with meat sauce; one frozen meal',
    },
    f.milkCup(),
  ]),
  s('I had 2 cups of mac and cheese and 2 hot dogs with ketchup at the cookout.', [
    f.macAndCheeseCup(2),
    {
      record: 'fndds:27564000',
      amount: { portion: '1 frankfurter on bun', count: 2 },
      why: 'hot dogs on buns',
    },
    {
      record: 'sr28:11935',
      amount: { portion: '1 tbsp', count: 2 },
      why: 'ketchup is 1 tbsp (convention), one per hot dog',
    },
  ]),
  s('A couple of glasses of white wine and a handful of mixed nuts at the party.', [
    {
      record: 'fndds:93401020',
      alternatives: ['sr28:14106'],
      amount: { fl_oz: 10 },
      why: 'a couple = 2 (convention) glasses of 5 fl oz (convention)',
    },
    { record: 'sr28:12635', amount: { oz: 1 }, why: 'a handful of nuts = 1 oz (convention)' },
  ]),
  s('I ate a bowl of cereal before bed, like a cup and a half of cheerios with skim milk.', [
    f.cheeriosCup(1.5),
    {
      record: 'sr28:01085',
      alternatives: ['fndds:11113000'],
      amount: { portion: '1 cup', count: 0.5 },
      why: 'milk on a bowl of cereal: half a cup',
    },
  ]),
  s('Dinner: 5 oz of grilled salmon, a cup of roasted sweet potato and a cup of green beans.', [
    {
      record: 'sr28:15237',
      alternatives: ['fndds:26137120'],
      amount: { oz: 5 },
      why: 'grilled is cooked, dry heat',
    },
    { record: 'sr28:11508', amount: { portion: '1 cup' }, why: 'a cup of baked sweet potato' },
    f.greenBeansCup(),
  ]),
  s('Got a Big Mac, a medium fries and a medium Coke on the road trip.', [
    {
      record: 'sr28:21237',
      alternatives: ['fndds:27510389'],
      amount: { portion: '1 item 7.6 oz' },
      why: "SR's Big Mac",
    },
    { record: 'sr28:21238', amount: { portion: '1 medium serving' }, why: "SR's McDonald's fries, medium" },
    { record: 'fndds:92410310', amount: { portion: '1 medium drink' }, why: 'a fountain cola, medium drink' },
  ]),
  s('I had a vodka soda and two shots of tequila at the bar, no food.', [
    { record: 'fndds:93301211', amount: { portion: '1 drink' }, why: 'one vodka soda' },
    {
      record: 'fndds:93505100',
      alternatives: ['sr28:14037'],
      amount: { portion: '1 shot', count: 2 },
      why: 'a shot = 1.5 fl oz (convention)',
    },
  ]),
  s('My dinner was a cup of lentil soup and a slice of whole wheat bread with butter.', [
    { record: 'fndds:41603010', amount: { portion: '1 cup' }, why: 'a cup of lentil soup' },
    f.wheatToast(1),
    f.butterPat(),
  ]),
  s('For dessert I had a slice of apple pie with a scoop of vanilla ice cream.', [
    {
      record: 'fndds:53301000',
      alternatives: ['sr28:18301'],
      amount: { portion: 'Quantity not specified' },
      why: 'a slice of apple pie: FNDDS quantity not specified',
    },
    f.iceCreamScoops(1),
  ]),
  s('We had steak night: I ate an 8 oz ribeye and a cup of sauteed mushrooms.', [
    {
      record: 'sr28:13096',
      alternatives: ['fndds:21101120', 'sr28:23227'],
      amount: { oz: 8 },
      why: 'a meat weight with no state is cooked (convention); broiled ribeye, lean and fat',
    },
    {
      record: 'fndds:75219021',
      alternatives: ['sr28:11263', 'fndds:75219020'],
      amount: { portion: '1 cup' },
      why: 'sauteed mushrooms are cooked with fat; a cup',
    },
  ]),
  s('Had a late dinner of 2 chicken enchiladas and some refried beans at the Mexican restaurant.', [
    {
      record: 'fndds:58100630',
      amount: { portion: '1 enchilada, any size', count: 2 },
      why: 'chicken enchiladas',
    },
    {
      record: 'fndds:41205017',
      alternatives: ['fndds:41205010', 'sr28:36418'],
      amount: { portion: 'Quantity not specified' },
      why: 'restaurant refried beans: FNDDS quantity not specified',
    },
  ]),
  s('I nibbled on a few squares of 70% dark chocolate and had a mug of chamomile tea before bed.', [
    {
      record: 'sr28:19904',
      amount: { portion: '1 bar', count: 0.3 },
      why: 'a few = 3 (convention) squares, a tenth of the SR bar each; 70% is the cacao',
    },
    {
      record: 'fndds:92306700',
      alternatives: ['fndds:92306000'],
      amount: { portion: '1 cup' },
      why: 'unstated tea is 1 cup (convention)',
    },
  ]),
  s('Dinner was a homemade stir fry with 4 oz chicken breast, a cup of broccoli and a cup of brown rice.', [
    f.chickenBreastGrilledOz(4),
    f.broccoliCup(),
    f.brownRiceCup(),
  ]),
  s('I had a 12 oz can of beer and 10 chicken wings with bbq sauce during the game.', [
    f.beerCan(1),
    {
      record: 'fndds:24164010',
      amount: { portion: '1 wing, any size', count: 10 },
      why: 'wings with barbecue sauce',
    },
  ]),
  s('Dinner at the Italian place was chicken alfredo with 2 breadsticks.', [
    {
      record: 'fndds:58146421',
      alternatives: ['fndds:58146422'],
      amount: { portion: 'Quantity not specified' },
      why: 'a restaurant pasta dish with no amount: FNDDS quantity not specified',
    },
    {
      record: 'fndds:51184210',
      alternatives: ['fndds:51184230', 'fndds:51184200', 'sr28:21520'],
      amount: { portion: '1 medium stick', count: 2 },
      why: 'restaurant breadsticks beside the pasta, not in it',
    },
  ]),
  s('Got 2 tacos from the taco truck and a can of coke.', [f.tacos(2), f.colaCan()]),
  s('Had pho from the pho place near the office for lunch.', [
    {
      record: 'fndds:28310330',
      amount: { portion: 'Quantity not specified' },
      why: 'a restaurant bowl of pho: FNDDS quantity not specified; the place is not food',
    },
  ]),
];
