/**
 * The CSV export (GET /me/export?format=csv): one row per item with its meal's columns, RFC 4180
 * quoting, every meal there (one without items too), read back to exactly what was stored.
 */
import { EXPORT_CSV_COLUMNS, type MealLog } from '@fitiq/contract';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { waitForOutcomeAfter } from '../testing/meal-edits.js';
import { DIALECTS, postgresAvailable } from '../testing/storage-dialects.js';
import { startTestServer } from '../testing/test-server.js';
import { mealLogsCsv } from './account-export-csv.js';

const withPostgres = await postgresAvailable();
const dialects = DIALECTS.filter((d) => d.name === 'sqlite' || withPostgres);

const T = '2026-12-01T08:00:00.000Z';
const meal = (overrides: Partial<MealLog>): MealLog => ({
  id: '0190e2b4-0000-7000-8000-000000000001',
  version: 2,
  status: 'completed',
  raw_input: 'toast',
  meal_type: 'breakfast',
  logged_at: T,
  created_at: T,
  updated_at: T,
  items: [],
  totals: null,
  error: null,
  ...overrides,
});
const item = (name: string) => ({
  id: 'a1',
  food_id: 'sr28-18069',
  name,
  quantity: 1.5,
  unit: 'slice',
  grams: 43.5,
  calories: 115.5,
  protein_g: 3.9,
  carbs_g: 21.5,
  fat_g: 1.4,
  measures: [],
  assumed: [],
  source: 'user' as const,
});

const rowsOf = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe('mealLogsCsv', () => {
  it('starts with the header row, ends records with CRLF, and has one row per item', () => {
    const csv = mealLogsCsv([meal({ items: [item('White bread'), { ...item('Butter'), id: 'b2' }] })]);
    expect(csv.split('\r\n')[0]).toBe(EXPORT_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = rowsOf(csv);
    expect(rows.map((r) => [r.item_id, r.item_name, r.raw_input])).toEqual([
      ['a1', 'White bread', 'toast'],
      ['b2', 'Butter', 'toast'],
    ]);
    expect(rows[0]).toMatchObject({ quantity: '1.5', grams: '43.5', calories: '115.5', source: 'user' });
  });

  it('quotes what needs it, so commas, quotes and line breaks come back unchanged', () => {
    const text = 'eggs, "sunny side up"\nand toast\r\nwith jam; 😋';
    const csv = mealLogsCsv([meal({ raw_input: text, items: [item('Bread, "white"')] })]);
    const [row] = rowsOf(csv);
    expect(row?.raw_input).toBe(text);
    expect(row?.item_name).toBe('Bread, "white"');
    expect(csv).toContain('"eggs, ""sunny side up""');
  });

  it('a meal without items (failed, processing) has one row with the item columns empty', () => {
    const failed = meal({
      status: 'failed',
      meal_type: null,
      error: { code: 'no_food_found', message: 'x' },
    });
    const [row] = rowsOf(mealLogsCsv([failed]));
    expect(row).toMatchObject({ status: 'failed', meal_type: '', item_id: '', calories: '', source: '' });
  });
});

describe.each(dialects)('GET /me/export?format=csv on $name', (dialect) => {
  let server: RunningServer;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await dialect.open();
    dispose = opened.dispose;
    server = await startTestServer({ storage: opened.storage });
  });
  afterAll(async () => {
    await server.close();
    await dispose();
  });

  it("answers the user's meals as a CSV download, one row per item, the same numbers as the JSON", async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, '2 eggs and a slice of toast');
    await waitForOutcomeAfter(server.url, token, posted.body.id, 0);
    const failedPost = await logMeal(server.url, token, 'zzqx vrrk plonth');
    await waitForOutcomeAfter(server.url, token, failedPost.body.id, 0);

    const answer = await request<string>(server.url, 'GET', '/api/v1/me/export?format=csv', { token });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="fitiq-export-.*\.csv"$/,
    );
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const json = await request<{ meal_logs: MealLog[] }>(server.url, 'GET', '/api/v1/me/export', { token });
    const expected = json.body.meal_logs.flatMap((m) =>
      m.items.length === 0
        ? [[m.id, m.status, '', '']]
        : m.items.map((i) => [m.id, m.status, i.name, String(i.calories)]),
    );
    const rows = rowsOf(answer.body);
    expect(rows.map((r) => [r.meal_log_id, r.status, r.item_name, r.calories])).toEqual(expected);
    expect(rows.some((r) => r.status === 'failed')).toBe(true);
  });

  it('format=json is the JSON document; another format is 400', async () => {
    const { access_token: token } = await registerUser(server.url);
    const json = await request<{ goals: unknown }>(server.url, 'GET', '/api/v1/me/export?format=json', {
      token,
    });
    expect(json.status).toBe(200);
    expect(json.body.goals).toEqual({ calories: null, protein_g: null, carbs_g: null, fat_g: null });
    const xml = await request<{ code: string }>(server.url, 'GET', '/api/v1/me/export?format=xml', { token });
    expect(xml.status).toBe(400);
    expect(xml.body.code).toBe('validation_failed');
  });
});
