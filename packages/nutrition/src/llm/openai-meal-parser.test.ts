import { afterEach, describe, expect, it } from 'vitest';
import { PermanentParserError, TemporaryParserError } from '../errors.js';
import { buildFoodDatabase } from '../foods/database.js';
import { FIXTURE_FOODS } from '../testing/fixture-foods.js';
import { createOpenAiMealParser } from './openai-meal-parser.js';
import { type FakeOpenAi, type ScriptedReply, startFakeOpenAi } from './testing/fake-openai-server.js';
import {
  completion,
  EGGS_TOAST_BUTTER,
  INVALID_API_KEY,
  NO_FOOD,
  PHO_AND_BANANA,
  RATE_LIMITED,
  TRUNCATED,
} from './testing/recorded-responses.js';
import { tableNutrients } from './testing/table-nutrients.js';

const database = buildFoodDatabase(FIXTURE_FOODS);

/** One item as a model outside strict mode might send it: no assumed, nutrients made up. */
const modelItem = (name: string, quantity: number, unit: string, grams: number) => ({
  name,
  preparation: null,
  quantity,
  unit,
  grams,
  calories: 1,
  protein_g: 1,
  carbs_g: 1,
  fat_g: 1,
  fiber_g: 1,
  sugars_g: 1,
  sodium_mg: 1,
});
let server: FakeOpenAi | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function parserFor(script: ScriptedReply[], timeoutMs = 2000) {
  server = await startFakeOpenAi(script);
  return createOpenAiMealParser({
    baseUrl: server.baseUrl,
    apiKey: 'sk-test',
    model: 'gpt-4o-mini',
    timeoutMs,
    database,
  });
}

describe('OpenAI meal parser', () => {
  it('sends a chat completion with a strict JSON schema, the model and the key', async () => {
    const parser = await parserFor([{ body: EGGS_TOAST_BUTTER }]);
    await parser.parse('2 fried eggs and a slice of toast with butter');
    const request = server?.requests[0];
    expect(request).toMatchObject({ method: 'POST', url: '/v1/chat/completions' });
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body).toMatchObject({
      model: 'gpt-4o-mini',
      response_format: { type: 'json_schema', json_schema: { name: 'meal_items', strict: true } },
    });
    const body = request?.body as { messages: { role: string; content: string }[] } | undefined;
    const messages = body?.messages ?? [];
    expect(messages.at(-1)).toEqual({
      role: 'user',
      content: '2 fried eggs and a slice of toast with butter',
    });
  });

  it("takes nutrients from the table for foods it knows, at the model's grams or the usual portion", async () => {
    const parser = await parserFor([{ body: EGGS_TOAST_BUTTER }]);
    const result = await parser.parse('2 fried eggs and a slice of toast with butter');
    const butter = database.byId('butter');
    const usualPat = butter?.portions.find((p) => p.unit === butter.defaultPortion)?.grams;
    expect(result.ok && result.items.map((i) => [i.food_id, i.grams, i.source, i.assumed])).toEqual([
      ['egg-fried', 92, 'database', ['size']],
      ['toast', 22, 'database', []],
      // The model guessed the butter's amount: the table's usual portion stands instead.
      ['butter', usualPat, 'database', ['quantity']],
    ]);
    for (const item of result.ok ? result.items : []) {
      expect(item).toMatchObject(tableNutrients(database, item.food_id, item.grams));
    }
  });

  it('keeps the model\'s numbers for a food outside the database, marked source "model"', async () => {
    const parser = await parserFor([{ body: PHO_AND_BANANA }]);
    const result = await parser.parse('a bowl of pho and a banana');
    expect(result.ok && result.items[0]).toMatchObject({
      name: 'pho',
      grams: 600,
      calories: 350,
      protein_g: 24,
      food_id: null,
      record: null,
      source: 'model',
      assumed: ['size'],
    });
    expect(result.ok && result.items[1]).toMatchObject({
      food_id: 'banana',
      source: 'database',
      assumed: ['size'],
      ...tableNutrients(database, 'banana', 118),
    });
  });

  it('asks for what the text left open, as a list of the four contract words', async () => {
    const parser = await parserFor([{ body: EGGS_TOAST_BUTTER }]);
    await parser.parse('2 fried eggs and a slice of toast with butter');
    type Sent = { response_format: { json_schema: { schema: unknown } } } | undefined;
    const schema = (server?.requests[0]?.body as Sent)?.response_format.json_schema.schema;
    expect(schema).toMatchObject({
      properties: {
        items: {
          items: {
            required: expect.arrayContaining(['assumed']),
            properties: {
              assumed: { type: 'array', items: { enum: ['quantity', 'size', 'unit', 'form'] } },
            },
          },
        },
      },
    });
  });

  it("reads the model's assumed like its other fields: unknown words dropped, each once, in contract order", async () => {
    const banana = {
      ...modelItem('banana', 1, 'medium', 118),
      assumed: ['form', 'texture', 3, 'size', 'size'],
    };
    const parser = await parserFor([{ body: completion(JSON.stringify({ items: [banana], unknown: [] })) }]);
    const result = await parser.parse('a banana');
    expect(result.ok && result.items[0]?.assumed).toEqual(['size', 'form']);
  });

  it('an assumed that is not a list is a malformed answer, asked for once more', async () => {
    const wrong = { ...modelItem('banana', 1, 'medium', 118), assumed: 'size' };
    const parser = await parserFor([
      { body: completion(JSON.stringify({ items: [wrong], unknown: [] })) },
      { body: PHO_AND_BANANA },
    ]);
    const result = await parser.parse('a banana');
    expect(result.ok).toBe(true);
    expect(server?.requests).toHaveLength(2);
  });

  it('an answer in the older shape, without assumed, assumes nothing the model did not say', async () => {
    const parser = await parserFor([
      { body: completion(JSON.stringify({ items: [modelItem('banana', 1, 'medium', 118)], unknown: [] })) },
    ]);
    const result = await parser.parse('a banana');
    expect(result.ok && result.items[0]).toMatchObject({ food_id: 'banana', grams: 118, assumed: [] });
  });

  it('a food outside the table with no amount from the model says quantity was assumed', async () => {
    const pho = { ...modelItem('pho', 0, 'bowl', 600), assumed: ['size'] };
    const parser = await parserFor([{ body: completion(JSON.stringify({ items: [pho], unknown: [] })) }]);
    const result = await parser.parse('pho');
    expect(result.ok && result.items[0]).toMatchObject({
      source: 'model',
      quantity: 1,
      grams: 600,
      assumed: ['quantity', 'size'],
    });
  });

  it('answers no_food_found when the model lists no items', async () => {
    const parser = await parserFor([{ body: NO_FOOD }]);
    await expect(parser.parse('went for a 5k run')).resolves.toMatchObject({
      ok: false,
      code: 'no_food_found',
    });
  });

  it('asks once more after a truncated answer, and succeeds', async () => {
    const parser = await parserFor([{ body: TRUNCATED }, { body: EGGS_TOAST_BUTTER }]);
    const result = await parser.parse('2 fried eggs and a slice of toast with butter');
    expect(result.ok).toBe(true);
    expect(server?.requests).toHaveLength(2);
  });

  it('gives up with PermanentParserError after two malformed answers', async () => {
    const parser = await parserFor([
      { body: completion('not json at all') },
      { body: completion(JSON.stringify({ items: [{ name: 'egg', grams: -5 }] })) },
      { body: EGGS_TOAST_BUTTER },
    ]);
    await expect(parser.parse('eggs')).rejects.toBeInstanceOf(PermanentParserError);
    expect(server?.requests).toHaveLength(2);
  });

  it('throws TemporaryParserError on 429 with the Retry-After delay, without retrying itself', async () => {
    const parser = await parserFor([{ status: 429, body: RATE_LIMITED, headers: { 'retry-after': '7' } }]);
    const error = await parser.parse('eggs').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemporaryParserError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
    expect(server?.requests).toHaveLength(1);
  });

  it('throws TemporaryParserError on 500 and 503', async () => {
    const parser = await parserFor([
      { status: 500, body: { error: { message: 'The server had an error' } } },
      { status: 503, body: 'upstream unavailable' },
    ]);
    await expect(parser.parse('eggs')).rejects.toBeInstanceOf(TemporaryParserError);
    await expect(parser.parse('eggs')).rejects.toMatchObject({ status: 503 });
  });

  it('throws PermanentParserError on 401 and 400', async () => {
    const parser = await parserFor([
      { status: 401, body: INVALID_API_KEY },
      { status: 400, body: { error: { message: 'Invalid schema for response_format' } } },
    ]);
    await expect(parser.parse('eggs')).rejects.toMatchObject({ name: 'PermanentParserError', status: 401 });
    await expect(parser.parse('eggs')).rejects.toThrow(/Invalid schema/);
  });

  it('a model that does not answer in time is a TemporaryParserError', async () => {
    const parser = await parserFor([{ delayMs: 2000, body: EGGS_TOAST_BUTTER }], 100);
    // The message names the parser's own timeout: it gave up rather than waiting for the late answer.
    await expect(parser.parse('eggs')).rejects.toThrow(/did not answer within 100 ms/);
  });

  it('a dropped connection is a TemporaryParserError', async () => {
    const parser = await parserFor([{ hangUp: true }]);
    await expect(parser.parse('eggs')).rejects.toBeInstanceOf(TemporaryParserError);
  });

  it('an unreachable API is a TemporaryParserError', async () => {
    const parser = await parserFor([]);
    const baseUrl = server?.baseUrl ?? '';
    await server?.close();
    server = undefined;
    const offline = createOpenAiMealParser({ baseUrl, model: 'm', database });
    await expect(offline.parse('eggs')).rejects.toBeInstanceOf(TemporaryParserError);
    expect(parser).toBeDefined();
  });

  it('a caller who aborts gets their own abort reason, not a parser error', async () => {
    const parser = await parserFor([{ delayMs: 2000, body: EGGS_TOAST_BUTTER }]);
    const controller = new AbortController();
    const pending = parser.parse('eggs', controller.signal);
    controller.abort(new Error('meal deleted'));
    await expect(pending).rejects.toThrow('meal deleted');
  });

  it('a refusal is a PermanentParserError', async () => {
    const parser = await parserFor([
      { body: completion('', { refusal: "I'm sorry, I can't help with that." }) },
    ]);
    await expect(parser.parse('eggs')).rejects.toBeInstanceOf(PermanentParserError);
  });
});
