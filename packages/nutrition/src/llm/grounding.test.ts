/**
 * The LLM parser on the full food table: the model names foods, the table supplies them. Every
 * expected number is computed from the table (or from the built-in parser's answer for the same
 * words), so a re-import of the USDA data moves the expectations with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foodDatabase } from '../foods/database.js';
import type { MealParser, ParsedItem } from '../parse-result.js';
import { createMealParser, type TextMealParser } from '../parser/meal-parser.js';
import { createOpenAiMealParser } from './openai-meal-parser.js';
import { type FakeOpenAi, type ScriptedReply, startFakeOpenAi } from './testing/fake-openai-server.js';
import {
  BURDOCK_AND_KOHLRABI,
  COFFEE_AND_AN_APPLE,
  completion,
  UNKNOWN_DISH,
  WILD_NUTRIENTS,
} from './testing/recorded-responses.js';
import { tableNutrients } from './testing/table-nutrients.js';

const database = foodDatabase();
/** The fake server answers from this list as it stands at each request; each test adds its answer. */
const script: ScriptedReply[] = [];
let server: FakeOpenAi;
let parser: MealParser;
let builtIn: TextMealParser;

// Both parsers build their lexicon and search index over the full table once, here, rather than
// inside whichever test happens to run first.
beforeAll(async () => {
  server = await startFakeOpenAi(script);
  parser = createOpenAiMealParser({ baseUrl: server.baseUrl, model: 'gpt-4o-mini', database });
  builtIn = createMealParser(database);
  await itemsFor(BURDOCK_AND_KOHLRABI);
  builtInItem('burdock root');
}, 60_000);

afterAll(() => server.close());

/** The items the parser makes of one recorded answer. */
async function itemsFor(body: unknown): Promise<ParsedItem[]> {
  script.push({ body });
  const result = await parser.parse('text');
  if (!result.ok) throw new Error(`expected items, got ${result.code}`);
  return result.items;
}

/** What the built-in parser makes of the same words: the LLM parser must agree with it. */
function builtInItem(text: string): ParsedItem {
  const result = builtIn.parse(text);
  if (!result.ok || result.items[0] === undefined)
    throw new Error(`built-in parser found nothing in ${text}`);
  return result.items[0];
}

const foodOf = (item: ParsedItem | undefined) =>
  item?.food_id === null || item === undefined ? undefined : database.byId(item.food_id);

describe('LLM parser grounded on the food table', () => {
  it('a name no curated food carries is found by the table search, the same record the built-in parser takes, its form assumed', async () => {
    const [burdock] = await itemsFor(BURDOCK_AND_KOHLRABI);
    expect(foodOf(burdock)).toMatchObject({
      curated: false,
      description: expect.stringMatching(/^burdock root/i),
    });
    expect(burdock?.food_id).toBe(builtInItem('a cup of burdock root').food_id);
    expect(burdock).toMatchObject({ source: 'database', grams: 118, assumed: ['form'] });
    expect(burdock).toMatchObject(tableNutrients(database, burdock?.food_id ?? null, 118));
    expect(burdock?.record).not.toBeNull();
  });

  it("the model's preparation picks among the records the search finds", async () => {
    const [, kohlrabi] = await itemsFor(BURDOCK_AND_KOHLRABI);
    expect(foodOf(kohlrabi)).toMatchObject({
      curated: false,
      description: expect.stringMatching(/kohlrabi.*boiled/i),
    });
    expect(kohlrabi).toMatchObject({
      assumed: ['form'],
      ...tableNutrients(database, kohlrabi?.food_id ?? null, 165),
    });
  });

  it("a name nothing in the table matches keeps the model's numbers, with no food and no record", async () => {
    const [stew] = await itemsFor(UNKNOWN_DISH);
    expect(stew).toMatchObject({
      name: 'zorblax stew',
      grams: 400,
      calories: 512,
      protein_g: 31,
      food_id: null,
      record: null,
      source: 'model',
      assumed: ['size'],
    });
  });

  it("no amount in the text: the food's usual portion, as the built-in parser takes it, and quantity assumed", async () => {
    const [coffee, apple] = await itemsFor(COFFEE_AND_AN_APPLE);
    const builtIn = builtInItem('coffee');
    expect(coffee).toMatchObject({
      food_id: builtIn.food_id,
      quantity: builtIn.quantity,
      unit: builtIn.unit,
      grams: builtIn.grams,
      assumed: builtIn.assumed,
      ...tableNutrients(database, builtIn.food_id, builtIn.grams),
    });
    expect(coffee?.assumed).toContain('quantity');
    // The apple's amount was stated; only its size was the model's choice.
    expect(apple).toMatchObject({
      grams: 182,
      assumed: ['size'],
      ...tableNutrients(database, apple?.food_id ?? null, 182),
    });
  });

  it('a model that sends no quantity and no grams gets the usual portion too', async () => {
    const coffee = { ...modelItemsOf(COFFEE_AND_AN_APPLE)[0], quantity: null, grams: null, assumed: [] };
    const [item] = await itemsFor(completion(JSON.stringify({ items: [coffee], unknown: [] })));
    const builtIn = builtInItem('coffee');
    expect(item).toMatchObject({ food_id: builtIn.food_id, grams: builtIn.grams, assumed: builtIn.assumed });
  });

  it("no weight from the model: its quantity and unit go through the food's measures, as the built-in parser reads them", async () => {
    const [coffee, apple] = modelItemsOf(COFFEE_AND_AN_APPLE);
    const items = await itemsFor(
      completion(
        JSON.stringify({
          items: [
            { ...coffee, quantity: 2, unit: 'cups', grams: 0, assumed: [] },
            { ...apple, quantity: 1, unit: '', grams: 0, assumed: [] },
          ],
          unknown: [],
        }),
      ),
    );
    const amountOf = ({ food_id, quantity, unit, grams, assumed }: ParsedItem) => ({
      food_id,
      quantity,
      unit,
      grams,
      assumed,
    });
    expect(items.map(amountOf)).toEqual(
      [builtInItem('2 cups of coffee'), builtInItem('1 apple')].map(amountOf),
    );
    // "1 apple" is a medium one: the size is what the parser supplied.
    expect(items[1]?.assumed).toContain('size');
  });

  it("a matched food's nutrients come from the table, never from the model", async () => {
    const items = await itemsFor(WILD_NUTRIENTS);
    const claimed = modelItemsOf(WILD_NUTRIENTS);
    expect(items).toHaveLength(2);
    for (const [k, item] of items.entries()) {
      expect(item.source).toBe('database');
      expect(item).toMatchObject(tableNutrients(database, item.food_id, item.grams));
      expect(item.calories).not.toBe(claimed[k]?.calories);
    }
  });
});

/** The items a recorded answer holds, as the model sent them. */
function modelItemsOf(answer: typeof COFFEE_AND_AN_APPLE): Record<string, unknown>[] {
  const content = answer.choices[0]?.message.content ?? '{}';
  return (JSON.parse(content) as { items: Record<string, unknown>[] }).items;
}
