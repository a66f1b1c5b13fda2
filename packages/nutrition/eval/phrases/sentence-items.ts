/**
 * The expected items that full-sentence phrases share, one builder per food, so each sentence reads as
 * its foods and a reused food always names the same record, portion and reason.
 */
import type { Amount, ExpectedItem, RecordRef } from '../phrase.js';

function item(record: RecordRef, alternatives: RecordRef[], amount: Amount, why: string): ExpectedItem {
  return alternatives.length > 0 ? { record, alternatives, amount, why } : { record, amount, why };
}
const times = (portion: string, count: number): Amount => (count === 1 ? { portion } : { portion, count });
const LARGE_EGG = 'eggs large (convention)';

export const eggs = (count: number) =>
  item('sr28:01123', ['fndds:31101010'], times('1 large', count), LARGE_EGG);
export const scrambledEggs = (count: number) =>
  item('sr28:01132', ['fndds:32129990'], times('1 large', count), `scrambled record; ${LARGE_EGG}`);
export const friedEggs = (count: number) =>
  item('sr28:01128', ['fndds:31105005'], times('1 large', count), `fried record; ${LARGE_EGG}`);
export const boiledEggs = (count: number) =>
  item('sr28:01129', ['fndds:31103010'], times('1 large', count), `hard-boiled record; ${LARGE_EGG}`);
export const whiteToast = (count: number) =>
  item('sr28:18070', ['sr28:18069'], times('1 slice', count), 'toast of no stated bread: white, toasted');
export const wheatToast = (count: number) =>
  item('sr28:18075', ['sr28:18076', 'sr28:18064'], times('1 slice', count), 'whole wheat slices');
export const butterPat = (count = 1) =>
  item('sr28:01001', [], times('1 pat (1" sq, 1/3" high)', count), 'butter with no amount: a pat');
export const peanutButterTbsp = (tbsp: number) =>
  item(
    'sr28:16098',
    ['fndds:42202000'],
    times('2 tbsp', tbsp / 2),
    `${tbsp} tbsp of peanut butter (a spread is 1 tbsp, convention)`,
  );
export const banana = (count = 1) =>
  item(
    'sr28:09040',
    ['fndds:63107010'],
    times('1 medium (7" to 7-7/8" long)', count),
    'fruit medium (convention)',
  );
export const apple = (count = 1) =>
  item('sr28:09003', [], times('1 medium (3" dia)', count), 'fruit medium (convention)');
export const orange = () =>
  item(
    'sr28:09200',
    [],
    { portion: '1 fruit (2-5/8" dia)' },
    'fruit medium (convention): the middle SR size',
  );
export const coffee = (count = 1) =>
  item(
    'fndds:92101000',
    ['sr28:14209'],
    times('1 cup (8 fl oz)', count),
    'unstated coffee is 1 cup, 8 fl oz (convention)',
  );
export const coffeeFlOz = (flOz: number, why: string) =>
  item('fndds:92101000', ['sr28:14209'], { fl_oz: flOz }, why);
export const milkSplash = () =>
  item(
    'sr28:01079',
    ['fndds:11112110', 'fndds:11100000'],
    { fl_oz: 1 },
    'a splash = 1 fl oz of 2% milk (conventions)',
  );
export const creamerSplash = () =>
  item('sr28:01049', ['fndds:12120100'], { fl_oz: 1 }, 'a splash of half and half = 1 fl oz (convention)');
export const milkCup = (count = 1) =>
  item(
    'fndds:11100000',
    ['sr28:01079', 'fndds:11112110'],
    times('1 cup', count),
    'milk NFS; a glass is 1 cup',
  );
export const twoPercentMilkCup = (count = 1) =>
  item('sr28:01079', ['fndds:11112110'], times('1 cup', count), '2% is the fat, not an amount; 1 cup');
export const orangeJuiceGlass = () =>
  item(
    'fndds:61210000',
    ['fndds:61210220', 'sr28:09206'],
    { portion: 'Quantity not specified' },
    'a glass of juice: FNDDS quantity not specified, 1 cup',
  );
export const appleJuiceBox = () =>
  item(
    'fndds:64104010',
    ['sr28:09016'],
    { portion: '1 juice box/pouch (6.75 fl oz)' },
    '100% is not an amount; the FNDDS juice box',
  );
export const oatmealCup = (count = 1) =>
  item(
    'sr28:08121',
    ['fndds:56203056', 'fndds:56203055'],
    times('1 cup', count),
    'a bowl of cereal is 1 cup (convention); cooked oats',
  );
export const cheeriosCup = (count = 1) =>
  item(
    'sr28:08013',
    ['fndds:57123000'],
    times('1 cup (1 NLEA serving)', count),
    'a bowl of cereal is 1 cup of the cereal (convention)',
  );
export const greekYogurt = () =>
  item('sr28:01256', ['fndds:11400010'], { portion: '1 container' }, 'plain Greek yogurt, one container');
export const fruitYogurt = () =>
  item(
    'fndds:11432000',
    ['fndds:11431000'],
    { portion: '1 6 oz container' },
    'fruit yogurt cup, 6 oz container',
  );
export const bagel = () =>
  item(
    'sr28:18001',
    [],
    { portion: '1 medium bagel (3-1/2" to 4" dia)' },
    'bagel, unstated size medium (convention)',
  );
export const creamCheese = () =>
  item(
    'fndds:14301010',
    [],
    { portion: 'Quantity not specified' },
    'spread with no amount: FNDDS quantity not specified',
  );
export const bacon = (count: number) =>
  item('sr28:10862', [], times('1 slice', count), 'cooked bacon slices');
export const sausageLinks = (count: number) =>
  item('sr28:07064', [], times('1 link', count), 'pork sausage links, cooked');
export const pancakes = (count: number) =>
  item(
    'fndds:55100050',
    ['sr28:18293', 'fndds:55101000'],
    times('1 medium pancake', count),
    'pancakes of unstated size: medium (convention)',
  );
export const syrupTbsp = (count: number) =>
  item('sr28:19353', [], times('1 tbsp', count), 'syrup by the tablespoon');
export const strawberriesCup = (count = 1) =>
  item('sr28:09316', ['fndds:63223020'], times('1 cup, whole', count), 'cup of strawberries');
export const blueberriesCup = (count: number) =>
  item(
    'sr28:09050',
    ['fndds:63203010'],
    times('1 cup', count),
    'cup of blueberries (some fruit = 1/2 cup, convention)',
  );
export const grapesCup = (count = 1) => item('sr28:09132', [], times('1 cup', count), 'cup of grapes');
export const almondsOz = (oz = 1) => item('sr28:12061', [], { oz }, 'a handful of nuts = 1 oz (convention)');
export const stringCheese = () =>
  item('fndds:14107030', ['sr28:01028', 'sr28:01029'], { portion: '1 stick' }, 'string cheese, one stick');
export const pbjWheat = () =>
  item('fndds:42302020', ['fndds:42302010'], { portion: '1 sandwich' }, 'the FNDDS PB&J on wheat bread');
export const turkeySandwich = () =>
  item('fndds:27540310', [], { portion: '1 sandwich' }, 'a turkey sandwich with spread');
export const hamCheeseSandwich = () =>
  item('fndds:27520320', ['fndds:27520360'], { portion: '1 sandwich' }, 'a ham and cheese sandwich');
export const grilledCheese = () =>
  item('fndds:14640100', [], { portion: '1 sandwich' }, 'a grilled cheese sandwich');
export const tunaSandwich = () =>
  item('fndds:27550720', [], { portion: '1 regular sandwich' }, 'a tuna salad sandwich');
export const chipsBag = () =>
  item(
    'fndds:71200100',
    ['fndds:71200010', 'sr28:19411'],
    { portion: '1 small single serving bag' },
    'a small single-serving bag of chips',
  );
export const pretzelsBag = () =>
  item(
    'fndds:54408016',
    [],
    { portion: '1 small single serving bag' },
    'a small single-serving bag of pretzels',
  );
export const chickenBreastGrilledOz = (oz: number) =>
  item(
    'sr28:05747',
    ['sr28:05064', 'fndds:24123301'],
    { oz },
    'grilled breast, a cooked weight (convention)',
  );
export const chickenBreastGrilled = () =>
  item(
    'fndds:24123301',
    ['sr28:05747', 'sr28:05064'],
    { portion: '1 medium breast' },
    'a grilled breast of unstated size: medium',
  );
export const whiteRiceCup = (count = 1) =>
  item(
    'sr28:20045',
    ['fndds:56205001', 'fndds:56205008'],
    times('1 cup', count),
    'white rice as eaten, cooked',
  );
export const brownRiceCup = (count = 1) =>
  item('sr28:20037', ['fndds:56205011'], times('1 cup', count), 'brown rice as eaten, cooked');
export const broccoliCup = (count = 1) =>
  item(
    'sr28:11091',
    ['sr28:11742'],
    times('0.5 cup, chopped', count * 2),
    'cooked broccoli; 1 cup = 2 x the half cup',
  );
export const greenBeansCup = (count = 1) =>
  item('sr28:11053', ['sr28:11723', 'fndds:75205005'], times('1 cup', count), 'cooked green beans');
export const bakedPotato = () =>
  item(
    'sr28:11674',
    ['sr28:11828'],
    { portion: '1 potato medium' },
    'potato, unstated size medium (convention)',
  );
export const mashedPotatoesCup = (count = 1) =>
  item('fndds:71501000', ['sr28:11934'], times('1 cup', count), 'mashed potatoes by the cup');
export const cornEar = () =>
  item(
    'sr28:11168',
    ['sr28:11770'],
    { portion: '1 ear medium (6-3/4" to 7-1/2" long)' },
    'an ear of corn, medium (convention)',
  );
export const dinnerRoll = (count = 1) =>
  item('sr28:18342', [], times('1 roll (1 oz)', count), 'a dinner roll');
export const salmonFillet = () =>
  item(
    'sr28:15237',
    ['fndds:26137120'],
    { portion: '0.5 fillet' },
    'a salmon fillet as served: the SR half fillet',
  );
export const steakOz = (oz: number) =>
  item(
    'sr28:13451',
    ['fndds:21101120', 'sr28:13930'],
    { oz },
    'a meat weight with no state is cooked (convention); top sirloin',
  );
export const sideSalad = () =>
  item(
    'fndds:75143000',
    ['fndds:75143050', 'fndds:75113000'],
    { portion: '1 side salad' },
    'a side salad of no named kind: FNDDS lettuce salad NFS, its side salad',
  );
export const ranchTbsp = (count: number) =>
  item('sr28:04639', [], times('1 tablespoon', count), 'ranch by the tablespoon (FNDDS default is 2 tbsp)');
export const spaghettiMeatSauce = (cups?: number) =>
  item(
    'fndds:58146322',
    ['fndds:58146321'],
    cups === undefined ? { portion: 'Quantity not specified' } : times('1 cup', cups),
    'pasta with meat sauce: FNDDS quantity not specified unless stated',
  );
export const garlicBread = () =>
  item('fndds:51121015', ['sr28:18963'], { portion: '1 medium slice' }, 'a slice of garlic bread, medium');
export const pizzaSlice = (count: number) =>
  item(
    'fndds:58106210',
    ['fndds:58106225'],
    times('1 piece, NFS', count),
    'restaurant cheese pizza, a slice of unstated size',
  );
export const pepperoniPizzaSlice = (count: number) =>
  item(
    'fndds:58106540',
    [],
    times('1 piece, NFS', count),
    'restaurant pepperoni pizza, a slice of unstated size',
  );
export const beerCan = (count = 1) =>
  item(
    'fndds:93101000',
    ['sr28:14003'],
    times('1 can or bottle (12 fl oz)', count),
    'a beer is a 12 fl oz can (convention)',
  );
export const redWineGlass = (count = 1) =>
  item('fndds:93401010', ['sr28:14096'], { fl_oz: 5 * count }, 'a glass of wine = 5 fl oz (convention)');
export const colaCan = () =>
  item('fndds:92410310', [], { portion: '1 can (12 fl oz)' }, 'a can = 12 fl oz (convention)');
export const dietColaCan = () =>
  item('fndds:92410320', [], { portion: '1 can (12 fl oz)' }, 'a can = 12 fl oz (convention)');
export const iceCreamScoops = (count: number) =>
  item(
    'sr28:19095',
    ['fndds:13110100'],
    times('1 serving 1/2 cup', count),
    'a scoop of ice cream = 1/2 cup (convention)',
  );
export const chocolateChipCookies = (count: number) =>
  item(
    'fndds:53206000',
    ['sr28:18159'],
    times('1 medium cookie', count),
    'cookies of unstated size: medium (convention)',
  );
export const tacos = (count: number) =>
  item(
    'fndds:58101320',
    ['fndds:58101345'],
    times('1 taco or tostada, NS size', count),
    'tacos with meat of unstated size',
  );
export const hamburger = () =>
  item('fndds:27510521', ['sr28:21108'], { portion: '1 hamburger' }, 'a hamburger, NFS');
export const cheeseburger = () =>
  item('fndds:27510155', [], { portion: '1 cheeseburger' }, 'a cheeseburger, NFS');
export const friesQns = () =>
  item(
    'fndds:71400990',
    [],
    { portion: 'Quantity not specified' },
    'fries with no amount: FNDDS quantity not specified',
  );
export const chickenNoodleSoupBowl = () =>
  item('fndds:58403010', ['fndds:58403040'], times('1 cup', 1.5), 'a bowl of soup is 1.5 cups (convention)');
export const tomatoSoupBowl = () =>
  item('fndds:74601000', ['sr28:06559'], times('1 cup', 1.5), 'a bowl of soup is 1.5 cups (convention)');
export const chiliBowl = () =>
  item('fndds:27111406', ['fndds:27111400'], times('1 cup', 1.5), 'a bowl of chili is 1.5 cups (convention)');
export const macAndCheeseCup = (count = 1) =>
  item('fndds:58145110', [], times('1 cup', count), 'macaroni and cheese by the cup');
export const babyCarrots = (count: number) =>
  item('sr28:11960', ['fndds:73101010'], times('1 medium', count), 'baby carrots, medium');
export const hummusTbsp = (count: number) =>
  item('fndds:41205070', ['sr28:16158'], times('1 tablespoon', count), 'hummus by the tablespoon');
export const granolaBar = () =>
  item(
    'fndds:53712100',
    ['fndds:53710906'],
    { portion: '1 bar' },
    'a granola bar of no named brand: FNDDS granola bar, NFS',
  );
export const latteFlOz = (flOz: number, why: string) => item('fndds:92101900', [], { fl_oz: flOz }, why);
export const teaCup = () =>
  item('fndds:92302000', ['sr28:14355'], { portion: '1 cup' }, 'unstated tea is 1 cup (convention)');
export const teaMilk = () =>
  item('sr28:01079', ['fndds:11112110'], { fl_oz: 1 }, 'milk in tea is 1 fl oz of 2% milk (convention)');
export const honeyTsp = () =>
  item(
    'sr28:19296',
    ['fndds:91302010'],
    { portion: '1 tbsp', count: 1 / 3 },
    'a teaspoon of honey, a third of the tablespoon',
  );
