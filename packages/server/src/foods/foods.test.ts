/** GET /foods and /foods/{id}: the food table as contract v1.1 shows it, read through the catalog. */
import { Food, type FoodList, type Problem } from '@fitiq/contract';
import { foodCatalog } from '@fitiq/nutrition';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { registerUser, request } from '../testing/http-client.js';
import { startTestServer } from '../testing/test-server.js';

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = (await registerUser(server.url)).access_token;
});
afterAll(() => server.close());

const search = (query: string) =>
  request<FoodList & Problem>(server.url, 'GET', `/api/v1/foods?${query}`, { token });

describe('food search', () => {
  it("answers the catalog's best matches in its order, each a whole Food, 10 by default", async () => {
    const answer = await search('q=banana');
    expect(answer.status).toBe(200);
    expect(answer.body.foods.map((f) => f.id)).toEqual(
      foodCatalog()
        .search('banana', 10)
        .map((f) => f.id),
    );
    expect(answer.body.foods.length).toBeGreaterThan(0);
    for (const food of answer.body.foods) expect([...Value.Errors(Food, food)]).toEqual([]);
    expect(answer.body.foods.length).toBeLessThanOrEqual(10);
  });

  it('takes a limit from 1 to 50', async () => {
    expect((await search('q=apple&limit=1')).body.foods).toHaveLength(1);
    expect((await search('q=a&limit=50')).body.foods.length).toBeLessThanOrEqual(50);
  });

  it.each([
    '',
    'q=',
    'q=apple&limit=0',
    'q=apple&limit=51',
    'q=apple&limit=two',
    `q=${'a'.repeat(101)}`,
    'q=a&x=1',
  ])('400 validation_failed for ?%s', async (query) => {
    const answer = await search(query);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
  });

  it('needs a token', async () => {
    expect((await request(server.url, 'GET', '/api/v1/foods?q=apple')).status).toBe(401);
  });
});

describe('one food', () => {
  it('answers its values per 100 g, its measures, its default unit and its USDA record', async () => {
    const [first] = foodCatalog().search('banana', 1);
    if (!first) throw new Error('no banana in the table');
    const answer = await request<Food>(server.url, 'GET', `/api/v1/foods/${encodeURIComponent(first.id)}`, {
      token,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(first);
    expect(answer.body.measures.map((m) => m.unit)).toContain(answer.body.default_unit);
    expect(answer.body.source.id).not.toBe('');
  });

  it('404 not_found for an id the table does not have', async () => {
    const answer = await request<Problem>(server.url, 'GET', '/api/v1/foods/no-such-food', { token });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('not_found');
  });
});
