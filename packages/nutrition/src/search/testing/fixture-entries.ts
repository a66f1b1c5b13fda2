/**
 * A small table for search tests: curated foods (display name, synonyms) and USDA records copied
 * from SR28 and FNDDS 2021-2023 (description; FNDDS additional description as `description`).
 * Copied, not read from the release, so tests run where the release is not.
 */
import type { SearchEntry } from '../food-search-index.js';

const curated = (id: string, name: string, synonyms: string[]): SearchEntry => ({
  id,
  name,
  synonyms,
  description: null,
  curated: true,
});
const sr28 = (ndb: string, description: string): SearchEntry => ({
  id: `sr28-${ndb}`,
  name: description,
  synonyms: [],
  description: null,
  curated: false,
});
const fndds = (code: number, description: string, additional: string | null = null): SearchEntry => ({
  id: `fndds-${code}`,
  name: description,
  synonyms: [],
  description: additional,
  curated: false,
});

export const FIXTURE_ENTRIES: readonly SearchEntry[] = [
  curated('rice-white-cooked', 'White rice, cooked', ['rice', 'white rice', 'steamed rice', 'basmati rice']),
  curated('rice-brown-cooked', 'Brown rice, cooked', ['brown rice', 'whole grain rice']),
  curated('egg-raw', 'Egg, whole, raw', ['egg', 'whole egg', 'chicken egg']),
  curated('egg-fried', 'Fried egg', ['egg', 'whole egg', 'chicken egg']),
  curated('egg-white-raw', 'Egg white', ['egg white', 'albumen']),
  curated('eggplant-raw', 'Eggplant, raw', ['eggplant', 'aubergine', 'brinjal']),
  curated('chicken-breast-grilled', 'Chicken breast, grilled, skinless', ['chicken breast', 'chicken']),
  curated('chicken-thigh-roasted', 'Chicken thigh with skin, roasted', ['chicken thigh', 'thigh']),
  curated('chickpeas-cooked', 'Chickpeas, cooked', ['chickpea', 'garbanzo', 'chick pea']),
  curated('broccoli-cooked', 'Broccoli, steamed or boiled', ['broccoli', 'broccoli florets']),
  curated('strawberries', 'Strawberries, raw', ['strawberry']),
  curated('cookie-chocolate-chip', 'Chocolate chip cookie', ['cookie', 'chocolate chip cookie']),
  curated('mac-and-cheese', 'Macaroni and cheese', ['mac and cheese', 'mac n cheese', 'macaroni cheese']),
  curated('jalapeno', 'Jalapeno pepper, raw', ['jalapeno', 'jalapeño', 'chili pepper']),
  curated('yogurt-greek-nonfat', 'Greek yogurt, plain, nonfat', ['greek yogurt', 'greek yoghurt', 'skyr']),
  curated('sandwich-blt', 'BLT sandwich', ['blt', 'blt sandwich', 'bacon lettuce tomato sandwich']),
  curated('cheese-goat', 'Goat cheese, soft', ['goat cheese', 'chevre', "goat's cheese"]),
  curated('creme-brulee', 'Crème brûlée', ['creme brulee']),
  curated('milk-whole', 'Whole milk', ['milk', 'whole milk', 'full fat milk']),
  curated('ice-cream-vanilla', 'Vanilla ice cream', ['ice cream', 'vanilla ice cream']),
  curated('egg-hard-boiled', 'Hard-boiled egg', ['egg', 'boiled egg', 'hard-boiled egg']),
  sr28('01123', 'Egg, whole, raw, fresh'),
  sr28('01128', 'Egg, whole, cooked, fried'),
  sr28('01256', 'Yogurt, Greek, plain, nonfat'),
  sr28('05063', 'Chicken, broilers or fryers, breast, meat only, cooked, fried'),
  sr28('05064', 'Chicken, broilers or fryers, breast, meat only, cooked, roasted'),
  sr28('05098', 'Chicken, broilers or fryers, thigh, meat only, cooked, roasted'),
  sr28('09316', 'Strawberries, raw'),
  sr28('11090', 'Broccoli, raw'),
  sr28('11091', 'Broccoli, cooked, boiled, drained, without salt'),
  sr28('11529', 'Tomatoes, red, ripe, raw, year round average'),
  sr28('11979', 'Peppers, jalapeno, raw'),
  sr28('14209', 'Beverages, coffee, brewed, prepared with tap water'),
  sr28('16057', 'Chickpeas (garbanzo beans, bengal gram), mature seeds, cooked, boiled, without salt'),
  sr28('18159', 'Cookies, chocolate chip, commercially prepared, regular, higher fat, enriched'),
  sr28('20037', 'Rice, brown, long-grain, cooked'),
  sr28('20045', 'Rice, white, long-grain, regular, enriched, cooked'),
  fndds(11100000, 'Milk, NFS'),
  fndds(24122130, 'Chicken breast, baked, broiled, or roasted, skin eaten, from raw'),
  fndds(27146155, 'Chicken curry with rice', 'other poultry'),
  fndds(56205018, 'Rice, brown, cooked, no added fat', 'made without fat'),
  fndds(58100200, 'Burrito with chicken', 'with turkey'),
  fndds(58100255, 'Burrito with chicken, beans, and rice', 'Taco Bell Grilled Stuft Burrito; with turkey'),
  fndds(58145110, 'Macaroni or noodles with cheese', 'macaroni casserole, NFS; macaroni and cheese, NFS'),
  fndds(58106220, 'Pizza, cheese, from restaurant or fast food, thin crust', 'flatbread pizza'),
];
