import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DayView, MealLog } from '@fitiq/contract';
import type { RunningServer } from '@fitiq/server';
import { getMeal, registerUser, request, startTestServer, testConfig } from '@fitiq/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledMeal } from '../testing/completed-meal.js';
import { runFitiq } from '../testing/run-fitiq.js';
import { runFitiqInTerminal } from '../testing/run-fitiq-in-terminal.js';

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

/** A user with three completed meals, the last one the first one's text typed differently. */
const userWithMeals = async () => {
  const { access_token: token } = await registerUser(server.url);
  const banana = await settledMeal(server.url, token, 'a banana');
  const eggs = await settledMeal(server.url, token, '2 eggs and a slice of toast');
  const bananaAgain = await settledMeal(server.url, token, 'A  Banana');
  for (const meal of [banana, eggs, bananaAgain]) expect(meal.status).toBe('completed');
  return { token, banana, eggs, bananaAgain };
};

const itemsOf = (meal: MealLog) =>
  meal.items.map(({ name, quantity, unit, grams, calories, food_id }) => ({
    name,
    quantity,
    unit,
    grams,
    calories,
    food_id,
  }));

// Each runs two or three `fitiq` processes, each starting from the TypeScript sources.
describe('logging a meal again from the shell, against a real server', { timeout: 180_000 }, () => {
  it('fitiq recent numbers the latest meals, one per text; fitiq again 2 logs the second now, completed at once', async () => {
    const { token, eggs, bananaAgain } = await userWithMeals();
    const recent = fitiq(['recent', '--tz', 'UTC'], token);
    expect(await recent.exited).toBe(0);
    expect(recent.output.stdout).toMatch(
      /^ 1\. A {2}Banana\n.*\(last .*; [0-9a-f-]{36}\)\n 2\. 2 eggs and a slice of toast\n/,
    );
    expect(recent.output.stdout).not.toContain(' 3. ');
    expect(recent.output.stderr).toContain('fitiq again <number>');

    const again = fitiq(['again', '2', '--json'], token);
    expect(await again.exited).toBe(0);
    const copy = JSON.parse(again.output.stdout) as MealLog;
    expect(copy).toMatchObject({ status: 'completed', raw_input: eggs.raw_input, version: 1 });
    expect(copy.id).not.toBe(eggs.id);
    expect(itemsOf(copy)).toEqual(itemsOf(eggs));
    expect(copy.totals).toEqual(eggs.totals);
    expect(copy.logged_at > bananaAgain.logged_at).toBe(true);
    expect((await getMeal(server.url, token, copy.id)).body).toEqual(copy);
  });

  it('words of the text pick the meal; an id with --at and --meal-type logs it on that day as that meal', async () => {
    const { token, banana, eggs } = await userWithMeals();
    const byWords = fitiq(['again', 'TOAST', '--json'], token);
    expect(await byWords.exited).toBe(0);
    expect((JSON.parse(byWords.output.stdout) as MealLog).raw_input).toBe(eggs.raw_input);

    const byId = fitiq(
      ['again', banana.id, '--at', '2026-03-01T08:30:00Z', '--meal-type', 'breakfast'],
      token,
    );
    expect(await byId.exited).toBe(0);
    expect(byId.output.stdout).toMatch(/^completed {2}a banana {2}\(/);
    const day = await request<DayView>(server.url, 'GET', '/api/v1/meal-logs?date=2026-03-01', { token });
    expect(day.body.meal_logs.map((m) => [m.raw_input, m.meal_type, m.logged_at])).toEqual([
      ['a banana', 'breakfast', '2026-03-01T08:30:00.000Z'],
    ]);
  });

  it('words several recent meals say: the choices with their numbers, exit 2, nothing logged', async () => {
    const { token } = await userWithMeals();
    const run = fitiq(['again', 'a'], token);
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toBe(
      'fitiq: "a" could be 2 recent meals; give its number:\n  1. A  Banana\n  2. 2 eggs and a slice of toast\n',
    );
    const recent = await request<{ meal_logs: MealLog[] }>(server.url, 'GET', '/api/v1/meal-logs/recent', {
      token,
    });
    expect(recent.body.meal_logs).toHaveLength(2);
  });

  it('a failed meal, or another user’s: the server’s refusal on one line, exit 2', async () => {
    const { token } = await userWithMeals();
    const failed = await settledMeal(server.url, token, 'qwxz blorp');
    expect(failed.status).toBe('failed');
    const refused = fitiq(['again', failed.id], token);
    expect(await refused.exited).toBe(2);
    expect(refused.output.stderr).toMatch(
      /^fitiq: .*only a completed meal can be copied.*\(meal_failed\)\n$/i,
    );

    const other = await userWithMeals();
    const foreign = fitiq(['again', other.eggs.id], token);
    expect(await foreign.exited).toBe(2);
    expect(foreign.output.stderr).toMatch(/\(not_found\)\n$/);
  });

  it('no meal named, in a terminal: the recent meals are listed and asked for; an answer that names none is asked again', async () => {
    const { token, eggs } = await userWithMeals();
    const run = runFitiqInTerminal(['again'], {
      FITIQ_URL: server.url,
      FITIQ_HOME: mkdtempSync(join(tmpdir(), 'fitiq-home-')),
      FITIQ_TOKEN: token,
    });
    await run.shows(' 2. 2 eggs and a slice of toast');
    await run.shows('Which one?');
    run.type('pizza\r');
    await run.shows('no recent meal says "pizza"');
    run.type('2\r');
    await run.shows('logged again at');
    expect(await run.exited).toBe(0);
    const recent = await request<{ meal_logs: MealLog[] }>(server.url, 'GET', '/api/v1/meal-logs/recent', {
      token,
    });
    expect(recent.body.meal_logs[0]).toMatchObject({ raw_input: eggs.raw_input, status: 'completed' });
    expect(recent.body.meal_logs[0]?.id).not.toBe(eggs.id);
  });

  it('no meal named and no terminal: says how to name one, exit 2', async () => {
    const { token } = await userWithMeals();
    const run = fitiq(['again'], token);
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toMatch(/^fitiq: say which meal: its number in `fitiq recent`/);
  });
});
