import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_CSV_COLUMNS, type Goals, type PollResponse, type Summary } from '@fitiq/contract';
import type { RunningServer } from '@fitiq/server';
import { registerUser, request, startTestServer, streamHead, testConfig } from '@fitiq/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../habits/format.js';
import { settledMeal } from '../testing/completed-meal.js';
import { runFitiq } from '../testing/run-fitiq.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ config: testConfig() });
});
afterAll(() => server.close());

const fitiq = (args: string[], token: string) =>
  runFitiq(args, {
    FITIQ_URL: server.url,
    FITIQ_HOME: mkdtempSync(join(tmpdir(), 'fitiq-home-')),
    FITIQ_TOKEN: token,
  });

const goalsOnServer = async (token: string) =>
  (await request<Goals>(server.url, 'GET', '/api/v1/me/goals', { token })).body;

// Each runs two to four `fitiq` processes, each starting from the TypeScript sources.
describe('goals, trends and the CSV export from the shell, against a real server', {
  timeout: 180_000,
}, () => {
  it('fitiq goals sets the goals named and keeps the others; every device hears of it on the stream', async () => {
    const { access_token: token } = await registerUser(server.url);
    const head = await streamHead(server.url, token);
    const set = fitiq(['goals', '--calories', '2000', '--protein', '120'], token);
    expect(await set.exited).toBe(0);
    expect(set.output.stdout).toBe(
      'calories  2000 kcal\nprotein   120 g\ncarbs     not set\nfat       not set\n',
    );
    expect(set.output.stderr).toContain('goals saved');
    const events = await request<PollResponse>(server.url, 'GET', `/api/v1/events?after=${head}&wait=10`, {
      token,
    });
    expect(events.body.events.map((e) => [e.type, (e.data as { goals?: Goals }).goals])).toEqual([
      ['goals.updated', { calories: 2000, protein_g: 120, carbs_g: null, fat_g: null }],
    ]);

    const more = fitiq(['goals', '--fat', '70', '--protein', 'none', '--json'], token);
    expect(await more.exited).toBe(0);
    const expected = { calories: 2000, protein_g: null, carbs_g: null, fat_g: 70 };
    expect(JSON.parse(more.output.stdout)).toEqual(expected);
    expect(await goalsOnServer(token)).toEqual(expected);
  });

  it('a goal that is not a positive number: refused before anything is sent, exit 2; --clear clears them all', async () => {
    const { access_token: token } = await registerUser(server.url);
    await request(server.url, 'PUT', '/api/v1/me/goals', {
      token,
      body: { calories: 1800, protein_g: null, carbs_g: 200, fat_g: null },
    });
    const head = await streamHead(server.url, token);
    const refused = fitiq(['goals', '--carbs', '-5'], token);
    expect(await refused.exited).toBe(2);
    expect(refused.output.stderr).toBe(
      'fitiq: --carbs must be a positive number, or "none" to clear it; not "-5"\n',
    );
    expect(await streamHead(server.url, token)).toBe(head);

    const cleared = fitiq(['goals', '--clear', '--json'], token);
    expect(await cleared.exited).toBe(0);
    const none = { calories: null, protein_g: null, carbs_g: null, fat_g: null };
    expect(JSON.parse(cleared.output.stdout)).toEqual(none);
    expect(await goalsOnServer(token)).toEqual(none);
  });

  it('fitiq trends --days 7 --json is the summary API’s answer; the table counts the days logged and averages over them', async () => {
    const { access_token: token } = await registerUser(server.url);
    // Days pinned, so the test reads the same whatever day it runs.
    await settledMeal(server.url, token, 'a banana', { logged_at: '2026-03-10T09:00:00Z' });
    await settledMeal(server.url, token, '2 eggs and a slice of toast', {
      logged_at: '2026-03-12T08:00:00Z',
    });
    await settledMeal(server.url, token, 'a banana', { logged_at: '2026-03-12T16:00:00Z' });
    await request(server.url, 'PUT', '/api/v1/me/goals', {
      token,
      body: { calories: 2000, protein_g: null, carbs_g: null, fat_g: null },
    });
    const direct = (
      await request<Summary>(server.url, 'GET', '/api/v1/summary?from=2026-03-07&to=2026-03-13&tz=UTC', {
        token,
      })
    ).body;

    const json = fitiq(['trends', '--days', '7', '--to', '2026-03-13', '--tz', 'UTC', '--json'], token);
    expect(await json.exited).toBe(0);
    expect(JSON.parse(json.output.stdout)).toEqual(direct);

    const table = fitiq(['trends', '--days', '7', '--to', '2026-03-13', '--tz', 'UTC'], token);
    expect(await table.exited).toBe(0);
    const lines = table.output.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2026-03-07 to 2026-03-13 (UTC): 2 of 7 days logged');
    expect(lines).toHaveLength(1 + 1 + 7 + 2 + 1);
    const day12 = direct.days.find((d) => d.date === '2026-03-12');
    expect(lines.find((l) => l.startsWith('2026-03-12'))).toMatch(
      new RegExp(`^2026-03-12 {2}Thu +2 +${formatNumber(day12?.calories ?? 0)} `),
    );
    expect(lines.find((l) => l.startsWith('2026-03-11'))).toMatch(/^2026-03-11 {2}Wed +0 +- +- +- +- +-$/);
    expect(lines.find((l) => l.startsWith('average'))).toMatch(
      new RegExp(`^average +${formatNumber(direct.averages.calories)} `),
    );
  });

  it('--days past the 366-day limit: refused before asking the server, exit 2', async () => {
    const { access_token: token } = await registerUser(server.url);
    const run = fitiq(['trends', '--days', '367'], token);
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toBe('fitiq: --days must be a whole number from 1 to 366, not "367"\n');
  });

  it('fitiq export --format csv: the header, then one row per item with its meal; -o writes the same bytes', async () => {
    const { access_token: token } = await registerUser(server.url);
    const eggs = await settledMeal(server.url, token, '2 eggs and a slice of toast');
    const failed = await settledMeal(server.url, token, 'qwxz blorp');
    const stdout = fitiq(['export', '--format', 'csv'], token);
    expect(await stdout.exited).toBe(0);
    const rows = stdout.output.stdout.split('\r\n');
    expect(rows[0]).toBe(EXPORT_CSV_COLUMNS.join(','));
    expect(rows.at(-1)).toBe('');
    const records = rows.slice(1, -1);
    expect(records).toHaveLength(eggs.items.length + 1);
    expect(records.filter((r) => r.startsWith(`${eggs.id},`))).toHaveLength(eggs.items.length);
    expect(records.filter((r) => r.startsWith(`${failed.id},`))).toHaveLength(1);

    const file = join(mkdtempSync(join(tmpdir(), 'fitiq-export-')), 'meals.csv');
    const written = fitiq(['export', '--format', 'csv', '-o', file], token);
    expect(await written.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(stdout.output.stdout);
  });
});
